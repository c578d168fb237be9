import { cmp } from '../../shared/diagnostic.js';
import { pascal } from '../../shared/pascal.js';
import { inferType } from '../infer.js';
import type { CallbackEvent, Envelope, Field, SourceRef, Struct } from '../types.js';
import type { ModelPass } from './pass.js';

export const envelopes: ModelPass = {
  title: "each product's callback envelope, documented or shown by its examples; its events point at it",
  run(model) {
    const found = inferEnvelopes(model.events, model.structs);
    return { ...model, envelopes: found, events: model.events.map((e) => (found[e.product] ? { ...e, envelope: e.product } : e)) };
  },
};

/**
 * A product's callback envelope, from what its pages show. Two sources, documented first:
 * - a recogniser read it from the prose ("the `data` property contains …" beside "`cmd` is `1`"):
 *   the discriminator and the payload member are documented, every code a literal;
 * - examples that show the whole body (marked by markEnvelope): the key naming the event and the
 *   member holding the payload, with the other keys typed from those examples. A key seen only
 *   in examples is never required: a receiver must not reject a body for lacking a field no table
 *   documents (its presence in every example is kept as a note).
 * When a table of the product documents both keys (`| eventType | … |`, `| payload | … |`), that
 * table is the envelope: its other rows are documented fields, with their own required-ness.
 */
export function inferEnvelopes(events: Array<Pick<CallbackEvent, 'product' | 'examples' | 'discriminator' | 'sources'>>, structs: Record<string, Struct> = {}): Record<string, Envelope> {
  const envelopes: Record<string, Envelope> = {};
  const products = [...new Set(events.map((e) => e.product))].sort(cmp);
  for (const product of products) {
    const own = events.filter((e) => e.product === product);
    const documented = own.map((e) => e.discriminator).find((d) => d && d.payloadPath.length === 1);
    const bodies = own.flatMap((e) =>
      e.examples.flatMap((ex) => {
        const shown = ex.value ?? ex.repaired;
        return ex.kind === 'envelope' && ex.envelope && isRecord(shown) ? [{ body: shown, source: ex.source, keys: ex.envelope }] : [];
      }),
    );
    const keys = documented ? { discriminator: documented.key, payload: documented.payloadPath[0] } : majority(bodies.map((b) => b.keys));
    if (!keys) continue;
    const shown = bodies.filter((b) => b.keys.discriminator === keys.discriminator && b.keys.payload === keys.payload);
    const table = documented ? envelopeTable(structs, product, keys) : undefined;
    const names: string[] = table ? table.fields.map((f) => f.name) : [keys.discriminator, keys.payload];
    for (const b of shown) for (const k of Object.keys(b.body)) if (!names.includes(k)) names.push(k);
    const sources: SourceRef[] = documented ? own.flatMap((e) => e.sources.slice(0, 1)) : [];
    const fields: Field[] = names.map((name) => {
      const row = table?.fields.find((f) => f.name === name);
      if (row && name !== keys.payload && name !== keys.discriminator) return row;
      const present = shown.filter((b) => Object.prototype.hasOwnProperty.call(b.body, name));
      const value = present.map((b) => b.body[name]).find((v) => v !== null && v !== undefined);
      const source = present[0]?.source ?? sources[0] ?? { file: '', line: 1, lang: 'en' as const };
      if (name === keys.payload) {
        return field(name, { kind: 'unknown' }, true, 'carries the payload; always present', source, { en: 'The event payload; its type depends on the event type.' }, documented !== undefined);
      }
      if (name === keys.discriminator) {
        const numeric = documented ? typeof documented.value === 'number' : typeof value === 'number';
        return field(name, numeric ? { kind: 'integer' } : { kind: 'string' }, true, 'names the event; always present', source, { en: 'The event type; selects the payload type.' }, documented !== undefined);
      }
      const inAll = present.length === shown.length;
      return {
        ...field(name, inferType(value, source), false, `known only from examples (present in ${present.length} of ${shown.length} example bodies of the product); an example cannot promise a field`, source, {}, false),
        nullable: present.some((b) => b.body[name] === null),
        ...(inAll ? { description: { en: `Present in every example body of ${product}, but no table documents it.` } } : {}),
      };
    });
    envelopes[product] = {
      product,
      typeName: `${pascal(product)}CallbackEnvelope`,
      discriminator: keys.discriminator,
      payloadField: keys.payload,
      fields,
      sources: shown.length ? shown.map((b) => b.source) : sources,
    };
  }
  return envelopes;
}

/** The one struct of the product whose rows name both the discriminator and the payload member. */
function envelopeTable(structs: Record<string, Struct>, product: string, keys: { discriminator: string; payload: string }): Struct | undefined {
  const candidates = Object.values(structs).filter((s) => s.product === product && s.fields.some((f) => f.name === keys.discriminator) && s.fields.some((f) => f.name === keys.payload));
  return candidates.length === 1 ? candidates[0] : undefined;
}

function field(name: string, type: Field['type'], required: boolean, requiredReason: string, source: SourceRef, description: Field['description'], documented: boolean): Field {
  return { name, type, typeSource: documented ? 'documented' : 'inferred-from-example', required, requiredReason, nullable: false, description, sources: [source] };
}

function majority(keys: Array<{ discriminator: string; payload: string }>): { discriminator: string; payload: string } | undefined {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(`${k.discriminator}\u0000${k.payload}`, (counts.get(`${k.discriminator}\u0000${k.payload}`) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
  if (!best) return undefined;
  const [discriminator, payload] = best[0].split('\u0000');
  return { discriminator, payload };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
