import { afterEach, describe, expect, it } from 'vitest';
import type * as DocUnits from '../../generator/doc-units/index.js';
import type * as Pool from '../../generator/doc-units/pool.js';
import type * as Spares from '../../generator/doc-units/spare-workers.js';
import type { DocUnit } from '../../generator/model/index.js';
import type { UnitCache } from '../../generator/cache/unit-cache.js';
import type { SourceDoc } from '../../generator/sources/types.js';
import { DEFAULT_LIMITS } from '../../generator/config/limits.js';
import { readSources } from '../../generator/sources/index.js';
import { FIXTURE_DOCS, FIXTURE_ROOT } from '../helpers/fixture-docs.js';

// worker threads load the compiled worker from dist/, which `npm test` builds first; the modules
// that hold the spare workers are the compiled ones too, so the pool sees the same list
const dist = (file: string): string => new URL(`../../dist/doc-units/${file}`, import.meta.url).href;
const { buildDocUnits } = (await import(dist('index.js'))) as typeof DocUnits;
const { parsePages } = (await import(dist('pool.js'))) as typeof Pool;
const { prestartWorkers, releaseSpareWorkers, spareWorkers } = (await import(dist('spare-workers.js'))) as typeof Spares;
const workerFile = new URL(dist('worker.js')).pathname;
const { docs } = await readSources(FIXTURE_DOCS, { root: FIXTURE_ROOT });
const bytes = docs.reduce((n, d) => n + d.text.length, 0);
const largest = docs.reduce((a, d, i) => (d.text.length > docs[a].text.length ? i : a), 0);

/** A cache that records which units came with a worker's JSON text (built on a worker). */
function recording(hit?: (doc: SourceDoc) => DocUnit | undefined): { cache: UnitCache; fromWorker: Set<string> } {
  const fromWorker = new Set<string>();
  const cache = { get: (d: SourceDoc) => Promise.resolve(hit?.(d)), set: (d: SourceDoc, _unit: DocUnit, json?: string) => Promise.resolve(void (json !== undefined && fromWorker.add(d.file))) } as unknown as UnitCache;
  return { cache, fromWorker };
}

async function loaded(started: Spares.ParseWorker[]): Promise<void> {
  while (!started.every((w) => w.loaded)) await new Promise((resolve) => setTimeout(resolve, 20));
}

afterEach(() => releaseSpareWorkers());

describe('parse workers started ahead (prestartWorkers)', () => {
  it('parse a corpus below the parallel threshold with this thread, to the same units, and are used up', async () => {
    expect(bytes).toBeLessThan(300_000);
    const single = await buildDocUnits(docs, { threads: 1 });
    prestartWorkers(workerFile, 1);
    expect(spareWorkers()).toBe(1);
    const { cache, fromWorker } = recording();
    const parallel = await buildDocUnits(docs, { threads: 2, cache });
    expect(parallel.stats.threads).toBe(2);
    expect(fromWorker.size).toBeGreaterThan(0);
    expect(JSON.stringify(parallel.units)).toBe(JSON.stringify(single.units));
    expect(spareWorkers()).toBe(0);
    // without one, the same corpus stays on this thread
    expect((await buildDocUnits(docs, { threads: 2 })).stats.threads).toBe(1);
  });

  it('are ended when every page comes from the cache', async () => {
    const units = (await buildDocUnits(docs, { threads: 1 })).units;
    const started = prestartWorkers(workerFile, 1);
    const exited = new Promise((resolve) => started[0].worker.once('exit', resolve));
    const { cache } = recording((d) => units[docs.indexOf(d)]);
    expect((await buildDocUnits(docs, { threads: 2, cache })).stats.cached).toBe(docs.length);
    expect(spareWorkers()).toBe(0);
    await exited;
  });
});

describe('the parse pool', () => {
  it('gives the largest page to a worker that has loaded the parser, and keeps it here while the worker loads', async () => {
    await loaded(prestartWorkers(workerFile, 1));
    const ready = await parsePages(docs, 1, workerFile, DEFAULT_LIMITS);
    expect(ready.json[largest]).toBeDefined();
    // no worker started ahead: a fresh one is still loading when the parse begins
    const fresh = await parsePages(docs, 1, workerFile, DEFAULT_LIMITS);
    expect(fresh.json[largest]).toBeUndefined();
    expect(fresh.json.some((j) => j !== undefined)).toBe(true);
    expect(JSON.stringify(fresh.units)).toBe(JSON.stringify(ready.units));
  });
});
