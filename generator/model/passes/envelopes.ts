import type { Diagnostic } from '../../shared/diagnostic.js';
import { ENVELOPE_DISCRIMINATOR, ENVELOPE_PAYLOAD, isEnvelope } from '../examples.js';
import { inferType } from '../infer.js';
import type { CallbackEvent, Envelope, Field, SourceRef } from '../types.js';

/**
 * A product's callback envelope is never documented as a table: it is known only from the
 * examples that show the whole body. Fields present in every such example are required.
 */
export function inferEnvelopes(events: Array<Pick<CallbackEvent, 'product' | 'examples'>>, _diagnostics: Diagnostic[]): Record<string, Envelope> {
  const byProduct = new Map<string, Array<{ body: Record<string, unknown>; source: SourceRef; repaired: boolean }>>();
  for (const e of events) {
    for (const ex of e.examples) {
      if (ex.kind !== 'envelope') continue;
      const shown = ex.value ?? ex.repaired;
      if (!isEnvelope(shown)) continue;
      byProduct.set(e.product, [...(byProduct.get(e.product) ?? []), { body: shown, source: ex.source, repaired: ex.value === undefined }]);
    }
  }
  const envelopes: Record<string, Envelope> = {};
  for (const [product, bodies] of [...byProduct].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const names: string[] = [];
    for (const b of bodies) for (const k of Object.keys(b.body)) if (!names.includes(k)) names.push(k);
    const fields: Field[] = names.map((name) => {
      const present = bodies.filter((b) => Object.prototype.hasOwnProperty.call(b.body, name));
      const value = present.map((b) => b.body[name]).find((v) => v !== null && v !== undefined);
      const isPayload = name === ENVELOPE_PAYLOAD;
      const isDiscriminator = name === ENVELOPE_DISCRIMINATOR;
      return {
        name,
        type: isPayload ? { kind: 'unknown' } : inferType(value, present[0].source),
        typeSource: 'inferred-from-example',
        required: present.length === bodies.length,
        requiredReason: present.length === bodies.length ? `present in all ${bodies.length} example bodies of the product` : `present in ${present.length} of ${bodies.length} example bodies of the product`,
        nullable: present.some((b) => b.body[name] === null),
        description: isPayload ? { en: 'The event payload; its type depends on the event type.' } : isDiscriminator ? { en: 'The event type; selects the payload type.' } : {},
        sources: [present[0].source],
      };
    });
    envelopes[product] = {
      product,
      typeName: `${pascal(product)}CallbackEnvelope`,
      discriminator: ENVELOPE_DISCRIMINATOR,
      payloadField: ENVELOPE_PAYLOAD,
      fields,
      sources: bodies.map((b) => b.source),
    };
  }
  return envelopes;
}

function pascal(s: string): string {
  return s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}
