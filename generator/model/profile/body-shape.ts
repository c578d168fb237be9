import { IDENTIFIER } from '../labels.js';

/**
 * How a whole callback body is laid out: which key names the event and which member carries
 * the payload. No key name is known in advance; a body says it by its values:
 * - the payload member is the object that holds the documented fields (or the only object);
 * - the discriminator is a string that names the event: the section's own event name when it is
 *   known, else a value spelled like a name (`WhiteboardPushStarted`, `Group.CallbackX`,
 *   `send_msg`), never a hex digest, a number or free text.
 */
export interface BodyShape {
  discriminator: string;
  payload: string;
  eventType: string;
}

export function readBodyShape(body: unknown, documented: string[], eventType?: string): BodyShape | undefined {
  if (!isRecord(body)) return undefined;
  const objects = Object.entries(body).filter(([, v]) => isRecord(v));
  const holds = (v: unknown): number => (isRecord(v) ? documented.filter((n) => Object.prototype.hasOwnProperty.call(v, n)).length : 0);
  const ranked = objects.map(([k, v]) => ({ key: k, score: holds(v) })).sort((a, b) => b.score - a.score);
  const payload = documented.length > 0 ? (ranked[0] && ranked[0].score > 0 ? ranked[0].key : undefined) : objects.length === 1 ? objects[0][0] : undefined;
  if (!payload) return undefined;
  // the documented fields are the body's own: no payload member
  if (documented.length > 0 && holds(body) > holds(body[payload])) return undefined;
  const strings = Object.entries(body).filter(([k, v]) => k !== payload && typeof v === 'string') as Array<[string, string]>;
  // an event known by a numeric code (`"EventType": 101` for event 101) is named by that number too
  const codes = eventType !== undefined && /^-?\d+$/.test(eventType) ? Object.entries(body).filter(([k, v]) => k !== payload && v === Number(eventType)) : [];
  const named = eventType !== undefined ? (strings.find(([, v]) => v === eventType) ?? codes[0]) : strings.find(([, v]) => looksLikeName(v));
  return named ? { discriminator: named[0], payload, eventType: String(named[1]) } : undefined;
}

/** An event name as vendors spell them: a PascalCase word, dotted or underscored words. */
export function looksLikeName(value: string): boolean {
  if (!/[A-Za-z]/.test(value) || /^[0-9a-f]{8,}$/i.test(value) || /\s/.test(value)) return false;
  return IDENTIFIER.test(value.replace(/\./g, '_')) && (/[a-z]/.test(value) || value.includes('_'));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
