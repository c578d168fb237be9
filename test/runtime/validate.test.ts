import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognise } from '../../generator/runtime/recognise.js';
import { standaloneRunner } from '../../generator/runtime/registry.js';
import { createValidation, parseBody } from '../../generator/runtime/validate.js';
import { registry } from './registry-fixture.js';

describe('recognise', () => {
  it('finds the event by the discriminator each event declares: key, value and payload path', () => {
    const r = registry();
    const numeric = recognise(r, { cmd: 7, body: { inner: { state: 1 } } });
    expect(numeric.ok && numeric.candidates.map((c) => [c.entry.typeName, c.prefix, c.payload])).toEqual([['Code7', '/body/inner', { state: 1 }]]);
    const flat = recognise(r, { Command: 'Flat.Send', From: 'x' });
    expect(flat.ok && flat.candidates.map((c) => [c.entry.typeName, c.prefix])).toEqual([['Flat', '']]);
  });

  it('compares values strictly: the string "7" is not the documented code 7', () => {
    expect(recognise(registry(), { cmd: '7', body: { inner: {} } })).toEqual({ ok: false, reason: 'the body\'s cmd "7" names no documented event' });
  });

  it('lists dated versions newest first', () => {
    const r = recognise(registry(), { Kind: 'Started', Data: {} });
    expect(r.ok && r.candidates.map((c) => c.entry.version)).toEqual(['2023-01-01', '2020-01-01']);
  });

  it('needs the payload member to be there', () => {
    expect(recognise(registry(), { cmd: 7, body: {} }).ok).toBe(false);
  });

  it('takes a bare payload by the event type of the hint, and filters by product', () => {
    const bare = recognise(registry(), { Only: 'x' }, { eventType: 'Bare' });
    expect(bare.ok && bare.candidates.map((c) => [c.entry.typeName, c.byDiscriminator])).toEqual([['Bare', false]]);
    expect(recognise(registry(), { Command: 'Flat.Send' }, { product: 'a' }).ok).toBe(false);
  });

  it('says why nothing matched', () => {
    expect(recognise(registry(), [1])).toEqual({ ok: false, reason: 'the body is not a JSON object' });
    expect(recognise(registry(), { x: 1 })).toEqual({ ok: false, reason: 'the body names no event (no Command or Kind or cmd); pass { eventType } for a bare payload' });
    expect(recognise(registry(), { x: 1 }, { eventType: 'Nope' })).toEqual({ ok: false, reason: 'no documented event has the type "Nope"' });
  });
});

describe('createValidation', () => {
  const v = createValidation(registry());

  it('validates envelope and payload, newest matching version first, with every match listed', () => {
    expect(v.validateCallback('{"Kind":"Started","Data":{"Id":"i","At":1}}')).toMatchObject({ ok: true, product: 'a', event: 'Started', version: '2023-01-01', typeName: 'Started_2', matchedVersions: ['2023-01-01', '2020-01-01'], value: { Id: 'i', At: 1 } });
    expect(v.validateCallback({ Kind: 'Started', Data: { Id: 'i' } })).toMatchObject({ ok: true, version: '2020-01-01', matchedVersions: ['2020-01-01'] });
  });

  it('returns the closest version with paths below the payload and the doc line of each field', () => {
    expect(v.validateCallback({ Kind: 'Started', Data: { Id: 5, At: 'x' } })).toEqual({
      ok: false,
      product: 'a',
      event: 'Started',
      version: '2020-01-01',
      typeName: 'Started_1',
      errors: [{ path: '/Data/Id', keyword: 'type', message: 'must be string', expected: 'string' }],
    });
    const flat = v.validateCallback({ Command: 'Flat.Send' });
    expect(flat.ok ? [] : flat.errors).toEqual([{ path: '/From', keyword: 'required', message: "must have required property 'From'", source: 'docs/c.md:4' }]);
  });

  it('validates a numeric-code event whose payload sits two levels down', () => {
    const bad = v.validateCallback({ cmd: 7, body: { inner: { state: 'on' } } });
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['/body/inner/state']);
  });

  it('reports JSON and recognition failures as errors, never throws', () => {
    expect(v.validateCallback('{')).toMatchObject({ ok: false, errors: [{ keyword: 'json' }] });
    expect(v.validateCallback({ Kind: 'Other', Data: {} })).toMatchObject({ ok: false, errors: [{ keyword: 'event', message: 'cannot recognise the event: the body\'s Kind "Other" names no documented event' }] });
  });

  it('validates a documented reply by its type name', () => {
    expect(v.validatePayload('FlatReply', { Status: 'OK' })).toEqual([]);
    expect(v.validatePayload('FlatReply', {}).map((e) => e.path)).toEqual(['/Status']);
    expect(() => v.validatePayload('Nope', {})).toThrow('unknown type Nope');
  });

  it('walks the source map for doc lines and undocumented fields, own keys only', () => {
    expect(v.sourceOf('Flat', '/From/Name')).toBe('docs/c.md:20');
    expect(v.sourceOf('Flat', '/From/Other')).toBe('docs/c.md:4');
    expect(v.sourceOf('Flat', '/constructor')).toBeUndefined();
    expect(v.undocumentedFields('Flat', JSON.parse('{"Command":"c","From":{"Name":"n","Age":3},"__proto__":1}'))).toEqual(['/From/Age', '/__proto__']);
  });

  it('parses raw bodies and passes parsed ones through', () => {
    expect(parseBody('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    const object = { a: 1 };
    expect(parseBody(object)).toEqual({ ok: true, value: object });
  });
});

describe('standaloneRunner', () => {
  it('runs a compiled validator by name and returns its errors', () => {
    const fn = Object.assign((value: unknown) => value === 1, { errors: [{ instancePath: '', keyword: 'const', params: {} }] });
    const run = standaloneRunner({ v: fn });
    expect(run('v', 1)).toEqual([]);
    expect(run('v', 2)).toEqual([{ instancePath: '', keyword: 'const', params: {} }]);
    expect(() => run('toString', 1)).toThrow('no compiled validator toString');
  });
});

describe('the runtime folder', () => {
  it('imports nothing outside itself: it is copied into the package as it is', async () => {
    const dir = path.resolve('generator/runtime');
    for (const name of await readdir(dir)) {
      const text = await readFile(path.join(dir, name), 'utf8');
      for (const [, spec] of text.matchAll(/from '([^']+)'/g)) expect(spec, `${name} imports ${spec}`).toMatch(/^(\.\/[a-z-]+\.js|node:crypto)$/);
    }
  });
});
