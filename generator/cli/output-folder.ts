import { existsSync, realpathSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { OUTPUT_MARKER } from '../shared/output-marker.js';

export { OUTPUT_MARKER };

/*
 * Output folders are owned: every one we write carries the marker with the list of files it
 * wrote, and a run replaces or removes only what the marker lists. Anything else in the folder
 * (a user's notes, `dist/`, `node_modules/`, a packed tarball) is kept.
 */

export interface OutputMarker {
  tool: 'docs2ts';
  /** Sorted paths, relative to the output folder, of every file the last run wrote. */
  files: string[];
}

export function markerContents(files: Iterable<string>): string {
  const marker: OutputMarker = { tool: 'docs2ts', files: [...files].sort(byCodeUnit) };
  return `${JSON.stringify(marker, null, 1)}\n`;
}

/** The marker of an output folder: undefined when there is none or it is not ours. */
export async function readMarker(outDir: string): Promise<OutputMarker | undefined> {
  const text = await readFile(path.join(outDir, OUTPUT_MARKER), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Partial<OutputMarker>;
    if (data.tool !== 'docs2ts' || !Array.isArray(data.files) || !data.files.every((f) => typeof f === 'string')) return undefined;
    return { tool: 'docs2ts', files: data.files };
  } catch {
    return undefined;
  }
}

/** A folder we refuse to write to, with the reason in words; the CLI prints it and exits 2. */
export class OutputFolderError extends Error {}

export interface OutputFolderPlan {
  /** Files of the folder the marker does not list: carried over into the new output, never deleted. */
  keep: string[];
  /** Files the previous run wrote (from its marker): the only ones a run may drop. */
  owned: string[];
}

export interface OutputGuardOptions {
  docsDir?: string;
  cacheDir?: string;
}

/**
 * Decides whether `outDir` may be replaced by `files`, before anything is written.
 * Refused: the filesystem root, the home folder, a git work tree root, the docs folder or a
 * folder inside, around or equal to it (or to the cache), a non-empty folder without our marker,
 * and a folder where a new output file would overwrite a file the marker does not list.
 */
export async function planOutputFolder(outDir: string, files: Iterable<string>, options: OutputGuardOptions = {}): Promise<OutputFolderPlan> {
  const out = resolveReal(outDir);
  const shown = outDir;
  if (path.parse(out).root === out) throw new OutputFolderError(`refusing to use the filesystem root ${shown} as the output folder`);
  if (out === resolveReal(os.homedir())) throw new OutputFolderError(`refusing to use the home folder ${shown} as the output folder`);
  for (const [label, dir] of [['docs', options.docsDir], ['cache', options.cacheDir]] as const) {
    if (dir === undefined) continue;
    const other = resolveReal(dir);
    if (other === out) throw new OutputFolderError(`refusing to use the ${label} folder ${dir} as the output folder`);
    if (isInside(other, out)) throw new OutputFolderError(`refusing to use ${shown} as the output folder: it contains the ${label} folder ${dir}`);
    if (isInside(out, other)) throw new OutputFolderError(`refusing to use ${shown} as the output folder: it is inside the ${label} folder ${dir}`);
  }
  const info = await stat(out).catch(() => undefined);
  if (!info) return { keep: [], owned: [] };
  if (!info.isDirectory()) throw new OutputFolderError(`refusing to replace ${shown}: it is a file, not an output folder`);
  if (existsSync(path.join(out, '.git'))) throw new OutputFolderError(`refusing to use ${shown} as the output folder: it is the root of a git work tree`);
  const present = await listFiles(out);
  if (present.length === 0) return { keep: [], owned: [] };
  const marker = await readMarker(out);
  if (!marker) {
    throw new OutputFolderError(
      `refusing to replace ${shown}: it is not empty and has no ${OUTPUT_MARKER}, so it is not a docs2ts output folder; ` +
        `${present.length} file(s) would be lost (${sample(present)}). Choose a new or empty folder, or move those files away ` +
        `(an output of a docs2ts older than the marker: delete it once and generate again).`,
    );
  }
  const owned = new Set(marker.files);
  const keep = present.filter((f) => f !== OUTPUT_MARKER && !owned.has(f));
  const incoming = new Set(files);
  const kept = new Set(keep);
  const clobbered = [
    ...keep.filter((f) => incoming.has(f) || [...ancestors(f)].some((a) => incoming.has(a))),
    ...[...incoming].filter((f) => [...ancestors(f)].some((a) => kept.has(a))),
  ];
  if (clobbered.length > 0) {
    throw new OutputFolderError(`refusing to replace ${shown}: the new output would overwrite ${clobbered.length} file(s) docs2ts did not write (${sample(clobbered)}); move them away first.`);
  }
  return { keep, owned: marker.files };
}

function ancestors(rel: string): Iterable<string> {
  const parts = rel.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** Absolute path with symlinks of its existing part resolved, so `a/../b` and links compare equal. */
export function resolveReal(p: string): string {
  const abs = path.resolve(p);
  const rest: string[] = [];
  let head = abs;
  while (!existsSync(head)) {
    const parent = path.dirname(head);
    if (parent === head) break;
    rest.unshift(path.basename(head));
    head = parent;
  }
  let real = head;
  try {
    real = realpathSync(head);
  } catch {
    // unreadable: compare as written
  }
  return path.join(real, ...rest);
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, rel: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(d, e.name), r);
      else out.push(r);
    }
  };
  await walk(dir, '');
  return out.sort(byCodeUnit);
}

function sample(list: string[]): string {
  return list.slice(0, 5).join(', ') + (list.length > 5 ? `, … ${list.length - 5} more` : '');
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
