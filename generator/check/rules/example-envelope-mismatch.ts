import { defineRule } from '../rule.js';
import { eventPlace } from './where.js';

export default defineRule({
  id: 'example-envelope-mismatch',
  severity: 'warning',
  description: 'An example shows the whole callback envelope where the product documents payloads (or the reverse).',
  messages: {
    envelopeAmongPayloads: 'The example shows the whole callback body ({{payloadField}} inside) where the other {{product}} examples show only the payload; its {{payloadField}} is read as the payload.',
    payloadAmongEnvelopes: 'The example shows only the payload where the other {{product}} examples show the whole callback body; it is read as the payload.',
  },
  check({ model, report }) {
    const habits = new Map<string, { envelope: number; payload: number }>();
    for (const e of model.events) {
      const count = habits.get(e.product) ?? { envelope: 0, payload: 0 };
      for (const x of e.examples) if (x.kind === 'envelope' || x.kind === 'payload') count[x.kind]++;
      habits.set(e.product, count);
    }
    for (const e of model.events) {
      const count = habits.get(e.product)!;
      // the product's habit is what most of its examples show; the odd one out is the finding
      const habit = count.envelope > count.payload ? 'envelope' : count.payload > count.envelope ? 'payload' : undefined;
      if (!habit) continue;
      for (const x of e.examples) {
        if ((x.kind !== 'envelope' && x.kind !== 'payload') || x.kind === habit) continue;
        const payloadField = (e.envelope && model.envelopes[e.envelope]?.payloadField) || x.envelope?.payload || 'payload';
        const at = { ...eventPlace(e), file: x.source.file, line: x.source.line, lang: x.source.lang };
        if (x.kind === 'envelope') report({ ...at, messageId: 'envelopeAmongPayloads', data: { payloadField, product: e.product } });
        else report({ ...at, messageId: 'payloadAmongEnvelopes', data: { product: e.product } });
      }
    }
  },
});
