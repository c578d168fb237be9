import rule from '../../../generator/check/rules/example-type-mismatch.js';
import { event, example, field, model, struct, type } from '../model-builder.js';
import { testRule } from '../rule-tester.js';

const audio = struct('AudioData', [field('SampleRate', type.integer())]);
const withData = (raw: string) => model({ events: [event('Seg', [field('Data', type.array(type.ref('p/AudioData')))], { examples: [example(raw)] })], structList: [audio] });

testRule(rule, {
  valid: [
    { name: 'values fit the table', model: model({ events: [event('A', [field('Rate', type.integer())], { examples: [example('{\n  "Rate": 44100\n}')] })] }) },
    { name: 'null for a nullable field, anything for an unknown type', model: model({ events: [event('A', [field('Rate', type.integer(), { nullable: true }), field('Blob', type.unknown)], { examples: [example('{"Rate": null, "Blob": "x"}')] })] }) },
    { name: 'a type inferred from the example is not checked against it', model: model({ events: [event('A', [field('Rate', type.integer(), { typeSource: 'inferred-from-example' })], { examples: [example('{"Rate": "x"}')] })] }) },
    { name: 'integers fit a number', model: model({ events: [event('A', [field('Ratio', type.number)], { examples: [example('{"Ratio": 1}')] })] }) },
  ],
  invalid: [
    {
      name: 'a string where the table says Int, in the second array item',
      model: withData('{\n  "Data": [\n    { "SampleRate": 8000 },\n    {\n      "SampleRate": "44100"\n    }\n  ]\n}'),
      findings: [{ messageId: 'wrongKind', line: 24, field: 'Data[].SampleRate', event: 'Seg', says: ['string "44100"', 'typed as integer per the table'] }],
    },
    {
      name: 'one finding per path, not per array item',
      model: withData('{\n  "Data": [\n    { "SampleRate": "1" },\n    { "SampleRate": "2" }\n  ]\n}'),
      findings: [{ messageId: 'wrongKind', line: 22, field: 'Data[].SampleRate' }],
    },
    {
      name: 'an int32 value out of range',
      model: model({ events: [event('A', [field('Code', type.integer('int32'))], { examples: [example('{\n  "Code": 3000000000\n}')] })] }),
      findings: [{ messageId: 'outOfRange', line: 21, field: 'Code', says: ['integer (int32)'] }],
    },
    {
      name: 'inside the payload of an envelope example',
      model: model({
        events: [event('A', [field('Rate', type.integer())], { envelope: 'p', examples: [example('{\n  "EventType": "A",\n  "EventData": {\n    "Rate": "1"\n  }\n}', { kind: 'envelope' })] })],
        envelopes: { p: { product: 'p', typeName: 'Envelope', discriminator: 'EventType', payloadField: 'EventData', fields: [], sources: [] } },
      }),
      findings: [{ messageId: 'wrongKind', line: 23, field: 'Rate' }],
    },
    {
      name: 'in an invalid example, through its repair',
      model: model({ events: [event('A', [field('Rate', type.integer())], { examples: [{ ...example('{\n  "Id": "x"，\n  "Rate": "1"\n}'), repaired: { Id: 'x', Rate: '1' } }] })] }),
      findings: [{ messageId: 'wrongKind', line: 22, field: 'Rate', says: ['after repairing its JSON'] }],
    },
  ],
});
