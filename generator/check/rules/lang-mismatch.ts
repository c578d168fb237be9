import type { Field, Lang } from '../../model/types.js';
import { defineRule } from '../rule.js';
import { eventPlace } from './where.js';

const sameType = (a: Field['type'], b: Field['type']): boolean => JSON.stringify(a) === JSON.stringify(b);

export default defineRule({
  id: 'lang-mismatch',
  severity: 'warning',
  description: 'The English and Chinese pages of one event or API disagree on a field.',
  check({ model, report }) {
    const subjects = [
      ...model.events.map((e) => ({ place: eventPlace(e), langs: new Set(e.sources.map((s) => s.lang)), fields: e.fields })),
      ...model.apis.map((a) => ({ place: { product: a.product, event: a.action }, langs: new Set(a.sources.map((s) => s.lang)), fields: [...a.input, ...a.output] })),
    ];
    for (const { place, langs, fields } of subjects) {
      if (langs.size < 2) continue;
      const visit = (list: Field[], prefix: string): void => {
        for (const f of list) {
          const path = prefix ? `${prefix}.${f.name}` : f.name;
          if (f.type.kind === 'object') visit(f.type.fields, path);
          const facts = f.perLang ?? {};
          const present = (Object.keys(facts) as Lang[]).sort();
          const src = f.sources[0];
          const at = { ...place, field: path, file: src.file, line: src.line };
          if (present.length === 1) {
            const missing = [...langs].filter((l) => l !== present[0]).join(', ');
            report({ ...at, lang: present[0], message: `${path} is documented only in the ${present[0]} page, not in ${missing}; it is kept as documented.` });
            continue;
          }
          const [a, b] = present.map((l) => ({ lang: l, ...facts[l]! }));
          if (!a || !b) continue;
          const documented = a.typeSource === 'documented' && b.typeSource === 'documented';
          if (documented && !sameType(a.type, b.type) && a.type.kind !== 'object') {
            report({ ...at, lang: b.lang, line: b.line, file: b.file, message: `${path} is ${a.type.kind} in the ${a.lang} page (${a.file}:${a.line}) but ${b.type.kind} in the ${b.lang} page; the ${f.typeSource === 'documented' ? 'first' : 'documented'} reading is used.` });
          }
          if (a.required !== b.required) {
            report({ ...at, lang: b.lang, line: b.line, file: b.file, message: `${path} is ${a.required ? 'required' : 'optional'} in the ${a.lang} page but ${b.required ? 'required' : 'optional'} in the ${b.lang} page; typed as optional, the safer reading.` });
          }
          const ea = JSON.stringify([...(a.enumValues ?? [])].map(String).sort());
          const eb = JSON.stringify([...(b.enumValues ?? [])].map(String).sort());
          if (a.enumValues && b.enumValues && ea !== eb) {
            report({ ...at, lang: b.lang, line: b.line, file: b.file, message: `${path} lists the values ${a.enumValues.join(', ')} in the ${a.lang} page but ${b.enumValues.join(', ')} in the ${b.lang} page; the first list is used.` });
          }
        }
      };
      visit(fields, '');
    }
  },
});
