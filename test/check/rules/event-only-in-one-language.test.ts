import rule from '../../../generator/check/rules/event-only-in-one-language.js';
import { event, field, model, type } from '../model-builder.js';
import { testRule } from '../rule-tester.js';

const both = (name: string) => ({ ...event(name, [field('Id', type.string)]), sources: [{ file: 'p/en/a.md', line: 3, lang: 'en' as const }, { file: 'p/zh/a.md', line: 4, lang: 'zh' as const }] });

testRule(rule, {
  valid: [
    { name: 'every event in both languages', model: model({ events: [both('A'), both('B')] }) },
    { name: 'a page with no counterpart in another language', model: model({ events: [both('A'), event('C', [], { file: 'p/zh/other.md', lang: 'zh' })] }) },
  ],
  invalid: [
    {
      name: 'an event only on the Chinese page of a pair',
      model: model({ events: [both('A'), event('B', [field('Id', type.string)], { file: 'p/zh/a.md', line: 9, lang: 'zh' })] }),
      findings: [{ messageId: 'missing', line: 9, event: 'B', says: ['B', 'zh', 'p/en/a.md'] }],
    },
  ],
});
