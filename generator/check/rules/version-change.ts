import { compareFieldSets, type FieldChange, versionPairs } from '../../diff/compare-fields.js';
import { defineRule } from '../rule.js';
import { eventPlace } from './where.js';
import { pushTo } from '../../shared/push-to.js';

/** A change in words: "was renamed from TosBucket (same type, …)". */
function changeText(c: FieldChange): string {
  switch (c.kind) {
    case 'field-added':
      return `was added as ${c.after}`;
    case 'field-removed':
      return `was removed (it was ${c.before})`;
    case 'field-renamed':
      return `was renamed from ${c.before} (${c.evidence})`;
    case 'field-retyped':
      return `changed type from ${c.before} to ${c.after}`;
    case 'field-made-required':
      return 'became required';
    case 'field-made-optional':
      return 'became optional';
    case 'field-made-nullable':
      return 'became nullable';
    case 'field-made-non-nullable':
      return 'stopped being nullable';
    case 'enum-value-added':
      return `gained the value ${c.after}`;
    case 'enum-value-removed':
      return `lost the value ${c.before}`;
    case 'enum-opened':
      return `stopped listing its values as a complete set (${c.before} → ${c.after})`;
    case 'enum-closed':
      return `now lists its values as a complete set (${c.before} → ${c.after})`;
    default:
      return c.kind;
  }
}

export default defineRule({
  id: 'version-change',
  severity: 'info',
  description: 'A field changed between two dated versions of one event: added, removed, renamed, retyped, required-ness, values; struct changes show as changes inside them.',
  messages: {
    changed: '{{path}} {{change}} from {{before}} to {{after}}; each version keeps its own type.',
  },
  check({ model, report }) {
    for (const [before, after] of versionPairs(model)) {
      // one finding per field and step: a rename that also made the field optional is one sentence
      const byPath = new Map<string, FieldChange[]>();
      for (const c of compareFieldSets(before.fields, after.fields, model)) {
        // wording changes are for the diff report; findings are about what the types say
        if (c.kind !== 'description-changed') pushTo(byPath, c.field, c);
      }
      for (const [path, changes] of byPath) {
        const source = changes[0].source ?? after.sources[0];
        if (!source) continue;
        const change = changes.map(changeText).join(' and ');
        report({ ...eventPlace(after), field: path, file: source.file, line: source.line, ...(after.sources[0] ? { lang: after.sources[0].lang } : {}), messageId: 'changed', data: { path, change, before: before.version!, after: after.version! } });
      }
    }
  },
});
