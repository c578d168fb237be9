import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { linkSync, readFileSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { markerContents, OUTPUT_MARKER, planOutputFolder, type OutputGuardOptions } from './output-folder.js';
import { recoverOutputDir, withOutputLock } from './output-lock.js';
import { ParentFolders } from './parent-folders.js';
import { applyUpdate, stageUpdate, stagingPath } from './update-in-place.js';
import { contentsOf } from '../shared/output-files.js';

/** Output paths come from doc names: refuse anything that could leave the output folder. */
export function assertSafeOutputPath(rel: string): void {
  // eslint-disable-next-line no-control-regex -- a control character in a path is what this refuses
  if (rel === '' || path.isAbsolute(rel) || rel.includes('\\') || rel.split('/').some((s) => s === '..' || s === '.' || s === '') || /[\u0000-\u001f]/.test(rel)) {
    throw new Error(`refusing to write unsafe output path ${JSON.stringify(rel)}`);
  }
}

export interface WriteOptions extends OutputGuardOptions {
  /** Hashes of what the last run wrote, kept in the cache folder: unchanged files are hard-linked, not rewritten. */
  manifest?: string;
  /** How long to wait for another run writing the same folder (default 30 s), then exit 2. */
  lockWaitMs?: number;
  /** Stops waiting for that other run once aborted. */
  signal?: AbortSignal;
}

export interface WriteResult {
  written: number;
  /** Files kept as they were (hard-linked into the new folder, or left in place when nothing was swapped). */
  linked: number;
  /** Files of the previous output that the new one no longer has. */
  removed: number;
  /** False when every file on disk was already what this run makes: nothing was swapped or written. */
  swapped: boolean;
  /** Leftovers of killed runs found first: a restored output folder, removed temp folders. */
  recovered: { restored?: string; removed: string[]; rolledForward?: string[] };
}

/**
 * Writes the whole output folder atomically: everything goes to a sibling temp folder first,
 * then the old folder is swapped out. A failed or interrupted run leaves the previous output.
 * Only an output folder of ours is replaced, and only the files its marker lists are dropped:
 * anything else in it is moved into the new folder before the swap (see output-folder.ts).
 */
export async function writeOutputDir(outDir: string, files: Map<string, string>, options: WriteOptions = {}): Promise<WriteResult> {
  for (const rel of files.keys()) assertSafeOutputPath(rel);
  // refusals first (the root, the home folder, the docs…), before a lock file is put next to the folder
  await planOutputFolder(outDir, files.keys(), options);
  return withOutputLock(
    outDir,
    async () => {
      const recovered = await recoverOutputDir(outDir);
      return { ...(await swapIn(outDir, files, options)), recovered };
    },
    { waitMs: options.lockWaitMs, signal: options.signal },
  );
}

async function swapIn(outDir: string, files: Map<string, string>, options: WriteOptions): Promise<Omit<WriteResult, 'recovered'>> {
  const plan = await planOutputFolder(outDir, files.keys(), options);
  const abs = path.resolve(outDir);
  const tmp = `${abs}.tmp-${process.pid}`;
  const old = `${abs}.old-${process.pid}`;
  const previous = options.manifest ? await readManifest(options.manifest, abs) : emptyManifest();
  const hashes = new Map<string, string>();
  const stamps = new Map<string, string>();
  // paths only: each file's contents are taken one at a time (the stored bytes of OutputFiles, never a decoded copy of all)
  const sorted = [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((rel) => [rel, contentsOf(files, rel)!] as const);
  // first what is already on disk, file by file (nothing is moved yet)
  const reused = new Map<string, string>();
  for (const [rel, contents] of sorted) {
    const same = reusable(path.join(abs, rel), rel, contents, previous, hashes);
    if (same) reused.set(rel, same);
  }
  const marker = markerContents(files.keys());
  const removed = plan.owned.filter((rel) => !files.has(rel)).length;
  if (reused.size === files.size && removed === 0 && (await readFile(path.join(abs, OUTPUT_MARKER), 'utf8').catch(() => undefined)) === marker) {
    // every file is already ours and current: no temp folder, no swap, nothing written
    if (options.manifest) await writeManifest(options.manifest, abs, hashes, reused);
    return { written: 0, linked: reused.size, removed: 0, swapped: false };
  }
  const changed = sorted.filter(([rel]) => !reused.has(rel));
  const dropped = plan.owned.filter((rel) => !files.has(rel));
  if (plan.owned.length > 0 && (changed.length + dropped.length) * 2 <= files.size) {
    // few changes in a folder of ours: those files only, in place (see update-in-place.ts)
    const staging = stagingPath(abs);
    const journal = await stageUpdate(staging, changed, { remove: dropped, marker, during: markerContents(new Set([...plan.owned, ...files.keys()])) });
    await applyUpdate(abs, staging, journal);
    for (const [rel, same] of reused) stamps.set(rel, same);
    for (const [rel, contents] of changed) {
      stamps.set(rel, stampOf(statSync(path.join(abs, rel), { bigint: true })));
      hashNewFile(rel, contents, previous, hashes);
    }
    if (options.manifest) await writeManifest(options.manifest, abs, hashes, stamps);
    return { written: changed.length, linked: reused.size, removed, swapped: true };
  }
  const folders = new ParentFolders();
  let written = 0;
  let linked = 0;
  await rm(tmp, { recursive: true, force: true });
  try {
    for (const [rel, contents] of sorted) {
      const target = path.join(tmp, rel);
      await folders.ensure(target);
      const same = reused.get(rel);
      // synchronous calls per file: for a hundred small files, a promise per open, write, close
      // and stat costs more than the work itself (the event loop has nothing else to do here)
      if (same && hardLinked(path.join(abs, rel), target)) {
        stamps.set(rel, same);
        linked++;
      } else {
        writeFileSync(target, contents);
        stamps.set(rel, stampOf(statSync(target, { bigint: true })));
        hashNewFile(rel, contents, previous, hashes);
        written++;
      }
    }
    await writeFile(path.join(tmp, OUTPUT_MARKER), marker);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  const carried = carryRoots(plan.keep, [...plan.owned, ...files.keys()]);
  try {
    for (const rel of carried) {
      await mkdir(path.dirname(path.join(tmp, rel)), { recursive: true });
      await rename(path.join(abs, rel), path.join(tmp, rel));
    }
    await rename(abs, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(tmp, abs);
  } catch (error) {
    // the user's files go back where they were before the temp folder is dropped
    for (const rel of carried) await rename(path.join(tmp, rel), path.join(abs, rel)).catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  await rm(old, { recursive: true, force: true });
  if (options.manifest) await writeManifest(options.manifest, abs, hashes, stamps);
  return { written, linked, removed, swapped: true };
}

/**
 * The stamp of the file the last run left at `before` when it holds exactly `contents`, else
 * undefined (write it). A file whose new contents have another length than what the last run
 * wrote there is written without hashing (the large files a one-page change touches); the
 * others are hashed (`hashes` keeps the hash for the next run) and compared with the manifest.
 */
function reusable(before: string, rel: string, contents: string | Buffer, previous: Manifest, hashes: Map<string, string>): string | undefined {
  const stamp = previous.stamps.get(rel);
  if (stamp === undefined || sizeOfStamp(stamp) !== Buffer.byteLength(contents)) return undefined;
  const hash = createHash('sha256').update(contents).digest('hex');
  hashes.set(rel, hash);
  const known = previous.files.get(rel);
  if (known !== undefined && known !== hash) return undefined;
  // the manifest only says what we wrote last time; the file on disk may have been edited
  // since (even to the same size), so it is reused only when its bytes are ours. A file written
  // last time without its hash (its length had changed) is read and compared, never trusted by stamp.
  return ours(before, contents, known === hash ? stamp : undefined, previous.writtenAt);
}

/**
 * A file the last run did not write (a cold run writes them all) is hashed, so the next run
 * trusts its stamp instead of reading it back. A file that was there but changed its length is
 * not: the large global files change length with almost every edit, and are compared by their
 * bytes in the rare run that keeps their length.
 */
function hashNewFile(rel: string, contents: string | Buffer, previous: Manifest, hashes: Map<string, string>): void {
  if (!hashes.has(rel) && !previous.stamps.has(rel)) hashes.set(rel, createHash('sha256').update(contents).digest('hex'));
}

function sizeOfStamp(stamp: string): number {
  return Number(stamp.split(':')[1]);
}

/**
 * The fewest paths to move that carry every kept file: a whole folder when no file of ours,
 * old or new, lives in it (a `node_modules/` moves in one rename), single files otherwise.
 */
export function carryRoots(keep: string[], occupied: Iterable<string>): string[] {
  const blocked = new Set<string>();
  for (const rel of occupied) {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) blocked.add(parts.slice(0, i).join('/'));
  }
  const roots = new Set<string>();
  for (const rel of keep) {
    const parts = rel.split('/');
    let root = rel;
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!blocked.has(dir)) {
        root = dir;
        break;
      }
    }
    roots.add(root);
  }
  return [...roots].sort();
}

/** Hard-links `from` at `to`; false when the file system refuses (the file is written instead). */
function hardLinked(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/** Identity of a file on disk: inode, size and modification time (ns); any write changes it. */
export function stampOf(s: BigIntStats): string {
  return `${s.ino}:${s.size}:${s.mtimeNs}`;
}

/**
 * Whether the file at `file` still holds exactly `contents` (a missing or unreadable file does
 * not); its stamp when it does. A file whose inode, size and mtime are what the last run wrote
 * is not read again. As in git's racy-clean rule, a stamp taken too close to the manifest's
 * own time proves nothing (an edit in the same clock tick keeps the mtime): those are read.
 */
function ours(file: string, contents: string | Buffer, stamp: string | undefined, writtenAt: number): string | undefined {
  try {
    // synchronous, as in the write loop: one stat per output file, rarely a read
    const s = statSync(file, { bigint: true });
    const now = stampOf(s);
    if (stamp === now && Number(s.mtimeMs) < writtenAt - RACY_MS) return now;
    return readFileSync(file).equals(typeof contents === 'string' ? Buffer.from(contents) : contents) ? now : undefined;
  } catch {
    return undefined;
  }
}

/** Clock granularity margin for the racy-clean rule (file systems stamp in coarse ticks). */
export const RACY_MS = 2000;

interface Manifest {
  files: Map<string, string>;
  stamps: Map<string, string>;
  /** When the manifest was written (ms since the epoch). */
  writtenAt: number;
}

function emptyManifest(): Manifest {
  return { files: new Map(), stamps: new Map(), writtenAt: 0 };
}

async function readManifest(file: string, outDir: string): Promise<Manifest> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { outDir?: string; files?: Record<string, string>; stamps?: Record<string, string>; writtenAt?: number };
    if (data.outDir !== outDir || !data.files) return emptyManifest();
    return { files: new Map(Object.entries(data.files)), stamps: new Map(Object.entries(data.stamps ?? {})), writtenAt: typeof data.writtenAt === 'number' ? data.writtenAt : 0 };
  } catch {
    return emptyManifest();
  }
}

async function writeManifest(file: string, outDir: string, hashes: Map<string, string>, stamps: Map<string, string>): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ outDir, writtenAt: Date.now(), files: Object.fromEntries(hashes), stamps: Object.fromEntries(stamps) }));
  } catch {
    // only costs time next run
  }
}
