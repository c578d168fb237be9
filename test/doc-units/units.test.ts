import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type * as Pipeline from '../../generator/pipeline.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModelFromDocs } from '../../generator/pipeline.js';
import { FIXTURE_DOCS, FIXTURE_ROOT } from '../helpers/fixture-docs.js';

const page = (event: string) => `## ${event}

**EventType**

\`${event}\`

**EventData**

| 参数名 | 类型 | 描述 |
| --- | --- | --- |
| RoomId | String | 房间 ID |
| Stream | [Stream](#stream) | 流 |

<span id="stream"></span>

Stream

| 参数名称 | 类型 | 描述 |
| --- | --- | --- |
| UserId | String | 用户 |
`;

describe('per-document units and their cache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-units-'));
    await writeFile(path.join(dir, 'a.md'), '');
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  async function docs(): Promise<string> {
    const docsDir = path.join(dir, 'docs');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(docsDir, 'p', 'zh'), { recursive: true });
    await writeFile(path.join(docsDir, 'p', 'zh', 'one.md'), page('FirstEvent'));
    await writeFile(path.join(docsDir, 'p', 'zh', 'two.md'), page('SecondEvent'));
    return docsDir;
  }

  it('reuses unchanged pages and rebuilds the changed one, with the same model as a cold run', async () => {
    const docsDir = await docs();
    const cacheDir = path.join(dir, 'cache');
    const cold = await buildModelFromDocs(docsDir, { root: dir, cacheDir });
    expect(cold.unitStats).toMatchObject({ cached: 0, built: 2 });
    const warm = await buildModelFromDocs(docsDir, { root: dir, cacheDir });
    expect(warm.unitStats).toMatchObject({ cached: 2, built: 0 });
    expect(JSON.stringify(warm.model)).toBe(JSON.stringify(cold.model));

    await writeFile(path.join(docsDir, 'p', 'zh', 'two.md'), page('RenamedEvent'));
    const changed = await buildModelFromDocs(docsDir, { root: dir, cacheDir });
    expect(changed.unitStats).toMatchObject({ cached: 1, built: 1 });
    expect(changed.model.events.map((e) => e.eventType)).toEqual(['FirstEvent', 'RenamedEvent']);
  });

  it('ignores a corrupt cache entry and rebuilds it', async () => {
    const docsDir = await docs();
    const cacheDir = path.join(dir, 'cache');
    const cold = await buildModelFromDocs(docsDir, { root: dir, cacheDir });
    const shards = await readdir(path.join(cacheDir, 'units'));
    for (const shard of shards) {
      for (const f of await readdir(path.join(cacheDir, 'units', shard))) await writeFile(path.join(cacheDir, 'units', shard, f), '{"key": "nope", "unit":');
    }
    const again = await buildModelFromDocs(docsDir, { root: dir, cacheDir });
    expect(again.unitStats).toMatchObject({ cached: 0, built: 2 });
    expect(JSON.stringify(again.model)).toBe(JSON.stringify(cold.model));
    const rewritten = await readFile(path.join(cacheDir, 'units', shards[0], (await readdir(path.join(cacheDir, 'units', shards[0])))[0]), 'utf8');
    expect(() => JSON.parse(rewritten)).not.toThrow();
  });

  it('keeps the units pristine when the passes run on them: what the run returns is what the cache holds', async () => {
    const docsDir = await docs();
    const cacheDir = path.join(dir, 'cache');
    const cold = await buildModelFromDocs(docsDir, { root: dir, cacheDir });
    const warm = await buildModelFromDocs(docsDir, { root: dir, cacheDir });
    expect(warm.unitStats).toMatchObject({ cached: 2, built: 0 });
    // the cache is written before the passes run; a pass that edits a draft in place makes the returned units differ from it
    const onDisk = [];
    for (const shard of (await readdir(path.join(cacheDir, 'units'))).sort()) {
      for (const f of (await readdir(path.join(cacheDir, 'units', shard))).sort()) onDisk.push((JSON.parse(await readFile(path.join(cacheDir, 'units', shard, f), 'utf8')) as { unit: unknown }).unit);
    }
    const byFile = (units: Array<{ source: { file: string } }>) => JSON.stringify([...units].sort((a, b) => (a.source.file < b.source.file ? -1 : 1)));
    expect(byFile(cold.units)).toBe(byFile(onDisk as typeof cold.units));
    expect(byFile(warm.units)).toBe(byFile(onDisk as typeof cold.units));
    expect(JSON.stringify(warm.units)).toContain('"struct":"draft:');
  });
});

describe('worker-thread parsing', () => {
  it('gives the same model as one thread (compiled build, as the CLI runs it)', async () => {
    // worker threads load the compiled worker from dist/, which `npm test` builds first
    const compiled = (await import(new URL('../../dist/pipeline.js', import.meta.url).href)) as typeof Pipeline;
    const single = await compiled.buildModelFromDocs(FIXTURE_DOCS, { root: FIXTURE_ROOT, threads: 1 });
    const parallel = await compiled.buildModelFromDocs(FIXTURE_DOCS, { root: FIXTURE_ROOT, threads: 2, parallelThreshold: 0 });
    expect(parallel.unitStats.threads).toBe(2);
    expect(JSON.stringify(parallel.model)).toBe(JSON.stringify(single.model));
  });
});
