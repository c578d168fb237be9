import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Model } from '../model/types.js';
import { buildModelFromDocs } from '../pipeline.js';

/**
 * A snapshot of the docs: a folder, or `git:REV` / `git:REV:PATH` (default path docs-src) read
 * with git from the object store — the work tree is never touched.
 */
export async function loadSnapshot(spec: string, cwd = process.cwd()): Promise<Model> {
  if (!spec.startsWith('git:')) return (await buildModelFromDocs(spec, { root: cwd })).model;
  const [rev, docsPath = 'docs-src'] = spec.slice(4).split(':');
  if (!rev) throw new SnapshotError(`"${spec}" names no git revision`);
  const git = (args: string[]): Buffer => {
    try {
      return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
      throw new SnapshotError(`git cannot read ${spec}: ${stderr || (error as Error).message}`);
    }
  };
  const listing = git(['ls-tree', '-r', '-z', '--name-only', rev, '--', docsPath]).toString('utf8').split('\0').filter(Boolean);
  if (listing.length === 0) throw new SnapshotError(`${spec}: no files under ${docsPath} at ${rev}`);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-snapshot-'));
  try {
    for (const file of listing) {
      const target = path.join(tmp, file);
      if (!target.startsWith(tmp + path.sep)) continue;
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, git(['show', `${rev}:${file}`]));
    }
    return (await buildModelFromDocs(path.join(tmp, docsPath), { root: tmp })).model;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

export class SnapshotError extends Error {}
