import rule from '../../../generator/check/rules/version-change.js';
import { describe, expect, it } from 'vitest';
import type { CallbackEvent } from '../../../generator/model/types.js';
import { event, field, model, type, values } from '../model-builder.js';
import { runRule, testRule } from '../rule-tester.js';

const v = (version: string, fields: ReturnType<typeof field>[]) => event('R', fields, { version });

testRule(rule, {
  valid: [
    { name: 'identical versions', model: model({ events: [v('2020-12-01', [field('A', type.string)]), v('2022-06-01', [field('A', type.string, { line: 40 })])] }) },
    { name: 'one version only', model: model({ events: [v('2020-12-01', [field('A', type.string)])] }) },
    { name: 'a description reworded', model: model({ events: [v('2020-12-01', [field('A', type.string, { description: { zh: '旧' } })]), v('2022-06-01', [field('A', type.string, { description: { zh: '新' } })])] }) },
  ],
  invalid: [
    {
      name: 'renamed and made optional, added, retyped — versions sorted by date',
      model: model({
        events: [
          v('2022-06-01', [field('Bucket', type.string, { line: 41, required: false }), field('Size', type.string, { line: 42 }), field('New', type.integer(), { line: 43 })]),
          v('2020-12-01', [field('TosBucket', type.string, { line: 11 }), field('Size', type.integer('uint64'), { line: 12 })]),
        ],
      }),
      findings: [
        { messageId: 'changed', line: 41, field: 'Bucket', version: '2022-06-01', says: ['renamed from TosBucket', 'and became optional', 'from 2020-12-01 to 2022-06-01'] },
        { messageId: 'changed', line: 43, field: 'New', says: ['was added as integer'] },
        { messageId: 'changed', line: 42, field: 'Size', says: ['changed type from uint64 to string'] },
      ],
    },
    {
      name: 'a field removed, at the old row',
      model: model({ events: [v('2020-12-01', [field('A', type.string, { line: 11 }), field('Old', type.string, { line: 12 })]), v('2022-06-01', [field('A', type.string, { line: 41 })])] }),
      findings: [{ messageId: 'changed', line: 12, field: 'Old', says: ['was removed'] }],
    },
  ],
});

testRule(rule, {
  valid: [{ name: 'a change with no place at all is not reported', model: model({ events: [{ ...v('2020-12-01', [field('A', type.string, { sources: [] })]), sources: [] }, { ...v('2022-06-01', [field('A', type.integer(), { sources: [] })]), sources: [] }] }) }],
  invalid: [
    {
      name: 'null, values and completeness of the listed values, each in words',
      model: model({
        events: [
          v('2020-12-01', [field('N', type.string), field('M', type.string, { nullable: true }), field('E', type.integer(), { enum: values([1, 2]) }), field('O', type.string, { enum: values(['a']) }), field('C', type.string, { enum: values(['x'], { closed: false }) }), field('R', type.string, { required: false })]),
          v('2022-06-01', [field('N', type.string, { nullable: true, line: 41 }), field('M', type.string, { line: 42 }), field('E', type.integer(), { enum: values([1, 3]), line: 43 }), field('O', type.string, { enum: values(['a'], { closed: false }), line: 44 }), field('C', type.string, { enum: values(['x']), line: 45 }), field('R', type.string, { line: 46 })]),
        ],
      }),
      findings: [
        { messageId: 'changed', line: 41, field: 'N', says: ['N became nullable from 2020-12-01 to 2022-06-01; each version keeps its own type.'] },
        { messageId: 'changed', line: 42, field: 'M', says: ['M stopped being nullable from'] },
        { messageId: 'changed', line: 43, field: 'E', says: ['E gained the value 3 and lost the value 2 from'] },
        { messageId: 'changed', line: 44, field: 'O', says: ['O stopped listing its values as a complete set (closed: "a" → open: "a") from'] },
        { messageId: 'changed', line: 45, field: 'C', says: ['C now lists its values as a complete set (open: "x" → closed: "x") from'] },
        { messageId: 'changed', line: 46, field: 'R', says: ['R became required from'] },
      ],
    },
  ],
});

describe('the place of a version change', () => {
  it('the language of the newer version\'s page, or none when it has no page', () => {
    const step = (sources: CallbackEvent['sources']) => model({ events: [v('2020-12-01', [field('A', type.string)]), { ...v('2022-06-01', [field('A', type.integer(), { line: 41, lang: 'en' })]), sources }] });
    expect(runRule(rule, step([{ file: 'docs/en.md', line: 40, lang: 'en' }])).map((f) => [f.file, f.line, f.lang])).toEqual([['docs-src/p/zh/page.md', 41, 'en']]);
    expect(runRule(rule, step([]))[0]).not.toHaveProperty('lang');
  });
});
