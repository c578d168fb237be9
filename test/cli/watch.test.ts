import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_DOCS } from '../helpers/fixture-docs.js';

/*
 * The real CLI, spawned: `docs2ts watch --docs DOCS --out OUT` on a small copy of two products.
 * The machine is slow and shared, so every wait polls with a generous timeout.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = path.join(root, 'bin/docs2ts.js');
const faults = path.join(root, 'test/helpers/fs-faults.mjs');
const WAIT = 90_000;

interface Watch {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Waits until the stream matches, failing with both streams when it does not in time. */
  until(stream: 'stdout' | 'stderr', pattern: RegExp, ms?: number): Promise<void>;
  /** Sends the signal and resolves with the exit code (null when killed by the signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

function startWatch(cwd: string, docs: string, out: string, env: Record<string, string> = {}): Watch {
  const child = spawn(process.execPath, ['--import', faults, cli, 'watch', '--docs', docs, '--out', out], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    async until(stream, pattern, ms = WAIT) {
      const start = Date.now();
      while (!pattern.test(stream === 'stdout' ? stdout : stderr)) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`watch ended (${child.exitCode ?? child.signalCode}) before ${stream} matched ${pattern}\nstdout: ${stdout}\nstderr: ${stderr}`);
        if (Date.now() - start > ms) throw new Error(`timed out waiting for ${stream} to match ${pattern}\nstdout: ${stdout}\nstderr: ${stderr}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop(signal = 'SIGINT') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Every file under a folder, with its contents, by relative path. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (rel: string): Promise<void> => {
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else files.set(r, await readFile(path.join(dir, r), 'utf8'));
    }
  };
  await walk('');
  return files;
}

/** Folders under `dir` that hold no file at any depth. */
async function emptyFolders(dir: string): Promise<string[]> {
  const empty: string[] = [];
  const walk = async (rel: string): Promise<boolean> => {
    let hasFile = false;
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (!e.isDirectory()) hasFile = true;
      else if (await walk(r)) hasFile = true;
      else empty.push(r);
    }
    return hasFile;
  };
  await walk('');
  return empty.sort();
}

/** What the writer leaves next to OUT: its lock and temp folders (none once a run is over). */
async function leftovers(out: string): Promise<string[]> {
  const base = path.basename(out);
  return (await readdir(path.dirname(out))).filter((n) => n !== base && n.startsWith(`${base}.`)).sort();
}

/** Every file the output marker lists is there: the folder is one run's complete output. */
async function assertComplete(out: string): Promise<void> {
  const marker = JSON.parse(await readFile(path.join(out, '.docs2ts-output.json'), 'utf8')) as { files: string[] };
  expect(marker.files.length).toBeGreaterThan(10);
  const present = await snapshot(out);
  expect(marker.files.filter((f) => !present.has(f))).toEqual([]);
}

const PAGE = 'tiw/en/callbacks-whiteboard-push.txt';
const edit = async (docs: string, tag: string): Promise<void> => {
  const page = path.join(docs, PAGE);
  const text = await readFile(page, 'utf8');
  await writeFile(page, text.replace(/Room ID of the whiteboard[^|]*\|/, `Room ID of the whiteboard ${tag} |`));
};

