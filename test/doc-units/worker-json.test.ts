import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as DocUnits from '../../generator/doc-units/index.js';
import type { DocUnit } from '../../generator/model/index.js';
import type { SourceDoc } from '../../generator/sources/types.js';
import { UnitCache } from '../../generator/cache/unit-cache.js';
import { readSources } from '../../generator/sources/index.js';
import { FIXTURE_DOCS, FIXTURE_ROOT } from '../helpers/fixture-docs.js';

describe('units built on worker threads', () => {
  it('come back equal to the units built here, and hand the cache the JSON text the worker made', async () => {
    // worker threads load the compiled worker from dist/, which `npm test` builds first
    const { buildDocUnits } = (await import(new URL('../../dist/doc-units/index.js', import.meta.url).href)) as typeof DocUnits;
    const { docs } = await readSources(FIXTURE_DOCS, { root: FIXTURE_ROOT });
    const written: Array<{ file: string; unit: DocUnit; json: string | undefined }> = [];
    const cache = { get: () => Promise.resolve(undefined), set: (d: SourceDoc, unit: DocUnit, json?: string) => Promise.resolve(void written.push({ file: d.file, unit, json })) } as unknown as UnitCache;
    const single = await buildDocUnits(docs, { threads: 1 });
    const parallel = await buildDocUnits(docs, { threads: 2, parallelThreshold: 0, cache });
    expect(parallel.stats.threads).toBe(2);
    expect(JSON.stringify(parallel.units)).toBe(JSON.stringify(single.units));
    const fromWorker = written.filter((w) => w.json !== undefined);
    // the worker takes batches while this thread takes single pages: both build some
    expect(fromWorker.length).toBeGreaterThan(0);
    for (const w of fromWorker) expect(w.json).toBe(JSON.stringify(w.unit));
  });
});

describe('UnitCache.set', () => {
  it('writes the same bytes from a unit and from its JSON text', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-unit-json-'));
    try {
      const doc = { file: 'docs-src/p/zh/a.md', product: 'p', lang: 'zh', format: 'markdown', hash: 'h', text: '' } as unknown as SourceDoc;
      const unit = { source: { file: doc.file }, blocks: [{ kind: 'paragraph', text: '"引号" \\ \u2028' }] } as unknown as DocUnit;
      const read = async (cacheDir: string): Promise<string> => {
        const shard = (await readdir(path.join(cacheDir, 'units')))[0];
        return readFile(path.join(cacheDir, 'units', shard, (await readdir(path.join(cacheDir, 'units', shard)))[0]), 'utf8');
      };
      await new UnitCache(path.join(dir, 'a'), 'f').set(doc, unit);
      await new UnitCache(path.join(dir, 'b'), 'f').set(doc, unit, JSON.stringify(unit));
      expect(await read(path.join(dir, 'b'))).toBe(await read(path.join(dir, 'a')));
      expect(await new UnitCache(path.join(dir, 'b'), 'f').get(doc)).toEqual(unit);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
