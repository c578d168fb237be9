import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFolders } from '../helpers/case-folders.js';
import { markerContents, OUTPUT_MARKER, readMarker } from '../../generator/cli/output-folder.js';
import { recoverOutputDir } from '../../generator/cli/output-lock.js';
import { readJournal, stageUpdate, stagingPath, UPDATE_JOURNAL } from '../../generator/cli/update-in-place.js';
import { writeOutputDir } from '../../generator/cli/write-output.js';

const { folder, root } = caseFolders('docs2ts-inplace-');

/** Ten files in three folders: one changed file is well under the half that makes a whole new folder. */
function tenFiles(tag = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (let i = 0; i < 10; i++) files.set(`${['src', 'schemas/a', 'fixtures/b'][i % 3]}/f${i}.txt`, `file ${i}\n`);
  if (tag) files.set('src/f0.txt', `file 0 ${tag}\n`);
  return files;
}

/** Every file under `dir` (relative paths) with its contents. */
async function snapshot(dir: string, rel = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, await snapshot(dir, r));
    else out[r] = await readFile(path.join(dir, r), 'utf8');
  }
  return out;
}

/** What a cold write of `files` into an empty folder leaves. */
async function cold(files: Map<string, string>): Promise<Record<string, string>> {
  const out = path.join(await folder(), 'out');
  await writeOutputDir(out, files);
  return snapshot(out);
}

describe('writeOutputDir updates few changes in place', () => {
  it('rewrites only the changed file, in the same folder, and leaves the user files and nothing else behind', async () => {
    const dir = await folder();
    const out = path.join(dir, 'out');
    const manifest = path.join(dir, 'cache', 'manifest.json');
    await writeOutputDir(out, tenFiles(), { manifest });
    await writeFile(path.join(out, 'src/mine.md'), 'user notes');
    const folderIno = (await stat(out)).ino;
    const untouched = (await stat(path.join(out, 'src/f3.txt'))).ino;
    const result = await writeOutputDir(out, tenFiles('edited'), { manifest });
    expect(result).toMatchObject({ written: 1, linked: 9, removed: 0, swapped: true });
    // in place: the folder and an unchanged file are the same inodes (a swap makes a new folder)
    expect((await stat(out)).ino).toBe(folderIno);
    expect((await stat(path.join(out, 'src/f3.txt'))).ino).toBe(untouched);
    expect(await snapshot(out)).toEqual({ ...(await cold(tenFiles('edited'))), 'src/mine.md': 'user notes' });
    expect((await readdir(dir)).sort()).toEqual(['cache', 'out']);
  });

  it('removes a dropped file and the folder it leaves empty, but not a folder holding a user file', async () => {
    const dir = await folder();
    const out = path.join(dir, 'out');
    const files = tenFiles();
    files.set('gone/only.txt', 'x\n');
    files.set('kept/also.txt', 'y\n');
    const manifest = path.join(dir, 'manifest.json');
    await writeOutputDir(out, files, { manifest });
    await writeFile(path.join(out, 'kept/mine.md'), 'user');
    const next = tenFiles();
    const result = await writeOutputDir(out, next, { manifest });
    expect(result).toMatchObject({ written: 0, removed: 2, swapped: true });
    expect(await snapshot(out)).toEqual({ ...(await cold(next)), 'kept/mine.md': 'user' });
    await expect(stat(path.join(out, 'gone'))).rejects.toThrow();
    expect((await readMarker(out))?.files).toEqual([...next.keys()].sort());
  });

  it('restores a hand-edited file in place, and swaps a whole new folder when most files change', async () => {
    const dir = await folder();
    const out = path.join(dir, 'out');
    const manifest = path.join(dir, 'manifest.json');
    await writeOutputDir(out, tenFiles(), { manifest });
    await writeFile(path.join(out, 'src/f3.txt'), 'file 9\n');
    const ino = (await stat(out)).ino;
    expect(await writeOutputDir(out, tenFiles(), { manifest })).toMatchObject({ written: 1, linked: 9 });
    expect((await stat(out)).ino).toBe(ino);
    expect(await readFile(path.join(out, 'src/f3.txt'), 'utf8')).toBe('file 3\n');
    const other = new Map([...tenFiles()].map(([rel, text]) => [rel, `${text}changed\n`]));
    expect(await writeOutputDir(out, other, { manifest })).toMatchObject({ written: 10, linked: 0 });
    expect((await stat(out)).ino).not.toBe(ino);
    expect(await snapshot(out)).toEqual(await cold(other));
  });
});