describe('docs2ts watch', () => {
  let work: string;
  let docs: string;
  let out: string;
  let watch: Watch | undefined;
  beforeEach(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-watch-'));
    docs = path.join(work, 'docs');
    out = path.join(work, 'out');
    // no manifest: product from the first folder, format and language from the text
    for (const product of ['tiw', 'im']) await cp(path.join(FIXTURE_DOCS, product), path.join(docs, product), { recursive: true });
  });
  afterEach(async () => {
    await watch?.stop('SIGKILL');
    watch = undefined;
    await rm(work, { recursive: true, force: true });
  });

  it('a write error mid-update keeps the previous output whole and says so; the next change is written', async () => {
    const fail = path.join(work, 'fail-writes');
    watch = startWatch(work, docs, out, { DOCS2TS_FAULT_PREFIX: out, DOCS2TS_FAULT_FAIL: fail });
    await watch.until('stdout', /watching /);
    const before = await snapshot(out);
    await writeFile(fail, '');
    await edit(docs, '(first edit)');
    await watch.until('stderr', /could not write .*out\/: ENOSPC: no space left on device.*; the previous output in .*out\/ is kept/);
    expect(await snapshot(out)).toEqual(before);
    expect(await leftovers(out)).toEqual([]);
    await rm(fail);
    await edit(docs, '(second edit)');
    await watch.until('stdout', /callbacks-whiteboard-push\.txt: \d+ file\(s\) written/);
    expect(await readFile(path.join(out, 'src/types.ts'), 'utf8')).toContain('(second edit)');
    await assertComplete(out);
    expect(await watch.stop()).toBe(0);
  });

  it('survives the docs folder being deleted (says so, keeps the output, keeps running) and regenerates when it is back', async () => {
    watch = startWatch(work, docs, out);
    await watch.until('stdout', /watching /);
    const before = await snapshot(out);
    const saved = path.join(work, 'saved');
    await rename(docs, saved);
    await watch.until('stderr', /the docs folder .*docs is gone; .*out\/ is kept as it was; waiting/);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(watch.child.exitCode).toBeNull();
    expect(await snapshot(out)).toEqual(before);
    await mkdir(docs);
    await cp(saved, docs, { recursive: true });
    await edit(docs, '(after the folder came back)');
    await watch.until('stderr', /the docs folder .*docs is back; regenerating/);
    await watch.until('stdout', /\d+ file\(s\) written/);
    await expect.poll(async () => readFile(path.join(out, 'src/types.ts'), 'utf8'), { timeout: WAIT, interval: 500 }).toContain('(after the folder came back)');
    await assertComplete(out);
    expect(await watch.stop()).toBe(0);
  });

  it('follows renames of a page and of a whole product folder, leaving no empty folder behind', async () => {
    watch = startWatch(work, docs, out);
    await watch.until('stdout', /watching /);
    await rename(path.join(docs, PAGE), path.join(docs, 'tiw/en/whiteboard-push-renamed.txt'));
    await expect.poll(async () => (await readFile(path.join(out, 'sources.json'), 'utf8')).includes('whiteboard-push-renamed.txt'), { timeout: WAIT, interval: 500 }).toBe(true);
    const productFolders = async (): Promise<string[]> => (await readdir(path.join(out, 'schemas'))).sort();
    expect(await productFolders()).toEqual(['im', 'tiw']);
    await rename(path.join(docs, 'im'), path.join(docs, 'chat'));
    await expect.poll(productFolders, { timeout: WAIT, interval: 500 }).toEqual(['chat', 'tiw']);
    expect(await emptyFolders(out)).toEqual([]);
    expect((await snapshot(out)).has('schemas/im')).toBe(false);
    expect(await readdir(path.join(out, 'fixtures'))).not.toContain('im');
    await assertComplete(out);
    expect(await watch.stop()).toBe(0);
  });

  it('an invalid page is a finding on stderr; the other pages are generated and watch keeps going', async () => {
    watch = startWatch(work, docs, out);
    await watch.until('stdout', /watching /);
    await writeFile(path.join(docs, 'tiw/en/broken-page.txt'), Buffer.from([0x45, 0x76, 0x00, 0x01, 0x02]));
    await watch.until('stderr', /tiw\/en\/broken-page\.txt:1: error binary-file: /);
    await watch.until('stdout', /broken-page\.txt: \d+ file\(s\) written, 0 removed, \d+ page\(s\) parsed, [1-9]\d* errors/);
    expect((await readdir(path.join(out, 'schemas'))).sort()).toEqual(['im', 'tiw']);
    await rm(path.join(docs, 'tiw/en/broken-page.txt'));
    await edit(docs, '(still watching)');
    await expect.poll(async () => readFile(path.join(out, 'src/types.ts'), 'utf8'), { timeout: WAIT, interval: 500 }).toContain('(still watching)');
    expect(await watch.stop()).toBe(0);
  });

  it('SIGTERM while an update is being written: the update completes or is dropped, the lock is released, exit 0', async () => {
    const slow = path.join(work, 'slow-writes');
    watch = startWatch(work, docs, out, { DOCS2TS_FAULT_PREFIX: out, DOCS2TS_FAULT_SLOW: slow });
    await watch.until('stdout', /watching /);
    await writeFile(slow, '');
    await edit(docs, '(interrupted)');
    // the writer's staging folder next to OUT (a new folder to swap in, or the files of an in-place
    // update): the update is being written, holding the lock
    await expect.poll(async () => (await leftovers(out)).some((n) => n.startsWith('out.tmp-') || n.startsWith('out.upd-')), { timeout: WAIT, interval: 50 }).toBe(true);
    expect(await leftovers(out)).toContain('out.lock');
    expect(await watch.stop('SIGTERM')).toBe(0);
    expect(await leftovers(out)).toEqual([]);
    await assertComplete(out);
  });
});
