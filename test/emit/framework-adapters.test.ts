import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import express from 'express';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage } from '../../generator/emit/index.js';
import { writeRunnable } from './support/emitted-package.js';
import { narrowingModel } from './support/models.js';

type Handle = (raw: string | Uint8Array, headers?: Record<string, string | string[] | undefined>) => Promise<{ status: number; body: unknown }>;
interface Package {
  createCallbackHandler(handlers: Record<string, (payload: unknown, body: unknown) => unknown>, options?: Record<string, unknown>): Handle;
}

/**
 * README's Express and Fastify snippets, run as written against a package emitted from a
 * hand-built model: both frameworks must hand the handler the raw bytes, and answer with its
 * status and body.
 */
describe('README adapters: Express and Fastify with the raw body, on 127.0.0.1', () => {
  let work: string;
  let handle: Handle;
  const seen: unknown[] = [];
  const closers: Array<() => Promise<unknown>> = [];
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-frameworks-'));
    const files = await emitPackage(narrowingModel(), [], { packageName: 'x', packageVersion: '1.0.0' });
    const pkg = (await import(pathToFileURL(await writeRunnable(files, work)).href)) as Package;
    handle = pkg.createCallbackHandler({ A: (payload) => void seen.push(payload) });
  });
  afterAll(async () => {
    for (const close of closers) await close();
    await rm(work, { recursive: true, force: true });
  });

  const post = async (url: string, body: string): Promise<{ status: number; text: string }> => {
    const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    return { status: response.status, text: await response.text() };
  };

  const expectAdapter = async (url: string): Promise<void> => {
    seen.length = 0;
    // the docs' example
    expect(await post(url, '{"EventType":"A","EventData":{"X":"AUTO"}}')).toMatchObject({ status: 200 });
    expect(seen).toEqual([{ X: 'AUTO' }]);
    const invalid = await post(url, '{"EventType":"A","EventData":{"X":"OTHER"}}');
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.text)).toMatchObject({ error: 'invalid' });
    // a duplicate key is visible only in the raw bytes: a framework that parsed the body would hide it
    const duplicate = await post(url, '{"EventType":"B","EventType":"A","EventData":{"X":"AUTO"}}');
    expect(duplicate.status).toBe(400);
    expect(await post(url, 'not json')).toMatchObject({ status: 400 });
    expect(seen).toHaveLength(1);
  };

  it('Express: express.raw() and the handler', async () => {
    const app = express();
    app.post('/callback', express.raw({ type: '*/*' }), async (req, res) => {
      const { status, body } = await handle(req.body as Buffer, req.headers);
      res.status(status).type('json').send(body === null ? '' : JSON.stringify(body));
    });
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    closers.push(() => new Promise((resolve) => server.close(resolve)));
    await expectAdapter(`http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`);
  });

  it('Fastify: a buffer content-type parser and the handler', async () => {
    const fastify = Fastify();
    fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, raw, done) => done(null, raw));
    fastify.post('/callback', async (req, reply) => {
      const { status, body } = await handle(req.body as Buffer, req.headers);
      return reply.code(status).send(body);
    });
    closers.push(() => fastify.close());
    await fastify.listen({ port: 0, host: '127.0.0.1' });
    await expectAdapter(`http://127.0.0.1:${(fastify.server.address() as AddressInfo).port}/callback`);
  });
});
