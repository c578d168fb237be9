import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutputDir } from '../../generator/cli/write-output.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-write-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeOutputDir reuses a file only when its bytes on disk are ours', () => {
  it('restores a hand-edited generated file of the same size, and reuses the untouched ones', async () => {
    const out = path.join(dir, 'generated');
    const manifest = path.join(dir, 'cache', 'output-manifest.json');
    const files = new Map([
      ['src/a.ts', 'export const a = 1;\n'],
      ['src/b.ts', 'export const b = 2;\n'],
    ]);
    expect(await writeOutputDir(out, files, { manifest })).toMatchObject({ written: 2, linked: 0 });
    // same size, different bytes: the manifest's hash and the size still match
    await writeFile(path.join(out, 'src/a.ts'), 'export const a = 9;\n');
    expect(await writeOutputDir(out, files, { manifest })).toMatchObject({ written: 1, linked: 1 });
    expect(await readFile(path.join(out, 'src/a.ts'), 'utf8')).toBe('export const a = 1;\n');
    expect(await readFile(path.join(out, 'src/b.ts'), 'utf8')).toBe('export const b = 2;\n');
  });

  it('rewrites a file deleted by hand and one whose manifest entry is stale', async () => {
    const out = path.join(dir, 'generated-2');
    const manifest = path.join(dir, 'cache', 'manifest-2.json');
    const files = new Map([['x.json', '{}\n']]);
    await writeOutputDir(out, files, { manifest });
    await rm(path.join(out, 'x.json'));
    expect(await writeOutputDir(out, files, { manifest })).toMatchObject({ written: 1, linked: 0 });
    expect(await writeOutputDir(out, new Map([['x.json', '[]\n']]), { manifest })).toMatchObject({ written: 1, linked: 0 });
    expect(await readFile(path.join(out, 'x.json'), 'utf8')).toBe('[]\n');
  });

  it('trusts a file whose inode, size and mtime are what it wrote, once outside the racy window', async () => {
    const out = path.join(dir, 'generated-3');
    const manifest = path.join(dir, 'cache', 'manifest-3.json');
    const files = new Map([
      ['a.txt', 'one\n'],
      ['b.txt', 'two\n'],
    ]);
    await writeOutputDir(out, files, { manifest });
    // age the files well before the manifest's time: the next run reads them once and records their stamps
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of ['a.txt', 'b.txt']) await utimes(path.join(out, f), hourAgo, hourAgo);
    expect(await writeOutputDir(out, files, { manifest })).toMatchObject({ written: 0, linked: 2 });
    // an edit that moves the mtime is caught and restored
    await writeFile(path.join(out, 'a.txt'), 'ONE\n');
    // an edit that deliberately puts the old mtime back (same inode, same size) is trusted, as git does: nothing reads it
    const before = await stat(path.join(out, 'b.txt'));
    await writeFile(path.join(out, 'b.txt'), 'TWO\n');
    await utimes(path.join(out, 'b.txt'), before.atime, before.mtime);
    expect(await writeOutputDir(out, files, { manifest })).toMatchObject({ written: 1, linked: 1 });
    expect(await readFile(path.join(out, 'a.txt'), 'utf8')).toBe('one\n');
    expect(await readFile(path.join(out, 'b.txt'), 'utf8')).toBe('TWO\n');
  });

  it('a file a cold run wrote is trusted by its stamp next time, not read back', async () => {
    const out = path.join(dir, 'generated-7');
    const manifest = path.join(dir, 'cache', 'manifest-7.json');
    const files = new Map([
      ['a.txt', 'one\n'],
      ['b.txt', 'two\n'],
    ]);
    expect(await writeOutputDir(out, files, { manifest })).toMatchObject({ written: 2 });
    // an edit whose stamp the manifest is made to hold (as if the edit kept inode, size and
    // mtime) is invisible without a read: proof that nothing read the file back
    await writeFile(path.join(out, 'b.txt'), 'TWO\n');
    const s = await stat(path.join(out, 'b.txt'), { bigint: true });
    const data = JSON.parse(await readFile(manifest, 'utf8')) as { writtenAt: number; files: Record<string, string>; stamps: Record<string, string> };
    expect(Object.keys(data.files).sort()).toEqual(['a.txt', 'b.txt']);
    // as if that run were long ago: its stamps are outside the racy window
    await writeFile(manifest, JSON.stringify({ ...data, writtenAt: Date.now() + 3_600_000, stamps: { ...data.stamps, 'b.txt': `${s.ino}:${s.size}:${s.mtimeNs}` } }));
    expect(await writeOutputDir(out, files, { manifest })).toMatchObject({ written: 0, linked: 2, swapped: false });
    expect(await readFile(path.join(out, 'b.txt'), 'utf8')).toBe('TWO\n');
  });

  it('a file rewritten because its length changed is compared by its bytes next time, never trusted by its stamp alone', async () => {
    const out = path.join(dir, 'generated-4');
    const manifest = path.join(dir, 'cache', 'manifest-4.json');
    await writeOutputDir(out, new Map([['a.txt', 'aaaa\n']]), { manifest });
    // another length: written without hashing
    expect(await writeOutputDir(out, new Map([['a.txt', 'bbbbbb\n']]), { manifest })).toMatchObject({ written: 1 });
    // as if the last run were long ago: its stamps are outside the racy window
    const data = JSON.parse(await readFile(manifest, 'utf8')) as { writtenAt: number };
    await writeFile(manifest, JSON.stringify({ ...data, writtenAt: Date.now() + 3_600_000 }));
    // same length, other bytes: the stamp matches, but there is no hash to vouch for the bytes
    expect(await writeOutputDir(out, new Map([['a.txt', 'cccccc\n']]), { manifest })).toMatchObject({ written: 1, swapped: true });
    expect(await readFile(path.join(out, 'a.txt'), 'utf8')).toBe('cccccc\n');
  });
});

