import rule from '../../../generator/check/rules/example-missing-required-field.js';
import { event, example, field, model, struct, type } from '../model-builder.js';
import { testRule } from '../rule-tester.js';

const conditional = { required: false, requiredReason: 'description says the field is conditional: "仅当 Code=1 时有值"' };

testRule(rule, {
  valid: [
    { name: 'every required field shown', model: model({ events: [event('A', [field('Id', type.string), field('Name', type.string)], { examples: [example('{"Id": "x", "Name": "n"}')] })] }) },
    { name: 'a conditional field may be absent', model: model({ events: [event('A', [field('Id', type.string), field('Extra', type.string, conditional)], { examples: [example('{"Id": "x"}')] })] }) },
    {
      name: 'the fields of an absent optional object are not asked for',
      model: model({ events: [event('A', [field('Id', type.string), field('Error', type.object([field('Code', type.string)]), conditional)], { examples: [example('{"Id": "x"}')] })] }),
    },
    { name: 'an invalid example says nothing of absent fields', model: model({ events: [event('A', [field('Id', type.string), field('Name', type.string)], { examples: [{ ...example('{"Id": "x",}'), repaired: { Id: 'x' } }] })] }) },
  ],
  invalid: [
    {
      name: 'a required field absent',
      model: model({ events: [event('A', [field('Id', type.string), field('Name', type.string)], { examples: [example('{\n  "Id": "x"\n}')] })] }),
      findings: [{ messageId: 'one', line: 20, field: 'Name', says: ['has no Name', 'required column "是"', 'it stays required'] }],
    },
    {
      name: 'two fields absent from one array item: one finding at the item',
      model: model({
        structList: [struct('Item', [field('A', type.string), field('B', type.string), field('C', type.string)])],
        events: [event('E', [field('Items', type.array(type.ref('p/Item')))], { examples: [example('{\n  "Items": [\n    { "A": "a", "B": "b", "C": "c" },\n    { "A": "a" }\n  ]\n}', { title: 'Output' })] })],
      }),
      findings: [{ messageId: 'several', line: 23, field: 'Items[]', says: ['"Output"', 'Items[].B, Items[].C'] }],
    },
  ],
});
