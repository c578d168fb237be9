import rule from '../../../generator/check/rules/catalogue-mismatch.js';
import { catalogueEntry, event, field, model, type } from '../model-builder.js';
import { testRule } from '../rule-tester.js';

const id = [field('Id', type.string)];

testRule(rule, {
  valid: [
    { name: 'index and sections agree, versions included', model: model({ catalogue: [catalogueEntry('A', 3), catalogueEntry('R', 4, { version: '2020-12-01' })], events: [event('A', id, { line: 10 }), event('R', id, { line: 20, version: '2020-12-01' })] }) },
    { name: 'an index listing a section on another page of the product', model: model({ catalogue: [catalogueEntry('A', 3)], events: [event('A', id, { file: 'docs-src/p/zh/other.md' })] }) },
    { name: 'a page without an index table', model: model({ events: [event('A', id, { file: 'docs-src/p/en/other.txt', lang: 'en' })] }) },
  ],
  invalid: [
    {
      name: 'an indexed event without a section, and a section not indexed',
      model: model({ catalogue: [catalogueEntry('A', 3), catalogueEntry('Gone', 4, { version: '2020-12-01' })], events: [event('A', id, { line: 10 }), event('B', id, { line: 24 })] }),
      findings: [
        { messageId: 'listedWithoutSection', line: 4, event: 'Gone', version: '2020-12-01', says: ['Gone (2020-12-01)', 'no type is generated'] },
        { messageId: 'sectionNotListed', line: 24, event: 'B' },
      ],
    },
    {
      name: 'the same event listed under another version',
      model: model({ catalogue: [catalogueEntry('R', 3, { version: '2022-06-01' })], events: [event('R', id, { line: 10, version: '2020-12-01' })] }),
      findings: [
        { messageId: 'listedWithoutSection', line: 3, version: '2022-06-01' },
        { messageId: 'sectionNotListed', line: 10, version: '2020-12-01' },
      ],
    },
  ],
});