describe('writeOutputDir swaps nothing when the output is already current', () => {
  it('leaves the folder in place when every file is ours and current; a hand edit or a dropped file is a swap', async () => {
    const out = path.join(dir, 'generated-5');
    const manifest = path.join(dir, 'cache', 'manifest-5.json');
    const files = new Map([
      ['src/a.ts', 'export const a = 1;\n'],
      ['src/b.ts', 'export const b = 2;\n'],
    ]);
    await writeOutputDir(out, files, { manifest });
    const folder = (await stat(out)).ino;
    expect(await writeOutputDir(out, files, { manifest })).toMatchObject({ written: 0, linked: 2, removed: 0, swapped: false });
    expect((await stat(out)).ino).toBe(folder);
    // a hand edit of the same size is restored by a swap
    await writeFile(path.join(out, 'src/b.ts'), 'export const b = 3;\n');
    expect(await writeOutputDir(out, files, { manifest })).toMatchObject({ written: 1, linked: 1, swapped: true });
    expect(await readFile(path.join(out, 'src/b.ts'), 'utf8')).toBe('export const b = 2;\n');
    // a file the new output no longer has is removed
    expect(await writeOutputDir(out, new Map([['src/a.ts', files.get('src/a.ts')!]]), { manifest })).toMatchObject({ written: 0, removed: 1, swapped: true });
    await expect(stat(path.join(out, 'src/b.ts'))).rejects.toThrow();
  });

  it('rewrites an output marker edited by hand', async () => {
    const out = path.join(dir, 'generated-6');
    const manifest = path.join(dir, 'cache', 'manifest-6.json');
    const files = new Map([['a.txt', 'one\n']]);
    await writeOutputDir(out, files, { manifest });
    await writeFile(path.join(out, '.docs2ts-output.json'), '{"tool":"docs2ts","files":["a.txt"]}\n');
    expect(await writeOutputDir(out, files, { manifest })).toMatchObject({ swapped: true });
    expect(await readFile(path.join(out, '.docs2ts-output.json'), 'utf8')).not.toBe('{"tool":"docs2ts","files":["a.txt"]}\n');
  });
});
