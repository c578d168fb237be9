import { mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OUTPUT_MARKER, OutputFolderError } from './output-folder.js';
import { ParentFolders } from './parent-folders.js';

/*
 * A few files changed in a large output folder: they are updated in place instead of building a
 * whole new folder (a link per unchanged file) and swapping it in. Crash-safe by a journal:
 *   1. every new file is written into a sibling staging folder `OUT.upd-PID`;
 *   2. the journal (what to move in, what to remove, the new marker) is written into it last,
 *      by rename: from here on the update is committed;
 *   3. the marker of OUT is widened to list the old and the new files (a half-applied folder is
 *      still wholly ours), the removals are made, the staged files are renamed over OUT's, and
 *      the new marker is put in place;
 *   4. the staging folder is removed.
 * A run killed before 2 leaves OUT untouched (the staging folder is dropped); after 2, the next
 * run rolls the update forward from the journal (each step can be done twice). Files of the
 * user's in OUT are never touched: only the marker's files are removed or replaced.
 */

export const UPDATE_JOURNAL = '.docs2ts-update.json';
/** Written first into a staging folder: recovery removes only folders that hold it (or nothing). */
const STAGING_TAG = '.docs2ts-staging';

export interface UpdateJournal {
  tool: 'docs2ts';
  /** Paths (relative to OUT) staged in the staging folder, moved over OUT's. */
  write: string[];
  /** Paths of the old marker the new output no longer has. */
  remove: string[];
  /** The new marker's contents. */
  marker: string;
  /** Contents of the widened marker (old and new files), in place while the update is applied. */
  during: string;
}

export function stagingPath(outDir: string, pid = process.pid): string {
  return `${path.resolve(outDir)}.upd-${pid}`;
}

/** Writes the staged files and commits the journal (steps 1 and 2); throws with nothing committed. */
export async function stageUpdate(staging: string, writes: ReadonlyArray<readonly [string, string | Uint8Array]>, journal: Omit<UpdateJournal, 'tool' | 'write'>): Promise<UpdateJournal> {
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    await writeFile(path.join(staging, STAGING_TAG), '');
    const folders = new ParentFolders(staging);
    for (const [rel, contents] of writes) {
      const target = path.join(staging, rel);
      await folders.ensure(target);
      await writeFile(target, contents);
    }
    // both markers are staged too: applying the update then only renames and removes (no write can fail for lack of space)
    await writeFile(path.join(staging, `${OUTPUT_MARKER}.during`), journal.during);
    await writeFile(path.join(staging, `${OUTPUT_MARKER}.final`), journal.marker);
    const full: UpdateJournal = { tool: 'docs2ts', write: writes.map(([rel]) => rel), ...journal };
    // the commit point: a journal is either absent or whole
    await writeFile(path.join(staging, `${UPDATE_JOURNAL}.part`), JSON.stringify(full));
    await rename(path.join(staging, `${UPDATE_JOURNAL}.part`), path.join(staging, UPDATE_JOURNAL));
    return full;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Steps 3 and 4; safe to run again on a folder where it was cut short. */
export async function applyUpdate(outDir: string, staging: string, journal: UpdateJournal): Promise<void> {
  const abs = path.resolve(outDir);
  await replaceMarker(abs, staging, 'during', journal.during);
  for (const rel of journal.remove) {
    await rm(path.join(abs, rel), { force: true });
    await pruneEmptyParents(abs, rel);
  }
  const made = new Set<string>();
  for (const rel of journal.write) {
    const from = path.join(staging, rel);
    // already moved by a run cut short after this rename
    if (!(await stat(from).then((s) => s.isFile(), () => false))) continue;
    const dir = path.dirname(path.join(abs, rel));
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await rename(from, path.join(abs, rel));
  }
  await replaceMarker(abs, staging, 'final', journal.marker);
  await rm(staging, { recursive: true, force: true });
}

/**
 * The marker changes by rename, never by a write in place: it is always one whole list. The
 * staged copy is used up by the rename; a roll-forward that finds it gone writes it again.
 */
async function replaceMarker(abs: string, staging: string, which: 'during' | 'final', contents: string): Promise<void> {
  const staged = path.join(staging, `${OUTPUT_MARKER}.${which}`);
  if (!(await stat(staged).then(() => true, () => false))) await writeFile(staged, contents);
  await rename(staged, path.join(abs, OUTPUT_MARKER));
}

/** Removes the folders a removal left empty, up to (not including) OUT. */
async function pruneEmptyParents(abs: string, rel: string): Promise<void> {
  const parts = rel.split('/').slice(0, -1);
  while (parts.length) {
    const dir = path.join(abs, ...parts);
    if ((await readdir(dir).catch(() => ['?'])).length > 0) return;
    await rmdir(dir).catch(() => undefined);
    parts.pop();
  }
}

/** The committed journal of a staging folder, or undefined (not committed, or not ours). */
export async function readJournal(staging: string): Promise<UpdateJournal | undefined> {
  try {
    const data = JSON.parse(await readFile(path.join(staging, UPDATE_JOURNAL), 'utf8')) as Partial<UpdateJournal>;
    const paths = (list: unknown): list is string[] => Array.isArray(list) && list.every((x) => typeof x === 'string' && safeRelative(x));
    if (data.tool !== 'docs2ts' || !paths(data.write) || !paths(data.remove) || typeof data.marker !== 'string' || typeof data.during !== 'string') return undefined;
    return data as UpdateJournal;
  } catch {
    return undefined;
  }
}

/** A journal is read back from disk: a path in it must stay inside OUT like every output path. */
function safeRelative(rel: string): boolean {
  // eslint-disable-next-line no-control-regex -- a control character in a path is what this refuses
  return rel !== '' && !path.isAbsolute(rel) && !rel.includes('\\') && !rel.split('/').some((s) => s === '..' || s === '.' || s === '') && !/[\u0000-\u001f]/.test(rel);
}

/**
 * Leftovers of in-place updates of OUT (call it holding the lock): a committed update is rolled
 * forward when OUT is there, every staging folder is then removed. Returns the folders removed.
 */
export async function recoverUpdates(outDir: string): Promise<{ rolledForward: string[]; removed: string[] }> {
  const abs = path.resolve(outDir);
  const parent = path.dirname(abs);
  const pattern = new RegExp(`^${path.basename(abs).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.upd-\\d+$`);
  const rolledForward: string[] = [];
  const removed: string[] = [];
  const outThere = await stat(abs).then((s) => s.isDirectory(), () => false);
  for (const name of (await readdir(parent).catch(() => [] as string[])).filter((n) => pattern.test(n)).sort()) {
    const staging = path.join(parent, name);
    if (!(await stat(staging).then((s) => s.isDirectory(), () => false))) continue;
    const journal = await readJournal(staging);
    if (journal && outThere) {
      await applyUpdate(abs, staging, journal).catch((error: unknown) => {
        throw new OutputFolderError(`could not finish the interrupted update of ${outDir} from ${staging} (${error instanceof Error ? error.message : String(error)}); move ${staging} away and generate again`);
      });
      rolledForward.push(staging);
    } else if (journal || (await isStaging(staging))) {
      await rm(staging, { recursive: true, force: true });
      removed.push(staging);
    }
  }
  return { rolledForward, removed };
}

/** Ours: tagged (a run killed while staging), or empty (killed between its mkdir and the tag). */
async function isStaging(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => ['?']);
  return names.length === 0 || names.includes(STAGING_TAG);
}
