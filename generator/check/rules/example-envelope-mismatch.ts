import { defineRule } from '../rule.js';
import { eventPlace } from './where.js';

export default defineRule({
  id: 'example-envelope-mismatch',
  severity: 'warning',
  description: 'An example shows the whole callback envelope where the product documents payloads (or the reverse).',
  check({ model, report }) {
    const byProduct = new Map<string, { envelope: number; payload: number }>();
    for (const e of model.events) {
      const c = byProduct.get(e.product) ?? { envelope: 0, payload: 0 };
      for (const x of e.examples) if (x.kind === 'envelope' || x.kind === 'payload') c[x.kind]++;
      byProduct.set(e.product, c);
    }
    for (const e of model.events) {
      const c = byProduct.get(e.product)!;
      // the product's habit is what most of its examples show; the odd one out is the finding
      const habit = c.envelope > c.payload ? 'envelope' : c.payload > c.envelope ? 'payload' : undefined;
      if (!habit) continue;
      for (const x of e.examples) {
        if ((x.kind !== 'envelope' && x.kind !== 'payload') || x.kind === habit) continue;
        report({
          ...eventPlace(e),
          file: x.source.file,
          line: x.source.line,
          lang: x.source.lang,
          message:
            x.kind === 'envelope'
              ? `The example shows the whole callback body (EventType, EventData…) where the other ${e.product} examples show only the payload; its EventData is used as the payload.`
              : `The example shows only the payload where the other ${e.product} examples show the whole callback body; it is read as the payload.`,
        });
      }
    }
  },
});
