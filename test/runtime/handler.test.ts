import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHandlerWith, validateReplyWith } from '../../generator/runtime/handler.js';
import type { SignatureScheme } from '../../generator/runtime/signature.js';
import { registry } from './registry-fixture.js';

const scheme: SignatureScheme = { method: 'hash', algorithm: 'md5', parts: ['key', { field: 'Kind' }], encoding: 'hex', signature: { field: 'Sig' } };
const signed = (body: Record<string, unknown>, key: string): string => JSON.stringify({ ...body, Sig: createHash('md5').update(key + String(body.Kind)).digest('hex') });

describe('createHandlerWith', () => {
  it('dispatches the payload and body to the event\'s handler and answers its reply', async () => {
    const seen: unknown[] = [];
    const handle = createHandlerWith(registry(), {}, { 'Flat.Send': (payload, body, context) => (seen.push([payload, body, context.event, context.errors]), { Status: 'OK' }) });
    expect(await handle(Buffer.from('{"Command":"Flat.Send","From":"f"}'))).toEqual({ status: 200, body: { Status: 'OK' } });
    expect(seen).toEqual([[{ Command: 'Flat.Send', From: 'f' }, { Command: 'Flat.Send', From: 'f' }, 'Flat.Send', []]]);
  });

  it('acknowledges an event without a handler (empty body), and answers the docs\' reply example when a handler returns nothing', async () => {
    const r = registry();
    r.events[3].reply = { ...r.events[3].reply!, example: { Status: 'OK' } };
    const handle = createHandlerWith(r, {}, { 'Flat.Send': () => undefined });
    expect(await handle('{"Command":"Flat.Send","From":"f"}')).toEqual({ status: 200, body: { Status: 'OK' } });
    expect(await handle('{"Kind":"Started","Data":{"Id":"i"}}')).toEqual({ status: 200, body: null });
  });

  it('refuses bodies that are not JSON, not recognised or not valid (400), with the violations', async () => {
    const handle = createHandlerWith(registry(), {}, {});
    expect(await handle('{')).toMatchObject({ status: 400, body: { error: 'invalid-json' } });
    expect(await handle('{"x":1}')).toMatchObject({ status: 400, body: { error: 'unrecognised' } });
    expect(await handle('{"Command":"Flat.Send"}')).toEqual({ status: 400, body: { error: 'invalid', message: 'the callback does not match the docs', errors: [{ path: '/From', keyword: 'required', message: "must have required property 'From'", source: 'docs/c.md:4' }] } });
  });

  it('in lenient mode dispatches a recognised but invalid body with its violations', async () => {
    let errors: unknown;
    const handle = createHandlerWith(registry(), {}, { 'Flat.Send': (_p, _b, context) => void (errors = context.errors.map((e) => e.path)) }, { mode: 'lenient' });
    expect((await handle('{"Command":"Flat.Send"}')).status).toBe(200);
    expect(errors).toEqual(['/From']);
  });

  it('refuses a reply that breaks the docs (500), and hides a handler\'s exception', async () => {
    const bad = createHandlerWith(registry(), {}, { 'Flat.Send': () => ({ Nope: 1 }) });
    expect(await bad('{"Command":"Flat.Send","From":"f"}')).toMatchObject({ status: 500, body: { error: 'invalid-reply', errors: [{ path: '/Status' }] } });
    const throwing = createHandlerWith(registry(), {}, { 'Flat.Send': () => { throw new Error('db password 1234'); } });
    const r = await throwing('{"Command":"Flat.Send","From":"f"}');
    expect(r).toMatchObject({ status: 500, body: { error: 'handler-failed' } });
    expect(JSON.stringify(r)).not.toContain('1234');
  });

  it('verifies the signature when a key is given: 401 unsigned or wrongly signed, 200 signed', async () => {
    const handle = createHandlerWith(registry(), { a: scheme }, {}, { key: { a: 'k' } });
    const body = { Kind: 'Started', Data: { Id: 'i' } };
    expect((await handle(signed(body, 'k'))).status).toBe(200);
    expect(await handle(signed(body, 'wrong'))).toMatchObject({ status: 401, body: { error: 'signature', message: 'the signature does not match' } });
    expect(await handle(JSON.stringify(body))).toMatchObject({ status: 401, body: { error: 'signature' } });
    // a product the key map does not cover has no key: refused, never waved through
    expect((await handle('{"Command":"Flat.Send","From":"f"}')).status).toBe(401);
  });

  it('shapes error bodies with errorReply', async () => {
    const handle = createHandlerWith(registry(), {}, {}, { errorReply: (p) => ({ ActionStatus: 'FAIL', ErrorInfo: p.message }) });
    expect(await handle('{')).toMatchObject({ status: 400, body: { ActionStatus: 'FAIL' } });
  });
});

describe('validateReplyWith', () => {
  it('validates against the documented reply, and says when there is none', () => {
    expect(validateReplyWith(registry(), 'Flat.Send', { Status: 'OK' })).toEqual([]);
    expect(validateReplyWith(registry(), 'Flat.Send', {}).map((e) => e.path)).toEqual(['/Status']);
    expect(validateReplyWith(registry(), 'Bare', {})).toMatchObject([{ keyword: 'reply' }]);
  });
});
