import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeSignature, headerValue, verifyWithScheme, type SignatureScheme } from '../../generator/runtime/signature.js';

// sign = MD5(key + t), in the body, t an expiry time (the live pages' recipe)
const md5Scheme: SignatureScheme = { method: 'hash', algorithm: 'md5', parts: ['key', { field: 't' }], encoding: 'hex', signature: { field: 'sign' }, time: { field: 't', meaning: 'expires' } };
// base64 HMAC-SHA256 over timestamp + nonce + raw body, in headers, the timestamp an issue time
const hmacScheme: SignatureScheme = { method: 'hmac', algorithm: 'sha256', parts: [{ header: 'X-Timestamp' }, { header: 'X-Nonce' }, 'body'], encoding: 'base64', signature: { header: 'X-Signature' }, time: { header: 'X-Timestamp', meaning: 'issued' } };

describe('computeSignature: published vectors', () => {
  it('MD5 of "abc" (RFC 1321) with the key as the whole text', async () => {
    expect(await computeSignature({ ...md5Scheme, parts: ['key'] }, 'abc', 'abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
  });
  it('HMAC-SHA256 of RFC 4231 test case 2', async () => {
    expect(await computeSignature({ ...hmacScheme, encoding: 'hex' }, 'what do ya want for nothing?', 'Jefe')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });
});

describe('verifyWithScheme: MD5(key + t) in the body', () => {
  const key = 'live-secret';
  const t = 1_700_000_600;
  // computed here with node:crypto directly, not through the code under test
  const sign = createHash('md5').update(key + String(t)).digest('hex');
  const body = (over: Record<string, unknown> = {}): string => JSON.stringify({ event_type: 1, t, sign, stream_id: 's', ...over });

  it('accepts the right signature before the expiry time, in any hex case', async () => {
    expect(await verifyWithScheme(md5Scheme, body(), {}, key, { now: t - 10 })).toEqual({ ok: true });
    expect(await verifyWithScheme(md5Scheme, body({ sign: sign.toUpperCase() }), {}, key, { now: t - 10 })).toEqual({ ok: true });
  });
  it('refuses a wrong key, a tampered t, a missing signature and an expired one', async () => {
    expect(await verifyWithScheme(md5Scheme, body(), {}, 'other', { now: t - 10 })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(await verifyWithScheme(md5Scheme, body({ t: t + 100 }), {}, key, { now: t - 10 })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(await verifyWithScheme(md5Scheme, body({ sign: undefined }), {}, key, { now: t - 10 })).toMatchObject({ ok: false, reason: 'missing-signature' });
    expect(await verifyWithScheme(md5Scheme, body(), {}, key, { now: t + 1, maxSkewSeconds: 0 })).toMatchObject({ ok: false, reason: 'expired' });
    expect(await verifyWithScheme(md5Scheme, body(), {}, key, { now: t + 60, maxSkewSeconds: 120 })).toEqual({ ok: true });
    expect(await verifyWithScheme(md5Scheme, body({ t: 'soon' }), {}, key, { now: t })).toMatchObject({ ok: false, reason: 'bad-time' });
  });
  it('needs a scheme, a key and a JSON body', async () => {
    expect(await verifyWithScheme(undefined, body(), {}, key)).toMatchObject({ ok: false, reason: 'no-scheme' });
    expect(await verifyWithScheme(md5Scheme, body(), {}, '')).toMatchObject({ ok: false, reason: 'no-key' });
    expect(await verifyWithScheme(md5Scheme, '{', {}, key)).toMatchObject({ ok: false, reason: 'body-not-json' });
  });
});

describe('verifyWithScheme: HMAC-SHA256 over headers and the raw body', () => {
  const key = 'hmac-secret';
  const now = 1_700_000_000;
  const raw = '{"EventType":"X","EventData":{"A":1}}';
  const headers = (over: Record<string, string | undefined> = {}): Record<string, string | undefined> => {
    const ts = over['x-timestamp'] ?? String(now);
    const nonce = over['X-NONCE'] ?? 'n0nce';
    const signature = createHmac('sha256', key).update(ts + nonce + raw).digest('base64');
    return { 'x-timestamp': ts, 'X-NONCE': nonce, 'x-signature': signature, ...over };
  };

  it('accepts the signature, header names matched without case', async () => {
    expect(await verifyWithScheme(hmacScheme, raw, headers(), key, { now: now + 5 })).toEqual({ ok: true });
  });
  it('refuses a changed body, a missing nonce, and a time outside the skew either way', async () => {
    expect(await verifyWithScheme(hmacScheme, raw.replace('1', '2'), headers(), key, { now })).toMatchObject({ ok: false, reason: 'mismatch' });
    const noNonce = headers();
    delete noNonce['X-NONCE'];
    expect(await verifyWithScheme(hmacScheme, raw, noNonce, key, { now })).toMatchObject({ ok: false, reason: 'missing-part' });
    expect(await verifyWithScheme(hmacScheme, raw, headers(), key, { now: now + 301 })).toMatchObject({ ok: false, reason: 'expired' });
    expect(await verifyWithScheme(hmacScheme, raw, headers(), key, { now: now - 301 })).toMatchObject({ ok: false, reason: 'expired' });
  });
  it('reads the first of repeated headers', () => {
    expect(headerValue({ 'X-A': ['1', '2'] }, 'x-a')).toBe('1');
  });
});
