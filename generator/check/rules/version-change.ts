import { cmp } from '../../shared/diagnostic.js';
import type { CallbackEvent } from '../../model/types.js';
import { compareFields } from '../compare/compare-fields.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'version-change',
  severity: 'info',
  description: 'A field changed between two dated versions of one event (added, removed, renamed, retyped…).',
  check({ model, report }) {
    const groups = new Map<string, CallbackEvent[]>();
    for (const e of model.events) if (e.version) groups.set(`${e.product}/${e.eventType}`, [...(groups.get(`${e.product}/${e.eventType}`) ?? []), e]);
    for (const versions of groups.values()) {
      versions.sort((a, b) => cmp(a.version!, b.version!));
      for (let i = 1; i < versions.length; i++) {
        const [before, after] = [versions[i - 1], versions[i]];
        for (const c of compareFields(before.fields, after.fields, model, model)) {
          if (c.kind === 'description-changed') continue;
          const source = c.source ?? after.sources[0];
          const detail = c.kind === 'field-renamed' ? `renamed from ${c.before} (${c.evidence})` : c.kind.replace(/^field-|-/g, ' ').trim() + (c.before || c.after ? `: ${c.before ?? '—'} → ${c.after ?? '—'}` : '');
          report({ product: after.product, event: after.eventType, version: after.version!, field: c.field, file: source.file, line: source.line, lang: after.sources[0].lang, message: `${c.field} ${detail} from ${before.version} to ${after.version}; each version keeps its own type.` });
        }
      }
    }
  },
});
