import rule from '../../../generator/check/rules/lang-mismatch.js';
import type { Field } from '../../../generator/model/types.js';
import { event, facts, field, model, struct, type, values } from '../model-builder.js';
import { testRule } from '../rule-tester.js';

const EN = 'docs-src/p/en/page.txt';
const bothPages = { sources: [{ file: 'docs-src/p/zh/page.md', line: 1, lang: 'zh' as const }, { file: EN, line: 1, lang: 'en' as const }] };
const pushed = (fields: Field[]) => event('Pushed', fields, bothPages);
const en = (line: number, options = {}) => ({ en: facts(type.integer(), { file: EN, line, ...options }) });

testRule(rule, {
  valid: [
    { name: 'the pages agree (Integer and Int64 are one kind)', model: model({ events: [pushed([field('RoomId', type.integer(), { perLang: { zh: facts(type.integer('int64')), ...en(5) } })])] }) },
    { name: 'a page in one language has nothing to disagree with', model: model({ events: [event('A', [field('RoomId', type.integer(), { perLang: { zh: facts(type.integer()) } })])] }) },
    {
      name: 'a type one page only guessed from its example is not a disagreement',
      model: model({ events: [pushed([field('Infos', type.array(type.string), { perLang: { zh: facts(type.array(type.string)), ...en(5, { type: type.unknown, typeSource: 'inferred-from-example' }) } })])] }),
    },
  ],
  invalid: [
    {
      name: 'a field only in the Chinese page',
      model: model({ events: [pushed([field('GroupId', type.string, { perLang: { zh: facts(type.string, { line: 14 }) } })])] }),
      findings: [{ messageId: 'onlyInOne', line: 14, field: 'GroupId', event: 'Pushed', says: ['only in the zh page, not in the en page'] }],
    },
    {
      name: 'a different type, at the zh line (languages in code order: en, then zh)',
      model: model({ events: [pushed([field('TaskId', type.string, { perLang: { zh: facts(type.string, { line: 11 }), en: facts(type.integer(), { file: EN, line: 6 }) } })])] }),
      findings: [{ messageId: 'type', line: 11, field: 'TaskId', file: 'docs-src/p/zh/page.md', says: ['integer in the en page (docs-src/p/en/page.txt:6)', 'string in the zh page', 'typed as string'] }],
    },
    {
      name: 'different required-ness and values, inside a struct',
      model: model({
        structList: [struct('Info', [field('State', type.integer(), { required: false, enum: values([0, 1]), perLang: { zh: facts(type.integer(), { required: false, enumValues: [0, 1] }), ...en(8, { enumValues: [0, 1, 2] }) } })])],
        events: [pushed([field('Info', type.ref('p/Info'), { perLang: { zh: facts(type.ref('p/Info')), en: facts(type.ref('p/Info~en'), { file: EN, line: 7 }) } })])],
      }),
      findings: [
        { messageId: 'required', line: 10, field: 'Info.State', says: ['required in the en page', 'optional in the zh page', 'typed as optional'] },
        { messageId: 'values', line: 10, field: 'Info.State', says: ['0, 1, 2 in the en page', '0, 1 in the zh page'] },
      ],
    },
  ],
});
