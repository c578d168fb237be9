import type { Field } from '../../model/types.js';
import { defineRule } from '../rule.js';
import { eventPlace } from './where.js';

export default defineRule({
  id: 'description-values-vs-type',
  severity: 'warning',
  description: 'A description lists values (0/1) that contradict the documented type or the example.',
  check({ model, report }) {
    const visit = (fields: Field[], place: Record<string, string>, prefix: string): void => {
      for (const f of fields) {
        const path = prefix ? `${prefix}.${f.name}` : f.name;
        if (f.type.kind === 'object') visit(f.type.fields, place, path);
        const e = f.enum;
        if (!e || e.source === 'example-column') continue;
        const numeric = e.values.every((v) => typeof v.value === 'number');
        const src = f.sources[0];
        const base = { ...place, field: path, file: src.file, line: src.line, lang: src.lang };
        if (f.type.kind === 'string' && numeric) {
          const example = f.example !== undefined ? ` and the example column says ${JSON.stringify(f.example)}` : '';
          report({ ...base, message: `The description of ${path} lists the values ${e.values.map((v) => v.value).join(', ')}, but the type is String${example}; typed as string, the values are not enforced.` });
        } else if ((f.type.kind === 'integer' || f.type.kind === 'number') && !numeric) {
          report({ ...base, message: `The description of ${path} lists non-numeric values (${e.values.map((v) => v.value).join(', ')}) for a numeric field; typed as number, the values are not enforced.` });
        } else if (e.closed && f.example !== undefined && typeof f.example === typeof e.values[0]?.value && !e.values.some((v) => v.value === f.example)) {
          report({ ...base, message: `The example column gives ${path} = ${JSON.stringify(f.example)}, which is not among the values its description lists (${e.values.map((v) => v.value).join(', ')}); the type keeps the listed values.` });
        }
      }
    };
    for (const e of model.events) visit(e.fields, eventPlace(e) as Record<string, string>, '');
    for (const s of Object.values(model.structs)) visit(s.fields, { product: s.product }, s.name);
    for (const a of model.apis) visit([...a.input, ...a.output], { product: a.product, event: a.action }, '');
  },
});
