import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Model } from '../model/types.js';
import { buildModelFromDocs } from '../pipeline.js';

/** What OLD or NEW names: a docs folder, or a folder at a git revision. */
export type SnapshotSpec = { kind: 'folder'; dir: string } | { kind: 'git'; rev: string; docsPath: string };

export class SnapshotError extends Error {}

/** `git:REV` or `git:REV:PATH` (PATH defaults to docs-src); anything else is a folder. */
export function parseSnapshotSpec(spec: string): SnapshotSpec {
  if (!spec.startsWith('git:')) return { kind: 'folder', dir: spec };
  const rest = spec.slice(4);
  const colon = rest.indexOf(':');
  const rev = colon < 0 ? rest : rest.slice(0, colon);
  const docsPath = (colon < 0 ? '' : rest.slice(colon + 1)).replace(/\/+$/, '') || 'docs-src';
  if (!rev) throw new SnapshotError(`"${spec}" names no git revision`);
  // a revision is never an option for git
  if (rev.startsWith('-')) throw new SnapshotError(`"${spec}": a revision cannot start with "-"`);
  return { kind: 'git', rev, docsPath };
}

/**
 * The model of a snapshot as its docs say it (before the snapshot's overrides.json): what doc
 * changes are computed from. A git revision is read from the object store; the work tree is never touched.
 */
export async function loadSnapshot(spec: string, cwd = process.cwd()): Promise<Model> {
  return (await loadSnapshotModels(spec, cwd)).documented;
}

/** Both models of a snapshot: as documented, and with the snapshot's own overrides applied (`model.overrides`). */
export async function loadSnapshotModels(spec: string, cwd = process.cwd()): Promise<{ documented: Model; model: Model }> {
  const parsed = parseSnapshotSpec(spec);
  if (parsed.kind === 'folder') {
    const dir = path.resolve(cwd, parsed.dir);
    if (!existsSync(dir)) throw new SnapshotError(missingFolderMessage(spec, cwd));
    // the folder is read from `cwd`, as its existence was checked (not from the process's directory)
    const { documented, model } = await buildModelFromDocs(dir, { root: cwd });
    // an empty folder would read as "every event removed"
    if (model.documents.length === 0) throw new SnapshotError(`${spec}: no documentation pages in this folder`);
    return { documented, model };
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-snapshot-'));
  try {
    await extractRevision(spec, parsed.rev, parsed.docsPath, cwd, tmp);
    // root is the temporary repository root, so files read `docs-src/…` as in the work tree
    const { documented, model } = await buildModelFromDocs(path.join(tmp, parsed.docsPath), { root: tmp });
    return { documented, model };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** A missing folder is most often a git revision written without `git:`: say so. */
function missingFolderMessage(spec: string, cwd: string): string {
  let isRevision = false;
  if (!spec.startsWith('-')) {
    try {
      execFileSync('git', ['rev-parse', '--verify', '--quiet', `${spec}^{commit}`], { cwd, stdio: 'ignore' });
      isRevision = true;
    } catch {
      // not a revision, or not a repository
    }
  }
  return isRevision
    ? `${spec}: no such folder; "${spec}" is a git revision: write git:${spec} to compare its docs-src`
    : `${spec}: no such folder (a git revision is written git:REV or git:REV:PATH)`;
}

/** Every blob under `docsPath` at `rev`, written below `dest` at its repository path. Two git processes in all. */
async function extractRevision(spec: string, rev: string, docsPath: string, cwd: string, dest: string): Promise<void> {
  const git = (args: string[], input?: string, at = cwd): Buffer => {
    try {
      return execFileSync('git', args, { cwd: at, input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
      throw new SnapshotError(`git cannot read ${spec}: ${stderr || (error as Error).message}`);
    }
  };
  // paths in `git:REV:PATH` are from the repository root, wherever the command runs
  const top = git(['rev-parse', '--show-toplevel']).toString('utf8').trim();
  const entries = git(['ls-tree', '-r', '-z', rev, '--', docsPath], undefined, top)
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, oid] = line.slice(0, tab).split(' ');
      return { mode, type, oid, file: line.slice(tab + 1) };
    })
    // symlinks and submodules are not pages
    .filter((e) => e.type === 'blob' && e.mode !== '120000');
  if (entries.length === 0) throw new SnapshotError(`${spec}: no files under ${docsPath} at ${rev}`);
  const batch = git(['cat-file', '--batch'], entries.map((e) => `${e.oid}\n`).join(''), top);
  let offset = 0;
  for (const entry of entries) {
    const headerEnd = batch.indexOf(0x0a, offset);
    const size = Number(batch.subarray(offset, headerEnd).toString('utf8').split(' ')[2]);
    const contents = batch.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    const target = path.join(dest, entry.file);
    if (!target.startsWith(dest + path.sep)) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
}

/**
 * One file of a snapshot's docs folder (the accept file), or undefined when it has none. `file`
 * names it for diagnostics: a path, or `git:REV:PATH/NAME`.
 */
export async function readSnapshotFile(spec: string, name: string, cwd = process.cwd()): Promise<{ text: string; file: string } | undefined> {
  const parsed = parseSnapshotSpec(spec);
  if (parsed.kind === 'folder') {
    const file = path.join(parsed.dir, name);
    const text = await readFile(path.resolve(cwd, file), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : { text, file: file.split(path.sep).join('/') };
  }
  const inRepo = `${parsed.docsPath}/${name}`;
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8').trim();
    const text = execFileSync('git', ['show', `${parsed.rev}:${inRepo}`], { cwd: top, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 }).toString('utf8');
    return { text, file: `git:${parsed.rev}:${inRepo}` };
  } catch {
    // no such file at that revision: no accept file (a bad revision was reported while reading the docs)
    return undefined;
  }
}
