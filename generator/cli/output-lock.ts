import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OUTPUT_MARKER, OutputFolderError, readMarker } from './output-folder.js';
import { recoverUpdates } from './update-in-place.js';

/*
 * One run at a time writes an output folder: a lock file next to it (`OUT.lock`, since OUT itself
 * is swapped) says which process holds it. A lock whose process is gone (same host, pid not
 * running) is stale and taken over; a live one is waited for, briefly, and then refused (exit 2).
 */

export interface LockOwner {
  pid: number;
  host: string;
  /** ISO time the run took the lock. */
  started: string;
}

export interface LockOptions {
  /** How long to wait for another run's lock before refusing (default 30 s). */
  waitMs?: number;
  /** Poll interval while waiting. */
  pollMs?: number;
  /** Stops waiting (OutputFolderError) once aborted: a watch being stopped does not sit out the wait. */
  signal?: AbortSignal;
}

export function lockPath(outDir: string): string {
  return `${path.resolve(outDir)}.lock`;
}

/** Runs `fn` holding the lock of `outDir`; the lock is released whatever `fn` does. */
export async function withOutputLock<T>(outDir: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const release = await acquireOutputLock(outDir, options);
  try {
    return await fn();
  } finally {
    await release();
  }
}

export async function acquireOutputLock(outDir: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const file = lockPath(outDir);
  const me: LockOwner = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  for (;;) {
    const handle = await open(file, 'wx').catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined;
      // the output's parent does not exist yet: the writer would create it anyway
      if (error.code === 'ENOENT') return mkdir(path.dirname(file), { recursive: true }).then(() => undefined);
      throw error;
    });
    if (handle === undefined && !(await stat(file).then(() => true, () => false))) continue;
    if (handle) {
      try {
        await handle.writeFile(`${JSON.stringify(me)}\n`);
      } finally {
        await handle.close();
      }
      return async () => {
        const owner = await readOwner(file);
        if (owner && owner.pid === me.pid && owner.host === me.host && owner.started === me.started) await rm(file, { force: true });
      };
    }
    const owner = await readOwner(file);
    if (await isStale(file, owner)) {
      // take over by renaming aside first: of two runs taking over at once, only one rename succeeds
      const aside = `${file}.stale-${process.pid}`;
      if (await rename(file, aside).then(() => true, () => false)) await rm(aside, { force: true });
      continue;
    }
    if (options.signal?.aborted) throw new OutputFolderError(`stopped while waiting for another docs2ts run writing ${outDir}`);
    if (Date.now() >= deadline) {
      const who = owner ? `process ${owner.pid} on ${owner.host}, started ${owner.started}` : 'another process';
      throw new OutputFolderError(`another docs2ts run (${who}) is writing ${outDir}; wait for it to finish, or remove ${file} if no such run exists`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 100));
  }
}

async function readOwner(file: string): Promise<LockOwner | undefined> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<LockOwner>;
    return typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.started === 'string' ? (data as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** A lock of a dead process on this host; or an unreadable one left for more than 10 s (a crash mid-write). */
async function isStale(file: string, owner: LockOwner | undefined): Promise<boolean> {
  if (!owner) {
    const age = await stat(file).then((s) => Date.now() - s.mtimeMs, () => 0);
    return age > 10_000;
  }
  if (owner.host !== os.hostname()) return false;
  return !isRunning(owner.pid);
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Leftovers of runs that died mid-write (call it holding the lock, so no live run owns them).
 * The writer fills `OUT.tmp-PID`, writes the marker into it last, moves the user's own files of
 * OUT into it, renames OUT to `OUT.old-PID`, renames the temp folder to OUT, and removes the old.
 * So: when OUT is missing, a temp folder with the marker is the newest complete output (with the
 * user's files) and becomes OUT, else the newest `OUT.old-PID` with the marker does. When OUT is
 * there, user files still in a temp folder go back into it. Then the other leftovers are removed.
 */
export async function recoverOutputDir(outDir: string): Promise<{ restored?: string; removed: string[]; rolledForward?: string[] }> {
  // an in-place update cut short after its journal was committed is finished first (update-in-place.ts)
  const updates = await recoverUpdates(outDir);
  const abs = path.resolve(outDir);
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-\\d+$`);
  const names = await readdir(parent).catch(() => [] as string[]);
  const complete: Array<{ dir: string; kind: 'tmp' | 'old'; mtime: number }> = [];
  const partial: string[] = [];
  for (const name of names.sort()) {
    const m = pattern.exec(name);
    if (!m) continue;
    const dir = path.join(parent, name);
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory()) continue;
    if (await readMarker(dir)) complete.push({ dir, kind: m[1] as 'tmp' | 'old', mtime: info.mtimeMs });
    // a temp folder without the marker holds only files we were writing; an old one without it is not ours
    else if (m[1] === 'tmp') partial.push(dir);
  }
  let restored: string | undefined;
  if (!(await stat(abs).then(() => true, () => false))) {
    const best = [...complete].sort((a, b) => (a.kind === b.kind ? b.mtime - a.mtime : a.kind === 'tmp' ? -1 : 1))[0];
    if (best) {
      await rename(best.dir, abs);
      restored = best.dir;
    }
  }
  for (const c of complete) {
    if (c.dir === restored || c.kind !== 'tmp') continue;
    const marker = await readMarker(c.dir);
    const owned = new Set([...(marker?.files ?? []), OUTPUT_MARKER]);
    for (const rel of await listFiles(c.dir)) {
      if (owned.has(rel) || (await stat(path.join(abs, rel)).then(() => true, () => false))) continue;
      await mkdir(path.dirname(path.join(abs, rel)), { recursive: true });
      await rename(path.join(c.dir, rel), path.join(abs, rel));
    }
  }
  const removed = [...partial, ...complete.filter((c) => c.dir !== restored).map((c) => c.dir)].sort();
  for (const dir of removed) await rm(dir, { recursive: true, force: true });
  return { ...(restored ? { restored } : {}), removed: [...removed, ...updates.removed].sort(), ...(updates.rolledForward.length ? { rolledForward: updates.rolledForward } : {}) };
}

async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, r)));
    else out.push(r);
  }
  return out;
}