/** OUT with tenFiles() and a staged, committed update to tenFiles('edited') plus a new file and one dropped. */
async function committedUpdate(): Promise<{ out: string; staging: string; next: Map<string, string>; manifest: string }> {
  const dir = await folder();
  const out = path.join(dir, 'out');
  const manifest = path.join(root(), `manifest-${path.basename(dir)}.json`);
  await writeOutputDir(out, tenFiles(), { manifest });
  await writeFile(path.join(out, 'src/mine.md'), 'user notes');
  const next = tenFiles('edited');
  next.delete('fixtures/b/f2.txt');
  next.set('new/added.txt', 'added\n');
  const staging = stagingPath(out, 4242);
  await stageUpdate(
    staging,
    [
      ['new/added.txt', 'added\n'],
      ['src/f0.txt', 'file 0 edited\n'],
    ],
    { remove: ['fixtures/b/f2.txt'], marker: markerContents(next.keys()), during: markerContents(new Set([...tenFiles().keys(), ...next.keys()])) },
  );
  return { out, staging, next, manifest };
}

describe('recovery of an in-place update cut short', () => {
  it('killed before the journal is committed: the old output stays, the staging folder goes', async () => {
    const dir = await folder();
    const out = path.join(dir, 'out');
    await writeOutputDir(out, tenFiles());
    const staging = stagingPath(out, 4343);
    await mkdir(path.join(staging, 'src'), { recursive: true });
    await writeFile(path.join(staging, '.docs2ts-staging'), '');
    await writeFile(path.join(staging, 'src/f0.txt'), 'half');
    const result = await recoverOutputDir(out);
    expect(result).toEqual({ removed: [staging] });
    expect(await snapshot(out)).toEqual(await cold(tenFiles()));
    expect(await readdir(dir)).toEqual(['out']);
  });

  it('killed after the commit, before anything moved: the next run finishes the update', async () => {
    const { out, staging, next } = await committedUpdate();
    expect(await readJournal(staging)).toMatchObject({ write: ['new/added.txt', 'src/f0.txt'], remove: ['fixtures/b/f2.txt'] });
    const result = await recoverOutputDir(out);
    expect(result).toEqual({ removed: [], rolledForward: [staging] });
    expect(await snapshot(out)).toEqual({ ...(await cold(next)), 'src/mine.md': 'user notes' });
    expect(await readdir(path.dirname(out))).toEqual(['out']);
  });

  it('killed halfway through the moves: the folder is wholly ours meanwhile, and the next write finishes and goes on', async () => {
    const { out, staging, next, manifest } = await committedUpdate();
    // as a run killed after the widened marker, the removal and one move leaves it
    const journal = (await readJournal(staging))!;
    await writeFile(path.join(out, OUTPUT_MARKER), journal.during);
    await rm(path.join(out, 'fixtures/b/f2.txt'));
    await mkdir(path.join(out, 'new'));
    await rename(path.join(staging, 'new/added.txt'), path.join(out, 'new/added.txt'));
    // every file in OUT is ours or the user's: a new run is not refused as overwriting files it did not write
    const after = new Map(next);
    after.set('src/f5.txt', 'file 5 later\n');
    const result = await writeOutputDir(out, after, { manifest });
    expect(result.recovered).toEqual({ removed: [], rolledForward: [staging] });
    // f5, and the two files the recovery moved in, which the manifest of the last complete run does not know
    expect(result).toMatchObject({ written: 3, linked: 8 });
    expect(await snapshot(out)).toEqual({ ...(await cold(after)), 'src/mine.md': 'user notes' });
    expect(await readdir(path.dirname(out))).toEqual(['out']);
  });

  it('a committed update of an output folder that is gone is dropped, not applied to nothing', async () => {
    const { out, staging } = await committedUpdate();
    await rm(out, { recursive: true });
    expect(await recoverOutputDir(out)).toEqual({ removed: [staging] });
    expect(await readdir(path.dirname(out))).toEqual([]);
  });

  it('leaves a folder named like a staging folder that is not ours, and never trusts a journal path outside OUT', async () => {
    const dir = await folder();
    const out = path.join(dir, 'out');
    await writeOutputDir(out, tenFiles());
    await mkdir(path.join(dir, 'out.upd-2023'));
    await writeFile(path.join(dir, 'out.upd-2023/keep.txt'), 'a user folder that only looks like ours');
    const evil = stagingPath(out, 4444);
    await mkdir(evil);
    await writeFile(path.join(evil, '.docs2ts-staging'), '');
    await writeFile(path.join(evil, UPDATE_JOURNAL), JSON.stringify({ tool: 'docs2ts', write: ['../escaped.txt'], remove: ['../out.upd-2023/keep.txt'], marker: '', during: '' }));
    await writeFile(path.join(evil, '../escaped.txt'.replace('../', '')), 'x');
    expect(await recoverOutputDir(out)).toEqual({ removed: [evil] });
    expect((await readdir(dir)).sort()).toEqual(['out', 'out.upd-2023']);
    expect(await readFile(path.join(dir, 'out.upd-2023/keep.txt'), 'utf8')).toContain('user folder');
    expect(await snapshot(out)).toEqual(await cold(tenFiles()));
  });
});
