// Copied by docs2ts from generator/runtime/signature.ts. Do not edit.
/**
 * Callback signatures from a small set of general templates, declared per product in the config:
 * a hash or an HMAC, over parts concatenated in order (the key, a body field such as a timestamp
 * or nonce, a header, the raw body), encoded hex or base64, carried in a body field or a header.
 * `sign = MD5(key + t)` is `{ method: 'hash', algorithm: 'md5', parts: ['key', { field: 't' }], … }`.
 */

export type SignaturePart = 'key' | 'body' | { field: string } | { header: string };

export interface SignatureScheme {
  /** `hash`: digest of the parts (the key among them); `hmac`: HMAC keyed by the key over the parts. */
  method: 'hash' | 'hmac';
  algorithm: 'md5' | 'sha1' | 'sha256' | 'sha512';
  parts: SignaturePart[];
  encoding: 'hex' | 'base64';
  /** Where the signature travels. */
  signature: { field: string } | { header: string };
  /**
   * The time that bounds the callback's validity, in Unix seconds: `expires` (valid until then,
   * e.g. `t`) or `issued` (valid within maxSkewSeconds of it, e.g. `timestamp`).
   */
  time?: ({ field: string } | { header: string }) & { meaning: 'expires' | 'issued' };
}

export type HeaderBag = Record<string, string | string[] | undefined>;

export interface VerifyOptions {
  /** The current time in Unix seconds (default: the clock). */
  now?: number;
  /** Tolerated clock difference in seconds (default 300). */
  maxSkewSeconds?: number;
}

export type SignatureResult =
  | { ok: true }
  | { ok: false; reason: 'no-scheme' | 'no-key' | 'missing-signature' | 'missing-part' | 'bad-time' | 'expired' | 'mismatch' | 'body-not-json'; message: string };

/** The parts of node:crypto the verifier uses; loaded on first use, so the package's main entry stays browser-safe. */
interface CryptoApi {
  createHash(algorithm: string): { update(data: string | Uint8Array): { digest(encoding: 'hex' | 'base64'): string } };
  createHmac(algorithm: string, key: string): { update(data: string | Uint8Array): { digest(encoding: 'hex' | 'base64'): string } };
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
}

let crypto: CryptoApi | undefined;
async function nodeCrypto(): Promise<CryptoApi> {
  // a specifier in a variable: TypeScript and bundlers leave node:crypto to Node
  const specifier = 'node:crypto';
  crypto ??= (await import(specifier)) as CryptoApi;
  return crypto;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A header by case-insensitive name (Node lowercases them; a Fetch Headers object does not matter here). */
export function headerValue(headers: HeaderBag, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

const scalar = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined);

/** The string a scheme signs, from the raw body, the headers and the key; undefined names what is missing. */
export function signedText(scheme: SignatureScheme, rawBody: string, body: Record<string, unknown> | undefined, headers: HeaderBag, key: string): { ok: true; text: string } | { ok: false; missing: string } {
  let text = '';
  for (const part of scheme.parts) {
    if (part === 'key') text += key;
    else if (part === 'body') text += rawBody;
    else if ('field' in part) {
      const value = body && Object.prototype.hasOwnProperty.call(body, part.field) ? scalar(body[part.field]) : undefined;
      if (value === undefined) return { ok: false, missing: 'body field ' + part.field };
      text += value;
    } else {
      const value = headerValue(headers, part.header);
      if (value === undefined) return { ok: false, missing: 'header ' + part.header };
      text += value;
    }
  }
  return { ok: true, text };
}

/** The signature a scheme computes over a text (exported for tests and for senders). */
export async function computeSignature(scheme: SignatureScheme, text: string, key: string): Promise<string> {
  const c = await nodeCrypto();
  const digest = scheme.method === 'hmac' ? c.createHmac(scheme.algorithm, key) : c.createHash(scheme.algorithm);
  return digest.update(utf8(text)).digest(scheme.encoding);
}

/** Compares in constant time (hex compared case-insensitively); unequal lengths are unequal without a timing leak of the content. */
async function sameSignature(expected: string, received: string, encoding: 'hex' | 'base64'): Promise<boolean> {
  const c = await nodeCrypto();
  const a = utf8(encoding === 'hex' ? expected.toLowerCase() : expected);
  const b = utf8(encoding === 'hex' ? received.toLowerCase() : received);
  if (a.length !== b.length) {
    c.timingSafeEqual(a, a);
    return false;
  }
  return c.timingSafeEqual(a, b);
}

/**
 * Verifies a callback's signature by the product's scheme: the signature is present, the time is
 * within bounds, and the computed signature equals the received one (constant-time comparison).
 */
export async function verifyWithScheme(scheme: SignatureScheme | undefined, rawBody: string, headers: HeaderBag, key: string, options: VerifyOptions = {}): Promise<SignatureResult> {
  if (!scheme) return { ok: false, reason: 'no-scheme', message: 'no signature scheme is declared for this product' };
  if (!key) return { ok: false, reason: 'no-key', message: 'no key to verify with' };
  let body: Record<string, unknown> | undefined;
  const needsBody = 'field' in scheme.signature || scheme.parts.some((p) => typeof p === 'object' && 'field' in p) || (scheme.time !== undefined && 'field' in scheme.time);
  if (needsBody) {
    try {
      const parsed: unknown = JSON.parse(rawBody);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
    } catch {
      return { ok: false, reason: 'body-not-json', message: 'the body is not JSON, so its signature fields cannot be read' };
    }
  }
  const read = (where: { field: string } | { header: string }): string | undefined =>
    'field' in where ? (body && Object.prototype.hasOwnProperty.call(body, where.field) ? scalar(body[where.field]) : undefined) : headerValue(headers, where.header);
  const received = read(scheme.signature);
  if (!received) return { ok: false, reason: 'missing-signature', message: 'the callback carries no signature (' + describe(scheme.signature) + ')' };
  if (scheme.time) {
    const raw = read(scheme.time);
    const time = raw === undefined ? NaN : Number(raw);
    if (!Number.isFinite(time)) return { ok: false, reason: 'bad-time', message: 'the callback carries no valid time (' + describe(scheme.time) + ')' };
    const now = options.now ?? Math.floor(Date.now() / 1000);
    const skew = options.maxSkewSeconds ?? 300;
    const late = scheme.time.meaning === 'expires' ? now - time > skew : Math.abs(now - time) > skew;
    if (late) return { ok: false, reason: 'expired', message: scheme.time.meaning === 'expires' ? 'the signature expired at ' + time + ' (now ' + now + ')' : 'the signature time ' + time + ' is more than ' + skew + ' s from now (' + now + ')' };
  }
  const signed = signedText(scheme, rawBody, body, headers, key);
  if (!signed.ok) return { ok: false, reason: 'missing-part', message: 'the callback lacks the ' + signed.missing + ' that the signature covers' };
  const expected = await computeSignature(scheme, signed.text, key);
  return (await sameSignature(expected, received, scheme.encoding)) ? { ok: true } : { ok: false, reason: 'mismatch', message: 'the signature does not match' };
}

function describe(where: { field: string } | { header: string }): string {
  return 'field' in where ? 'body field ' + where.field : 'header ' + where.header;
}
