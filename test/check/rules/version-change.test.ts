import rule from '../../../generator/check/rules/version-change.js';
import { event, field, model, type } from '../model-builder.js';
import { testRule } from '../rule-tester.js';

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
