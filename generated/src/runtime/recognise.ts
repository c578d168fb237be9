// Copied by docs2ts from generator/runtime/recognise.ts. Do not edit.
import type { EventEntry, RuntimeRegistry } from './registry.js';

/** What a body may be, before validation: an event, where its payload sits, and whether the envelope is checked. */
export interface Candidate {
  entry: EventEntry;
  payload: unknown;
  /** JSON pointer of the payload inside the body (`''` when the body is the payload). */
  prefix: string;
  /** Whether the body was recognised by its discriminator (then the product's envelope applies too). */
  byDiscriminator: boolean;
}

export interface RecogniseHint {
  product?: string;
  /** The event type of a bare payload: a body that does not name its event. */
  eventType?: string;
}

export type Recognition = { ok: true; candidates: Candidate[] } | { ok: false; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const pointer = (path: string[]): string => path.map((key) => '/' + key.replace(/~/g, '~0').replace(/\//g, '~1')).join('');

/** The value at a path of object keys, or undefined when a step is missing (own keys only). */
function at(value: unknown, path: string[]): { found: true; value: unknown } | { found: false } {
  let current = value;
  for (const key of path) {
    if (!isRecord(current) || !Object.prototype.hasOwnProperty.call(current, key)) return { found: false };
    current = current[key];
  }
  return { found: true, value: current };
}

/**
 * Which documented events a body can be. Each event says how a body names it (a discriminator
 * key, its value, and where the payload sits), as the model found it in the docs: no key name is
 * assumed. Newest dated version first: a body does not say which version sent it.
 */
export function recognise(registry: Pick<RuntimeRegistry, 'events'>, body: unknown, hint: RecogniseHint = {}): Recognition {
  const inProduct = (entry: EventEntry): boolean => !hint.product || entry.product === hint.product;
  const candidates: Candidate[] = [];
  const seenKeys = new Map<string, unknown>();
  if (isRecord(body)) {
    for (const entry of registry.events) {
      const d = entry.discriminator;
      if (!d || !inProduct(entry) || !Object.prototype.hasOwnProperty.call(body, d.key)) continue;
      seenKeys.set(d.key, body[d.key]);
      if (body[d.key] !== d.value) continue;
      const payload = at(body, d.payloadPath);
      if (payload.found) candidates.push({ entry, payload: payload.value, prefix: pointer(d.payloadPath), byDiscriminator: true });
    }
  }
  if (candidates.length === 0 && hint.eventType !== undefined) {
    for (const entry of registry.events) {
      if (entry.eventType === hint.eventType && inProduct(entry)) candidates.push({ entry, payload: body, prefix: '', byDiscriminator: false });
    }
  }
  if (candidates.length === 0) {
    if (!isRecord(body)) return { ok: false, reason: 'the body is not a JSON object' };
    if (seenKeys.size) {
      const named = [...seenKeys].map(([key, value]) => key + ' ' + JSON.stringify(value)).join(', ');
      return { ok: false, reason: 'the body\'s ' + named + ' names no documented event' + (hint.eventType !== undefined ? ' (nor does the hint ' + JSON.stringify(hint.eventType) + ')' : '') };
    }
    if (hint.eventType !== undefined) return { ok: false, reason: 'no documented event has the type ' + JSON.stringify(hint.eventType) };
    const keys = [...new Set(registry.events.flatMap((e) => (e.discriminator && inProduct(e) ? [e.discriminator.key] : [])))].sort();
    return { ok: false, reason: 'the body names no event' + (keys.length ? ' (no ' + keys.join(' or ') + ')' : '') + '; pass { eventType } for a bare payload' };
  }
  return { ok: true, candidates: candidates.sort((a, b) => newestFirst(a.entry, b.entry)) };
}

function newestFirst(a: EventEntry, b: EventEntry): number {
  const va = a.version ?? '';
  const vb = b.version ?? '';
  return vb < va ? -1 : vb > va ? 1 : 0;
}
