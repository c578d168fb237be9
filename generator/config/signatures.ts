import type { SignaturePart, SignatureScheme } from '../runtime/signature.js';

const ALGORITHMS = ['md5', 'sha1', 'sha256', 'sha512'] as const;

/** Reads `signatures` of the config: product → scheme; throws a message naming the bad setting. */
export function readSignatureSchemes(value: unknown): Record<string, SignatureScheme> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('"signatures" must be an object: product → scheme');
  const out: Record<string, SignatureScheme> = {};
  for (const [product, raw] of Object.entries(value as Record<string, unknown>)) {
    const at = `"signatures.${product}"`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${at} must be an object`);
    const s = raw as Record<string, unknown>;
    const known = ['method', 'algorithm', 'parts', 'encoding', 'signature', 'time'];
    for (const key of Object.keys(s)) if (!known.includes(key)) throw new Error(`${at} has an unknown setting "${key}" (known: ${known.join(', ')})`);
    if (s.method !== 'hash' && s.method !== 'hmac') throw new Error(`${at}.method must be "hash" or "hmac"`);
    if (!ALGORITHMS.includes(s.algorithm as never)) throw new Error(`${at}.algorithm must be one of ${ALGORITHMS.join(', ')}`);
    if (s.encoding !== 'hex' && s.encoding !== 'base64') throw new Error(`${at}.encoding must be "hex" or "base64"`);
    if (!Array.isArray(s.parts) || s.parts.length === 0) throw new Error(`${at}.parts must be a non-empty list of "key", "body", { "field": name } or { "header": name }`);
    const parts = s.parts.map((p, i) => part(p, `${at}.parts[${i}]`));
    if (s.method === 'hash' && !parts.includes('key')) throw new Error(`${at}.parts must include "key" for a hash (an HMAC is keyed instead)`);
    const signature = where(s.signature, `${at}.signature`);
    let time: SignatureScheme['time'];
    if (s.time !== undefined) {
      const t = s.time as Record<string, unknown>;
      if (t === null || typeof t !== 'object' || (t.meaning !== 'expires' && t.meaning !== 'issued')) throw new Error(`${at}.time must be { "field" | "header": name, "meaning": "expires" | "issued" }`);
      time = { ...where({ ...t, meaning: undefined }, `${at}.time`), meaning: t.meaning };
    }
    out[product] = { method: s.method, algorithm: s.algorithm as SignatureScheme['algorithm'], parts, encoding: s.encoding, signature, ...(time ? { time } : {}) };
  }
  return out;
}

function part(value: unknown, at: string): SignaturePart {
  if (value === 'key' || value === 'body') return value;
  return where(value, at);
}

function where(value: unknown, at: string): { field: string } | { header: string } {
  const v = value as Record<string, unknown> | null;
  if (v && typeof v === 'object' && typeof v.field === 'string' && v.field && v.header === undefined) return { field: v.field };
  if (v && typeof v === 'object' && typeof v.header === 'string' && v.header && v.field === undefined) return { header: v.header };
  throw new Error(`${at} must be { "field": name } or { "header": name }`);
}
