import { cmp, compareDiagnostics, type Diagnostic } from '../../shared/diagnostic.js';
import { pascal } from '../../shared/pascal.js';
import { stageDiagnostic } from '../../shared/stage-diagnostics.js';
import type { ModelPass } from './pass.js';
import type { ApiAction, CallbackEvent, Envelope, Field, Model, PageCoverage, ProductProfile } from '../types.js';

/** The products' profiles, once the envelopes are known. */
export const profiles: ModelPass = {
  title: 'every product has a profile: how its bodies name events, where the payload sits, replies, the API wrapper',
  run(model) {
    return { ...model, profiles: readProfiles(model) };
  },
};

/**
 * Each product's profile, read back from what the recognisers and passes found: the key most of
 * its events are named by (documented when a recogniser read it from the prose or a table,
 * inferred when only examples showed it), where the payload sits, replies, the API wrapper.
 */
export function readProfiles(parts: { events: CallbackEvent[]; apis: ApiAction[]; envelopes: Record<string, Envelope>; coverage: PageCoverage[] }): Record<string, ProductProfile> {
  const products = [...new Set([...parts.events.map((e) => e.product), ...parts.apis.map((a) => a.product), ...parts.coverage.map((c) => c.product)])].sort(cmp);
  const profiles: Record<string, ProductProfile> = {};
  for (const product of products) {
    const events = parts.events.filter((e) => e.product === product);
    const envelope = parts.envelopes[product];
    const named = events.flatMap((e) => (e.discriminator ? [e.discriminator] : []));
    const key = envelope?.discriminator ?? mostCommon(named.map((d) => d.key));
    const sample = named.find((d) => d.key === key);
    const payloadPath = envelope ? [envelope.payloadField] : sample?.payloadPath ?? [];
    const numeric = envelope ? envelope.fields.some((f) => f.name === envelope.discriminator && (f.type.kind === 'integer' || f.type.kind === 'number')) : typeof sample?.value === 'number';
    const documented = named.some((d) => d.key === key) || (envelope?.fields.some((f) => f.name === key && f.typeSource === 'documented') ?? false);
    const wrappers = [...new Set(parts.apis.filter((a) => a.product === product).map((a) => a.responseWrapper ?? null))];
    profiles[product] = {
      product,
      discriminator: key ? { key, kind: numeric ? 'number' : 'string', payloadPath, source: documented ? 'documented' : 'inferred' } : null,
      unrecognisedEvents: [...new Set(events.filter((e) => !e.discriminator && !e.envelope).map((e) => e.eventType))],
      replies: events.some((e) => e.reply !== undefined),
      responseWrapper: wrappers.length === 1 ? wrappers[0] : null,
      shapes: [...new Set(parts.coverage.filter((c) => c.product === product).flatMap((c) => c.shapes))].sort(cmp),
    };
  }
  return profiles;
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0];
}

/** What a project may set for a product in its config (`profiles` in docs2ts.config.json). */
export interface ProfileOverride {
  discriminator?: { key: string; payloadPath: string[] };
  responseWrapper?: string | null;
}

/**
 * A product's wire format as the config states it, over what the pages showed: every event of
 * the product is then named by that key (its event type as the value: a number when it is all
 * digits and the kind is numeric), its payload at that path; APIs unwrap that key. Each applied
 * override is an info finding (`profile-override`); one for a product no page has, a warning.
 */
export function applyProfileOverrides(model: Model, overrides: Record<string, ProfileOverride>): Model {
  const notes: Diagnostic[] = [];
  const envelopes = { ...model.envelopes };
  const events = model.events.map((e) => ({ ...e }));
  const apis = model.apis.map((a) => ({ ...a }));
  // each entry changes its own product only, and the findings are sorted at the end: order does not matter
  for (const [product, override] of Object.entries(overrides)) {
    const before = model.profiles[product];
    const where = model.documents.find((d) => d.product === product);
    if (!before || !where) {
      notes.push(stageDiagnostic({ code: 'profile-override-unused', message: `The config sets a profile for product ${product}, which no page documents; it changes nothing.`, file: 'docs2ts.config.json', line: 1, product }));
      continue;
    }
    const d = override.discriminator;
    if (d) {
      const numeric = before.discriminator?.key === d.key && before.discriminator.kind === 'number';
      for (const e of events) {
        if (e.product !== product) continue;
        const value = numeric && /^-?\d+$/.test(e.eventType) ? Number(e.eventType) : e.eventType;
        e.discriminator = { key: d.key, value, payloadPath: d.payloadPath, evidence: 'set in the config' };
        if (d.payloadPath.length === 1) e.envelope = product;
        else delete e.envelope;
      }
      if (d.payloadPath.length === 1) {
        const old = envelopes[product];
        const [payload] = d.payloadPath;
        const kept = old ? old.fields.filter((f) => ![d.key, payload, old.payloadField, old.discriminator].includes(f.name)) : [];
        const source = old?.sources[0] ?? { file: where.file, line: 1, lang: where.lang };
        const fixed = (name: string, type: Field['type'], why: string): Field => ({ name, type, typeSource: 'documented', required: true, requiredReason: why, nullable: false, description: {}, sources: [source] });
        envelopes[product] = {
          product,
          typeName: old?.typeName ?? `${pascal(product)}CallbackEnvelope`,
          discriminator: d.key,
          payloadField: payload,
          fields: [fixed(d.key, numeric ? { kind: 'integer' } : { kind: 'string' }, 'names the event (set in the config)'), fixed(payload, { kind: 'unknown' }, 'carries the payload (set in the config)'), ...kept],
          sources: old?.sources ?? [source],
        };
      } else delete envelopes[product];
    }
    if (override.responseWrapper !== undefined) {
      for (const a of apis) {
        if (a.product !== product) continue;
        if (override.responseWrapper === null) delete a.responseWrapper;
        else a.responseWrapper = override.responseWrapper;
      }
    }
    const was = before.discriminator ? `${before.discriminator.key} at ${JSON.stringify(before.discriminator.payloadPath)}` : 'no discriminator';
    notes.push(stageDiagnostic({ code: 'profile-override', message: `The config sets the profile of ${product}${d ? `: events named by ${d.key}, payload at ${JSON.stringify(d.payloadPath)}` : ''}${override.responseWrapper !== undefined ? `, API responses wrapped in ${JSON.stringify(override.responseWrapper)}` : ''} (the pages showed ${was}).`, file: where.file, line: 1, product }));
  }
  const next: Model = { ...model, events, apis, envelopes, diagnostics: [...model.diagnostics, ...notes].sort(compareDiagnostics) };
  const profiles = readProfiles(next);
  for (const product of Object.keys(overrides)) {
    const p = profiles[product];
    if (p?.discriminator && overrides[product].discriminator) p.discriminator.source = 'config';
  }
  return { ...next, profiles };
}
