import rule from '../../../generator/check/rules/field-shown-nested.js';
import { event, example, field, model, type } from '../model-builder.js';
import { testRule } from '../rule-tester.js';

// IM-style tables list an array's item fields flat, right after the array row
const flat = [field('GroupId', type.string), field('MemberList', type.array(type.object([]))), field('Member_Account', type.string, { line: 14, required: false })];

testRule(rule, {
  valid: [
    { name: 'the field is at the top level of an example', model: model({ events: [event('A', flat, { examples: [example('{"GroupId": "g", "Member_Account": "m", "MemberList": []}')] })] }) },
    { name: 'the field is in no example at all', model: model({ events: [event('A', flat, { examples: [example('{"GroupId": "g", "MemberList": [{"Role": "x"}]}')] })] }) },
    { name: 'no example', model: model({ events: [event('A', flat)] }) },
    {
      name: 'at the top level in one example, nested in another (either order)',
      model: model({ events: [event('A', flat, { examples: [example('{"GroupId": "g", "MemberList": [{"Member_Account": "m"}]}'), example('{"Member_Account": "m"}')] })] }),
    },
    {
      name: 'at the top level in the first example, nested in the second',
      model: model({ events: [event('A', flat, { examples: [example('{"Member_Account": "m"}'), example('{"GroupId": "g", "MemberList": [{"Member_Account": "m"}]}')] })] }),
    },
    { name: 'a payload that is no object: null, an array, a string', model: model({ events: [event('A', [field('Id', type.string)], { examples: [example('null'), example('[{"Id": "i"}]'), example('"Id"')] })] }) },
  ],
  invalid: [
    {
      name: 'in the second item of the array, beside a null member, in an example read through its repair',
      model: model({
        events: [event('A', flat, { examples: [{ ...example('{"GroupId": "g", "Extra": null, "MemberList": [{"Role": "x"}, {"Member_Account": "m"},]}'), repaired: { GroupId: 'g', Extra: null, MemberList: [{ Role: 'x' }, { Member_Account: 'm' }] } }] })],
      }),
      findings: [{ messageId: 'nested', line: 14, field: 'Member_Account', says: ['MemberList[]'] }],
    },
    {
      name: 'inside the items of an array member',
      model: model({ events: [event('A', flat, { examples: [example('{"GroupId": "g", "MemberList": [{"Member_Account": "m"}]}')] })] }),
      findings: [{ messageId: 'nested', line: 14, field: 'Member_Account', event: 'A', says: ['MemberList[]', 'flat'] }],
    },
    {
      name: 'inside an object member, in the second example',
      model: model({
        events: [event('A', [field('Info', type.object([])), field('Id', type.string, { line: 12 })], { examples: [example('{"Info": {}}'), example('{"Info": {"Id": "i"}}')] })],
      }),
      findings: [{ messageId: 'nested', line: 12, field: 'Id', says: ['inside Info;'] }],
    },
  ],
});
