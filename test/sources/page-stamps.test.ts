import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../generator/sources/index.js';
import { PageStamps } from '../../generator/sources/page-stamps.js';

const ZH = '## 回调事件\n\n| 参数名称 | 类型 | 描述 |\n| --- | --- | --- |\n| RoomId | String | 房间的唯一标识 |\n';
const EN = 'Room events\nParameter | Type | Description\nRoomId | String | The room the event happened in.\n';

const HOUR_AGO = Math.floor(Date.now() / 1000) - 3600;
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-stamps-'));
});
afterAll(async () => rm(tmp, { recursive: true, force: true }));

async function folder(name: string, files: Record<string, string>): Promise<{ docs: string; store: string }> {
  const docs = path.join(tmp, name, 'docs');
  for (const [rel, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(docs, rel)), { recursive: true });
    await writeFile(path.join(docs, rel), contents);
    // a whole-second mtime an hour ago, which a test can put back exactly after changing the bytes
    await utimes(path.join(docs, rel), HOUR_AGO, HOUR_AGO);
  }
  return { docs, store: path.join(tmp, name, 'cache', 'page-stamps.json') };
}

/** One run as the pipeline does it: load the stamps, read, save. */
async function read(docs: string, store: string, generator = 'g1') {
  const stamps = await PageStamps.load(store, docs, generator);
  const set = await readSources(docs, { root: path.dirname(docs), stamps });
  await stamps.save();
  return set;
}

/** Pretend the last run saved its stamps an hour from now: every stamp is outside the racy window. */
async function ageStore(store: string): Promise<void> {
  const data = JSON.parse(await readFile(store, 'utf8')) as Record<string, unknown>;
  await writeFile(store, JSON.stringify({ ...data, savedAt: Date.now() + 3_600_000 }));
}

/** Replaces a page's bytes keeping its inode, size and (whole-second) mtime: only a read can tell. */
async function swapBytesKeepingStamp(file: string, contents: string, mtime = HOUR_AGO): Promise<void> {
  await writeFile(file, contents);
  await utimes(file, mtime, mtime);
}

describe('page stamps: an unchanged page is not read again', () => {
  it('trusts a page whose stamp is unchanged and old enough, reads one whose stamp moved, and reads its text on demand', async () => {
    const { docs, store } = await folder('trust', { 'p/zh/a.md': ZH, 'p/en/b.txt': EN });
    const first = await read(docs, store);
    await ageStore(store);
    const a = path.join(docs, 'p/zh/a.md');
    // same length, same mtime: trusted by its stamp, so the hash is the one the last run took
    await swapBytesKeepingStamp(a, ZH.replace('RoomId', 'RoomID'));
    const second = await read(docs, store);
    const hashOf = (set: typeof first, f: string) => set.docs.find((d) => d.file.endsWith(f))!.hash;
    expect(hashOf(second, 'a.md')).toBe(hashOf(first, 'a.md'));
    expect(second.docs.map((d) => [d.file, d.lang, d.format, d.product])).toEqual(first.docs.map((d) => [d.file, d.lang, d.format, d.product]));
    // the text of a trusted page is read when asked for (a page the unit cache does not hold)
    expect(second.docs.find((d) => d.file.endsWith('a.md'))!.text).toContain('RoomID');
    // an edit that moves the mtime is read and hashed
    await writeFile(a, ZH.replace('RoomId', 'RoomKey'));
    await ageStore(store);
    const third = await read(docs, store);
    expect(hashOf(third, 'a.md')).not.toBe(hashOf(first, 'a.md'));
    expect(hashOf(third, 'b.txt')).toBe(hashOf(first, 'b.txt'));
  });

  it('reads a page stamped within the racy window of the last run, and any page when the generator changed', async () => {
    const { docs, store } = await folder('racy', { 'p/zh/a.md': ZH });
    const a = path.join(docs, 'p/zh/a.md');
    const now = Math.floor(Date.now() / 1000);
    await utimes(a, now, now);
    const first = await read(docs, store);
    // the last run saved within 2 s of the page's mtime: a same-tick edit keeps the stamp, so the stamp proves nothing
    await swapBytesKeepingStamp(a, ZH.replace('RoomId', 'RoomID'), now);
    const second = await read(docs, store);
    expect(second.docs[0].hash).not.toBe(first.docs[0].hash);
    await ageStore(store);
    await swapBytesKeepingStamp(a, ZH.replace('RoomId', 'RoomXD'), now);
    expect((await read(docs, store, 'g2')).docs[0].hash).not.toBe(second.docs[0].hash);
  });

  it('reports what the text showed (an empty page) again on a trusted page, and the manifest still names language and format', async () => {
    const { docs, store } = await folder('notes', { 'p/zh/empty.md': '\n', 'p/x/page.txt': EN });
    const first = await read(docs, store);
    await ageStore(store);
    await writeFile(path.join(docs, 'manifest.json'), JSON.stringify({ documents: [{ file: 'p/x/page.txt', lang: 'zh', format: 'markdown' }] }));
    const second = await read(docs, store);
    expect(second.diagnostics.map((d) => [d.code, d.file])).toEqual(first.diagnostics.map((d) => [d.code, d.file]));
    expect(second.diagnostics.map((d) => d.code)).toContain('empty-document');
    const page = second.docs.find((d) => d.file.endsWith('page.txt'))!;
    expect([page.lang, page.format, page.detected.lang]).toEqual(['zh', 'markdown', false]);
    expect(first.docs.find((d) => d.file.endsWith('page.txt'))!.lang).toBe('en');
  });

  it('ignores a corrupt store and a store of another docs folder', async () => {
    const { docs, store } = await folder('corrupt', { 'p/zh/a.md': ZH });
    await read(docs, store);
    await writeFile(store, '{"docsDir": ');
    expect((await read(docs, store)).docs).toHaveLength(1);
    const other = await folder('other', { 'p/zh/a.md': EN });
    await ageStore(store);
    // the other folder's page has the same relative path, never the same reading
    const set = await read(other.docs, store);
    expect(set.docs[0].text).toBe(EN);
    expect(set.docs[0].lang).toBe('en');
  });
});
