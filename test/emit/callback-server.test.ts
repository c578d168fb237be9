import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CallbackEvent, Model } from '../../generator/model/types.js';
import { writeRunnable } from './support/emitted-package.js';

// the package generated from the fixture docs (test/support/fixture-output.ts), not the corpus's generated/
const out = inject('fixtureOut');

type Handle = (raw: string | Uint8Array, headers?: Record<string, string | string[] | undefined>) => Promise<{ status: number; body: unknown }>;
interface Package {
  createCallbackHandler(handlers: Record<string, (payload: unknown, body: unknown) => unknown>, options?: Record<string, unknown>): Handle;
  toNodeListener(handle: Handle): http.RequestListener;
  validateReply(event: string, reply: unknown): Array<{ path: string }>;
  verifySignature(product: string, raw: string, headers: Record<string, string>, key: string, options?: { now?: number }): Promise<{ ok: boolean }>;
}

/** The package generated from the fixture docs (src/), transpiled, serving the docs' own examples on 127.0.0.1. */
describe('callback handlers of the generated package over HTTP', () => {
  let work: string;
  let pkg: Package;
  let model: Model;
  const servers: http.Server[] = [];
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-handler-'));
    const files = new Map<string, string>();
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(path.join(out, dir), { withFileTypes: true })) {
        const rel = `${dir}/${entry.name}`;
        if (entry.isDirectory()) await walk(rel);
        else files.set(rel, await readFile(path.join(out, rel), 'utf8'));
      }
    };
    await walk('src');
    pkg = (await import(pathToFileURL(await writeRunnable(files, work)).href)) as Package;
    model = JSON.parse(await readFile(path.join(out, 'model.json'), 'utf8')) as Model;
  });
  afterAll(async () => {
    for (const s of servers) s.close();
    await rm(work, { recursive: true, force: true });
  });

  const serve = async (handle: Handle): Promise<string> => {
    const server = http.createServer(pkg.toNodeListener(handle));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;
  };
  const post = async (url: string, body: string): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  /** The docs' first example of an event that carries a documented reply, as the page shows it (repaired when commented). */
  const exampleOf = (e: CallbackEvent): unknown => e.examples.map((x) => x.value ?? x.repaired).find((v) => v !== undefined);

  it('answers a callback the docs prescribe a reply for with that reply, typed and valid', async () => {
    const event = model.events.find((e) => e.reply && exampleOf(e) !== undefined)!;
    expect(event).toBeDefined();
    const seen: unknown[] = [];
    const url = await serve(pkg.createCallbackHandler({ [event.eventType]: (payload) => void seen.push(payload) }, { mode: 'lenient' }));
    const response = await post(url, JSON.stringify(exampleOf(event)));
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(1);
    // nothing returned: the docs' own reply example, which validates against the documented reply
    expect(response.body).toEqual(event.reply!.examples.map((x) => x.value ?? x.repaired).find((v) => v !== undefined));
    expect(pkg.validateReply(event.eventType, response.body)).toEqual([]);
    expect(pkg.validateReply(event.eventType, { ActionStatus: 1 }).length).toBeGreaterThan(0);
  });

  it('answers 200 to a valid example, 400 to an invalid body, and never calls the handler for it', async () => {
    const event = model.events.find((e) => e.envelope && e.examples.some((x) => x.kind === 'envelope' && x.value !== undefined) && !e.reply)!;
    const body = event.examples.find((x) => x.kind === 'envelope' && x.value !== undefined)!.value as Record<string, unknown>;
    let calls = 0;
    const url = await serve(pkg.createCallbackHandler({ [event.eventType]: () => void calls++ }, { mode: 'lenient' }));
    expect((await post(url, JSON.stringify(body))).status).toBe(200);
    expect(calls).toBe(1);
    expect(await post(url, '{"not":"a callback"}')).toMatchObject({ status: 400, body: { error: 'unrecognised' } });
    expect(await post(url, 'not json')).toMatchObject({ status: 400, body: { error: 'invalid-json' } });
    expect(calls).toBe(1);
  });

  it('verifies the configured signature scheme: 401 unsigned or wrongly signed, 200 signed', async () => {
    // the live pages: sign = MD5(key + t), t an expiry time (docs2ts.config.json declares the scheme)
    const event = model.events.find((e) => e.product === 'live' && exampleOf(e) !== undefined)!;
    const key = 'test-key';
    const t = Math.floor(Date.now() / 1000) + 600;
    const example = { ...(exampleOf(event) as Record<string, unknown>), t };
    const sign = createHash('md5').update(key + String(t)).digest('hex');
    const url = await serve(pkg.createCallbackHandler({}, { key, mode: 'lenient' }));
    expect((await post(url, JSON.stringify({ ...example, sign }))).status).toBe(200);
    expect(await post(url, JSON.stringify({ ...example, sign: createHash('md5').update(`other${t}`).digest('hex') }))).toMatchObject({ status: 401, body: { error: 'signature' } });
    const unsigned: Record<string, unknown> = { ...example };
    delete unsigned.sign;
    expect((await post(url, JSON.stringify(unsigned))).status).toBe(401);
    expect(await pkg.verifySignature('live', JSON.stringify({ ...example, sign }), {}, key)).toEqual({ ok: true });
  });

  it('refuses in strict mode what the docs\' own example gets wrong, with the violation and its doc line', async () => {
    const url = await serve(pkg.createCallbackHandler({}));
    const refused: unknown[] = [];
    for (const event of model.events.filter((e) => e.examples.some((x) => x.value !== undefined))) {
      const body = event.examples.find((x) => x.value !== undefined)!.value;
      const response = await post(url, JSON.stringify(body));
      expect([200, 400], event.id).toContain(response.status);
      if (response.status === 400) refused.push(response.body);
    }
    // the corpus has examples that break their own tables: refused with the path and the doc section of the field (exact lines are in sources.json)
    expect(refused.length).toBeGreaterThan(0);
    expect(refused).toContainEqual(expect.objectContaining({ error: 'invalid', errors: expect.arrayContaining([expect.objectContaining({ source: expect.stringMatching(/^docs-src\/.+\.(md|txt)(:\d+|#\S+)/) })]) }));
  });
});
