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

testRule(rule, {
  valid: [
    {
      name: 'the event documented on another page of the other language (another version)',
      model: model({ events: [both('A'), event('B', [], { file: 'p/zh/a.md', line: 9, lang: 'zh' }), event('B', [], { file: 'p/en/b.md', lang: 'en', version: '2020-01-01' })] }),
    },
    {
      name: 'two pages of one language sharing an event are no language pair',
      model: model({ events: [{ ...event('A', []), sources: [{ file: 'p/zh/a.md', line: 3, lang: 'zh' }, { file: 'p/zh/b.md', line: 4, lang: 'zh' }] }, event('B', [], { file: 'p/zh/a.md', line: 9, lang: 'zh' })] }),
    },
    {
      name: 'one page in two languages is no pair of pages',
      model: model({ events: [{ ...event('A', []), sources: [{ file: 'p/a.md', line: 3, lang: 'zh' }, { file: 'p/a.md', line: 40, lang: 'en' }] }, event('B', [], { file: 'p/a.md', line: 9, lang: 'zh' })] }),
    },
  ],
  invalid: [
    {
      name: 'the same event type in another product does not count',
      model: model({ events: [both('A'), event('B', [], { file: 'p/zh/a.md', line: 9, lang: 'zh' }), { ...event('B', [], { file: 'q/en/b.md', lang: 'en' }), id: 'q/B', product: 'q' }] }),
      findings: [{ messageId: 'missing', line: 9, event: 'B', file: 'p/zh/a.md', says: ['Event B is documented in the zh page but not in its en counterpart p/en/a.md; it is typed as the zh page documents it.'] }],
    },
    {
      name: 'another event type in the other language does not count; a version is named',
      model: model({ events: [both('A'), event('B', [], { file: 'p/en/a.md', line: 9, lang: 'en', version: '2021-01-01' }), event('C', [], { file: 'p/zh/c.md', lang: 'zh' })] }),
      findings: [{ messageId: 'missing', line: 9, event: 'B', version: '2021-01-01', says: ['Event B (2021-01-01) is documented in the en page but not in its zh counterpart p/zh/a.md'] }],
    },
  ],
});
