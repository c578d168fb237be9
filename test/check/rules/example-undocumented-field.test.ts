import rule from '../../../generator/check/rules/example-undocumented-field.js';
import { event, example, field, model, struct, type } from '../model-builder.js';
import { testRule } from '../rule-tester.js';

const envelopes = { p: { product: 'p', typeName: 'Envelope', discriminator: 'EventType', payloadField: 'EventData', fields: [], sources: [] } };

testRule(rule, {
  valid: [
    { name: 'every key documented', model: model({ events: [event('A', [field('Id', type.string)], { examples: [example('{"Id": "x"}')] })] }) },
    {
      name: 'envelope keys around the payload are not payload fields',
      model: model({ envelopes, events: [event('A', [field('Id', type.string)], { envelope: 'p', examples: [example('{"EventType": "A", "Sign": "s", "EventData": {"Id": "x"}}', { kind: 'envelope' })] })] }),
    },
  ],
  invalid: [
    {
      name: 'a key the table lacks',
      model: model({ events: [event('A', [field('Id', type.string)], { examples: [example('{\n  "Id": "x",\n  "Vid": "v"\n}')] })] }),
      findings: [{ messageId: 'undocumented', line: 22, field: 'Vid', says: ['Vid', 'not typed'] }],
    },
    {
      name: 'a key inside a struct, in the second array item only',
      model: model({
        structList: [struct('Item', [field('Name', type.string)])],
        events: [event('A', [field('Items', type.array(type.ref('p/Item')))], { examples: [example('{\n  "Items": [\n    { "Name": "a" },\n    { "Name": "b",\n      "Extra": 1 }\n  ]\n}')] })],
      }),
      findings: [{ messageId: 'undocumented', line: 24, field: 'Items[].Extra' }],
    },
    {
      name: 'a key in the payload of an invalid envelope example, through its repair',
      model: model({
        envelopes,
        events: [event('A', [field('Id', type.string)], { envelope: 'p', examples: [{ ...example('{\n  "EventData": {\n    "Id": "x"，\n    "Vid": "v"\n  },\n}', { kind: 'envelope' }), repaired: { EventData: { Id: 'x', Vid: 'v' } } }] })],
      }),
      findings: [{ messageId: 'undocumented', line: 23, field: 'Vid', says: ['after repairing its JSON'] }],
    },
  ],
});
