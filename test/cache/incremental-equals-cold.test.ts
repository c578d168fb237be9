import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutputDir } from '../../generator/cli/write-output.js';
import { OUTPUT_MARKER } from '../../generator/shared/output-marker.js';
import { generateAll } from '../../generator/pipeline.js';

// Incremental runs (page cache, emit memo, writer reuse by stamp) must leave exactly what a cold
// run makes, after every kind of edit: a retype, a new page, a removed page, an edit undone, a
// hand-edited output. Each step regenerates incrementally into one folder and compares every
// file on disk with a cold run (no cache) of the same docs.

const page = (event: string, roomType: string) => `## ${event}

**EventType**

\`${event}\`

**EventData**

| 参数名 | 类型 | 描述 |
| --- | --- | --- |
| RoomId | ${roomType} | 房间 ID |
| Stream | [Stream](#stream) | 流 |

<span id="stream"></span>

Stream

| 参数名称 | 类型 | 描述 |
| --- | --- | --- |
| UserId | String | 用户 |
`;

let dir: string;
let docsDir: string;
let out: string;
let cacheDir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-incremental-'));
  docsDir = path.join(dir, 'docs');
  out = path.join(dir, 'generated');
  cacheDir = path.join(dir, 'cache');
  await mkdir(path.join(docsDir, 'p', 'zh'), { recursive: true });
  await writeFile(path.join(docsDir, 'p', 'zh', 'one.md'), page('FirstEvent', 'String'));
  await writeFile(path.join(docsDir, 'p', 'zh', 'two.md'), page('SecondEvent', 'String'));
  // a real product next to it: pages of three shapes, two languages
  await cp(path.join(process.cwd(), 'docs-src', 'tiw'), path.join(docsDir, 'tiw'), { recursive: true });
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function onDisk(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (d: string, rel: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(d, e.name), r);
      else if (r !== OUTPUT_MARKER) files.set(r, await readFile(path.join(d, e.name), 'utf8'));
    }
  };
  await walk(folder, '');
  return files;
}

/**
 * One incremental update into `out`, then the same docs cold: every output file must be the same,
 * and the marker must list them. Says whether the update was made in place (same folder).
 */
async function expectIncrementalEqualsCold(): Promise<boolean> {
  const folder = await stat(out).then((s) => s.ino, () => undefined);
  const incremental = await generateAll(docsDir, { root: dir, cacheDir });
  await writeOutputDir(out, incremental.files, { manifest: path.join(cacheDir, 'output-manifest.json') });
  const cold = await generateAll(docsDir, { root: dir });
  const written = await onDisk(out);
  expect([...written.keys()].sort()).toEqual([...cold.files.keys()].sort());
  for (const [rel, contents] of cold.files) expect(written.get(rel), rel).toBe(contents);
  expect((JSON.parse(await readFile(path.join(out, OUTPUT_MARKER), 'utf8')) as { files: string[] }).files).toEqual([...cold.files.keys()].sort());
  return (await stat(out)).ino === folder;
}

describe('an incremental run leaves what a cold run makes', () => {
  it('after a retype, a new page, a removed page, an undone edit, an edited scraped page and a hand-edited output', async () => {
    await expectIncrementalEqualsCold();
    // a field retyped on one page
    await writeFile(path.join(docsDir, 'p', 'zh', 'one.md'), page('FirstEvent', 'Integer'));
    // few files change: they are updated in place (update-in-place.ts), not swapped in a new folder
    expect(await expectIncrementalEqualsCold()).toBe(true);
    expect((await readFile(path.join(out, 'src', 'types.ts'), 'utf8')).match(/RoomId\??: number/g)?.length).toBeGreaterThan(0);
    // a page added, another removed: no stale event survives
    await writeFile(path.join(docsDir, 'p', 'zh', 'three.md'), page('ThirdEvent', 'String'));
    await rm(path.join(docsDir, 'p', 'zh', 'two.md'));
    expect(await expectIncrementalEqualsCold()).toBe(true);
    expect(await readFile(path.join(out, 'src', 'types.ts'), 'utf8')).not.toMatch(/SecondEvent/);
    // the retype undone: the earlier results come back from the cache
    await writeFile(path.join(docsDir, 'p', 'zh', 'one.md'), page('FirstEvent', 'String'));
    await expectIncrementalEqualsCold();
    // a scraped page of the real product edited
    const scraped = path.join(docsDir, 'tiw', 'en', 'callbacks-whiteboard-push.txt');
    await writeFile(scraped, `${await readFile(scraped, 'utf8')}\nEdited: one more line of text.\n`);
    await expectIncrementalEqualsCold();
    // a generated file edited by hand, to the same length: restored
    const types = path.join(out, 'src', 'types.ts');
    const text = await readFile(types, 'utf8');
    await writeFile(types, text.replace('RoomId', 'RoomID'));
    await expectIncrementalEqualsCold();
  }, 600_000);
});
