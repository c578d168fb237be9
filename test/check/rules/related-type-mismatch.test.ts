import rule from '../../../generator/check/rules/related-type-mismatch.js';
import type { ApiAction, Field } from '../../../generator/model/types.js';
import { catalogueEntry, event, field, model, type } from '../model-builder.js';
import { testRule } from '../rule-tester.js';

const api = (output: Field[]): ApiAction => ({ id: 'p/Describe@2019-09-19', product: 'p', action: 'Describe', apiVersion: '2019-09-19', typeName: 'Describe', summary: {}, sources: [{ file: 'docs-src/p/en/api.txt', line: 1, lang: 'en' }], input: [], output, errors: [], examples: [] });
const reason = (t: ReturnType<typeof type.integer>, line: number) => [field('Reason', t, { line })];

testRule(rule, {
  valid: [
    { name: 'Int and Int64 in one group are compatible', model: model({ catalogue: [catalogueEntry('A', 3), catalogueEntry('B', 4)], events: [event('A', reason(type.integer(), 11)), event('B', reason(type.integer('int64'), 21))] }) },
    { name: 'String and Int in different groups are not related', model: model({ catalogue: [catalogueEntry('A', 3, { group: 'x' }), catalogueEntry('B', 4, { group: 'y' })], events: [event('A', reason(type.integer(), 11)), event('B', reason(type.string, 21))] }) },
    { name: 'a type guessed from an example is left out', model: model({ catalogue: [catalogueEntry('A', 3), catalogueEntry('B', 4)], events: [event('A', reason(type.integer(), 11)), event('B', [field('Reason', type.string, { line: 21, typeSource: 'inferred-from-example' })])] }) },
  ],
  invalid: [
    {
      name: 'String in one event of a group where two say Int',
      model: model({ catalogue: [catalogueEntry('A', 3), catalogueEntry('B', 4), catalogueEntry('C', 5)], events: [event('A', reason(type.integer(), 11)), event('B', reason(type.string, 21)), event('C', reason(type.integer(), 31))] }),
      findings: [{ messageId: 'incompatible', line: 21, field: 'Reason', event: 'B', says: ['string here but integer in p/A and 1 more'] }],
    },
    {
      name: 'the API of a product against its callbacks',
      model: model({ events: [event('A', [field('RoomId', type.integer(), { line: 11 })]), event('B', [field('RoomId', type.integer(), { line: 21 })])], apis: [api([field('RoomId', type.string, { line: 70, file: 'docs-src/p/en/api.txt', lang: 'en' })])] }),
      findings: [{ messageId: 'incompatible', line: 70, field: 'RoomId', api: 'Describe', version: '2019-09-19', file: 'docs-src/p/en/api.txt' }],
    },
  ],
});
