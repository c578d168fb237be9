import type { Field, FieldFacts, Lang, TypeRef } from '../../model/types.js';
import { describeType } from '../example-walk.js';
import { fieldPlaceKey, walkFields } from '../field-walk.js';
import { defineRule } from '../rule.js';
import { apiPlace, eventPlace, type Place } from './where.js';

/** The kind a type gives a value; integer formats (int32/int64) are one kind, struct names do not matter. */
function kindOf(t: TypeRef): string {
  if (t.kind === 'array') return `${kindOf(t.items)}[]`;
  if (t.kind === 'ref') return 'object';
  return t.kind;
}

export default defineRule({
  id: 'lang-mismatch',
  severity: 'warning',
  description: 'The English and Chinese pages of one event or API disagree on a field: present in one only, type, required-ness or listed values.',
  messages: {
    onlyInOne: '{{path}} is documented only in the {{lang}} page, not in the {{other}} page; it is typed as the {{lang}} page documents it, but optional.',
    type: '{{path}} is {{typeA}} in the {{langA}} page ({{fileA}}:{{lineA}}) but {{typeB}} in the {{langB}} page; typed as {{used}}.',
    required: '{{path}} is {{reqA}} in the {{langA}} page ({{fileA}}:{{lineA}}) but {{reqB}} in the {{langB}} page; typed as {{used}}.',
    values: '{{path}} lists the values {{valuesA}} in the {{langA}} page ({{fileA}}:{{lineA}}) but {{valuesB}} in the {{langB}} page; the types use {{used}}.',
  },
  check({ model, report }) {
    const subjects: Array<{ place: Place; langs: Lang[]; fields: Field[] }> = [
      ...model.events.map((e) => ({ place: eventPlace(e), langs: langsOf(e.sources), fields: e.fields })),
      ...model.apis.map((a) => ({ place: apiPlace(a), langs: langsOf(a.sources), fields: [...a.input, ...a.output] })),
    ];
    const done = new Set<string>();
    for (const { place, langs, fields } of subjects) {
      if (langs.length < 2) continue;
      walkFields(model, fields, (f, path) => {
        // per-language facts are what can disagree; without them the model saw one page only
        if (!f.perLang || done.has(fieldPlaceKey(f))) return;
        done.add(fieldPlaceKey(f));
        const present = langs.filter((l) => f.perLang![l]);
        if (present.length === 0) return;
        if (present.length < langs.length) {
          const facts = f.perLang[present[0]]!;
          const other = langs.filter((l) => !present.includes(l)).join(', ');
          report({ ...place, field: path, file: facts.file, line: facts.line, lang: present[0], messageId: 'onlyInOne', data: { path, lang: present[0], other } });
          return;
        }
        const [a, b] = present.map((l) => ({ lang: l, ...f.perLang![l]! })) as Array<FieldFacts & { lang: Lang }>;
        const at = { ...place, field: path, file: b.file, line: b.line, lang: b.lang };
        const pair = { path, langA: a.lang, langB: b.lang, fileA: a.file, lineA: a.line };
        // a type read from an example is a guess, not the page's word: only documented types can disagree
        if (a.typeSource === 'documented' && b.typeSource === 'documented' && kindOf(a.type) !== kindOf(b.type)) {
          report({ ...at, messageId: 'type', data: { ...pair, typeA: describeType(a.type, model), typeB: describeType(b.type, model), used: describeType(f.type, model) } });
        }
        if (a.required !== b.required) {
          const word = (r: boolean): string => (r ? 'required' : 'optional');
          report({ ...at, messageId: 'required', data: { ...pair, reqA: word(a.required), reqB: word(b.required), used: word(f.required) } });
        }
        if (a.enumValues && b.enumValues && setKey(a.enumValues) !== setKey(b.enumValues)) {
          const used = f.enum ? f.enum.values.map((v) => String(v.value)).join(', ') : 'no list';
          report({ ...at, messageId: 'values', data: { ...pair, valuesA: a.enumValues.join(', '), valuesB: b.enumValues.join(', '), used } });
        }
      });
    }
  },
});

function langsOf(sources: Array<{ lang: Lang }>): Lang[] {
  return [...new Set(sources.map((s) => s.lang))].sort();
}

function setKey(values: Array<string | number>): string {
  return JSON.stringify([...new Set(values.map(String))].sort());
}
