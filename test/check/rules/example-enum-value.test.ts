import rule from '../../../generator/check/rules/example-enum-value.js';
import { event, example, field, model, type, values } from '../model-builder.js';
import { testRule } from '../rule-tester.js';

const state = (list = values([0, 1])) => field('State', type.integer(), { enum: list });

testRule(rule, {
  valid: [
    { name: 'a documented value', model: model({ events: [event('A', [state()], { examples: [example('{"State": 1}')] })] }) },
    { name: 'an open list only gives examples of values', model: model({ events: [event('A', [state(values([0, 1], { closed: false }))], { examples: [example('{"State": 7}')] })] }) },
    { name: 'a string for a numeric list is the type rule’s finding', model: model({ events: [event('A', [state()], { examples: [example('{"State": "1"}')] })] }) },
  ],
  invalid: [
    {
      name: 'a value outside the closed list',
      model: model({ events: [event('A', [state()], { examples: [example('{\n  "State": 2\n}')] })] }),
      findings: [{ messageId: 'notListed', line: 21, field: 'State', says: ['State = 2', '0, 1'] }],
    },
    {
      name: 'a word outside the list',
      model: model({ events: [event('A', [field('Reason', type.string, { enum: values(['AUTO', 'USER_CALL']) })], { examples: [example('{"Reason": "TIMEOUT"}')] })] }),
      findings: [{ messageId: 'notListed', line: 20, field: 'Reason', says: ['"TIMEOUT"'] }],
    },
  ],
});
