import { compareFields, versionPairs } from '../compare/compare-fields.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'version-change',
  severity: 'info',
  description: 'A field changed between two dated versions of one event (added, removed, renamed, retyped…).',
  check({ model, report }) {
    for (const [before, after] of versionPairs(model)) {
      {
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
