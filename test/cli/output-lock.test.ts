import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFolders } from '../helpers/case-folders.js';
import { OUTPUT_MARKER, OutputFolderError, markerContents } from '../../generator/cli/output-folder.js';
import { acquireOutputLock, lockPath, recoverOutputDir } from '../../generator/cli/output-lock.js';
import { writeOutputDir } from '../../generator/cli/write-output.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');

const { folder } = caseFolders('docs2ts-lock-');

/** An output folder as a run leaves it: files plus the marker listing them. */
async function output(dir: string, files: Record<string, string>, extra: Record<string, string> = {}): Promise<void> {
  for (const [rel, text] of Object.entries({ ...files, ...extra })) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
  await writeFile(path.join(dir, OUTPUT_MARKER), markerContents(Object.keys(files)));
}

const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid;
const files = new Map([['a.txt', 'new a\n']]);

describe('the output lock', () => {
  it('takes over a stale lock whose process is gone, and releases its own', async () => {
    const out = path.join(await folder(), 'out');
    await writeFile(lockPath(out), JSON.stringify({ pid: deadPid(), host: os.hostname(), started: '2026-01-01T00:00:00.000Z' }));
    await writeOutputDir(out, files, { lockWaitMs: 0 });
    expect(await readFile(path.join(out, 'a.txt'), 'utf8')).toBe('new a\n');
    await expect(readFile(lockPath(out))).rejects.toThrow();
  });

  it('waits for a live lock, then refuses with the holder named, writing nothing', async () => {
    const out = path.join(await folder(), 'out');
    const release = await acquireOutputLock(out);
    const started = Date.now();
    const error = await writeOutputDir(out, files, { lockWaitMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputFolderError);
    expect((error as Error).message).toContain(`process ${process.pid} on ${os.hostname()}`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(await readdir(path.dirname(out))).toEqual(['out.lock']);
    await release();
    expect(await readdir(path.dirname(out))).toEqual([]);
  });

  it('lets a waiting run through once the holder releases', async () => {
    const out = path.join(await folder(), 'out');
    const release = await acquireOutputLock(out);
    setTimeout(() => void release(), 200);
    await writeOutputDir(out, files, { lockWaitMs: 5_000 });
    expect(await readFile(path.join(out, 'a.txt'), 'utf8')).toBe('new a\n');
  });
});

describe('recovery from a killed run', () => {
  it('restores a missing output folder from out.old-PID, and removes temp folders without the marker', async () => {
    const dir = await folder();
    await output(path.join(dir, 'out.old-4242'), { 'a.txt': 'old a\n' });
    await mkdir(path.join(dir, 'out.tmp-4343/x'), { recursive: true });
    await writeFile(path.join(dir, 'out.tmp-4343/x/half.txt'), 'half');
    const result = await recoverOutputDir(path.join(dir, 'out'));
    expect(result).toEqual({ restored: path.join(dir, 'out.old-4242'), removed: [path.join(dir, 'out.tmp-4343')] });
    expect((await readdir(dir)).sort()).toEqual(['out']);
    expect(await readFile(path.join(dir, 'out/a.txt'), 'utf8')).toBe('old a\n');
  });

  it('prefers a complete temp folder (killed between the two renames: it holds the user files)', async () => {
    const dir = await folder();
    await output(path.join(dir, 'out.old-4242'), { 'a.txt': 'old a\n' });
    await output(path.join(dir, 'out.tmp-4242'), { 'a.txt': 'new a\n' }, { 'notes/mine.md': 'user' });
    await recoverOutputDir(path.join(dir, 'out'));
    expect((await readdir(dir)).sort()).toEqual(['out']);
    expect(await readFile(path.join(dir, 'out/a.txt'), 'utf8')).toBe('new a\n');
    expect(await readFile(path.join(dir, 'out/notes/mine.md'), 'utf8')).toBe('user');
  });

  it('gives user files back from a temp folder when the output is there, and leaves folders that are not ours', async () => {
    const dir = await folder();
    await output(path.join(dir, 'out'), { 'a.txt': 'a\n' });
    await output(path.join(dir, 'out.tmp-4242'), { 'a.txt': 'new a\n' }, { 'notes/mine.md': 'user' });
    await mkdir(path.join(dir, 'out.old-2023'));
    await writeFile(path.join(dir, 'out.old-2023/keep.txt'), 'a user folder that only looks like ours');
    await output(path.join(dir, 'out.old-4343'), { 'a.txt': 'older\n' });
    const result = await recoverOutputDir(path.join(dir, 'out'));
    expect(result.restored).toBeUndefined();
    expect((await readdir(dir)).sort()).toEqual(['out', 'out.old-2023']);
    expect(await readFile(path.join(dir, 'out/a.txt'), 'utf8')).toBe('a\n');
    expect(await readFile(path.join(dir, 'out/notes/mine.md'), 'utf8')).toBe('user');
  });
});

const PAGE = '### Started\n\n**EventType**\n\n`Started`\n\n**EventData**\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| RoomId | Integer | 房间号 |\n';

describe('generate with leftovers and a concurrent run', () => {
  it('cleans a killed run’s leftovers and says so', async () => {
    const dir = await folder();
    await mkdir(path.join(dir, 'docs/demo/zh'), { recursive: true });
    await writeFile(path.join(dir, 'docs/demo/zh/p.md'), PAGE);
    expect(spawnSync(process.execPath, [cli, 'generate', '--docs', 'docs', '--out', 'out', '--quiet'], { cwd: dir }).status).toBe(0);
    const { rename } = await import('node:fs/promises');
    await rename(path.join(dir, 'out'), path.join(dir, 'out.old-999999'));
    await mkdir(path.join(dir, 'out.tmp-999998'));
    const run = spawnSync(process.execPath, [cli, 'generate', '--docs', 'docs', '--out', 'out', '--quiet'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/restored it from .*out\.old-999999/);
    expect(run.stderr).toMatch(/removed 1 folder\(s\) left by interrupted runs/);
    expect((await readdir(dir)).sort()).toEqual(['.docs2ts-cache', 'docs', 'out']);
  }, 60_000);

  it('two runs into one folder both end cleanly with one complete output', async () => {
    const dir = await folder();
    await mkdir(path.join(dir, 'docs/demo/zh'), { recursive: true });
    await writeFile(path.join(dir, 'docs/demo/zh/p.md'), PAGE);
    const runOnce = (): Promise<{ code: number | null; stderr: string }> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [cli, 'generate', '--docs', 'docs', '--out', 'out', '--quiet'], { cwd: dir });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const runs = await Promise.all([runOnce(), runOnce()]);
    expect(runs.map((r) => [r.code, r.stderr])).toEqual([[0, ''], [0, '']]);
    expect((await readdir(dir)).sort()).toEqual(['.docs2ts-cache', 'docs', 'out']);
    const marker = JSON.parse(await readFile(path.join(dir, 'out', OUTPUT_MARKER), 'utf8')) as { files: string[] };
    for (const rel of marker.files) await readFile(path.join(dir, 'out', rel));
    expect(marker.files).toContain('model.json');
  }, 90_000);
});
