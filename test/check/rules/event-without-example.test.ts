import rule from '../../../generator/check/rules/event-without-example.js';
import { event, example, field, model, type } from '../model-builder.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'an example', model: model({ events: [event('A', [field('Id', type.string)], { examples: [example('{"Id": "x"}')] })] }) }],
  invalid: [
    {
      name: 'no example, at the section heading',
      model: model({ events: [event('A', [field('Id', type.string)], { line: 7, version: '2022-06-01' })] }),
      findings: [{ messageId: 'noExample', line: 7, event: 'A', version: '2022-06-01', says: ['A (2022-06-01)'] }],
    },
  ],
});
