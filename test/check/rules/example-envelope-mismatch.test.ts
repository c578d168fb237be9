import rule from '../../../generator/check/rules/example-envelope-mismatch.js';
import { event, example, field, model, type } from '../model-builder.js';
import { testRule } from '../rule-tester.js';

const id = [field('Id', type.string)];
const payload = (line: number) => example('{"Id": "x"}', { line });
const envelope = (line: number) => example('{"EventType": "A", "EventData": {"Id": "x"}}', { kind: 'envelope', line, envelope: { discriminator: 'EventType', payload: 'EventData' } });

testRule(rule, {
  valid: [
    { name: 'all payloads', model: model({ events: [event('A', id, { examples: [payload(20)] }), event('B', id, { examples: [payload(40)] })] }) },
    { name: 'all envelopes', model: model({ events: [event('A', id, { examples: [envelope(20)] }), event('B', id, { examples: [envelope(40)] })] }) },
    { name: 'no habit to break: one of each', model: model({ events: [event('A', id, { examples: [payload(20)] }), event('B', id, { examples: [envelope(40)] })] }) },
  ],
  invalid: [
    {
      name: 'one envelope among payloads',
      model: model({ events: [event('A', id, { examples: [payload(20)] }), event('B', id, { examples: [payload(40)] }), event('C', id, { examples: [envelope(60)] })] }),
      findings: [{ messageId: 'envelopeAmongPayloads', line: 60, event: 'C', says: ['EventData'] }],
    },
    {
      name: 'one payload among envelopes',
      model: model({ events: [event('A', id, { examples: [envelope(20)] }), event('B', id, { examples: [envelope(40)] }), event('C', id, { examples: [payload(60)] })] }),
      findings: [{ messageId: 'payloadAmongEnvelopes', line: 60, event: 'C' }],
    },
  ],
});
