import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { markerContents, OUTPUT_MARKER, readMarker } from './output-folder.js';
import { contentsOf } from '../shared/output-files.js';

export interface OutputDiff {
  stale: string[];
  missing: string[];
  extra: string[];
}

/**
 * Compares what generation would write with what is on disk, file by file, the output marker
 * included. Only files the marker lists can be extra: the rest of the folder (a build's `dist/`,
 * `node_modules/`, a packed tarball, a user's notes) is not ours to judge.
 */
export async function compareOutputDir(outDir: string, files: Map<string, string>): Promise<OutputDiff> {
  const owned = (await readMarker(outDir))?.files ?? [];
  // one file at a time, as bytes: no second copy of the whole output
  const marker = markerContents(files.keys());
  const expected = (rel: string): string | Buffer | undefined => (rel === OUTPUT_MARKER ? marker : contentsOf(files, rel));
  const diff: OutputDiff = { stale: [], missing: [], extra: [] };
  for (const rel of new Set([...files.keys(), OUTPUT_MARKER])) {
    const onDisk = await readFile(path.join(outDir, rel)).catch(() => undefined);
    const contents = expected(rel)!;
    if (onDisk === undefined) diff.missing.push(rel);
    else if (!onDisk.equals(typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents)) diff.stale.push(rel);
  }
  for (const rel of owned) {
    if (expected(rel) === undefined && (await access(path.join(outDir, rel)).then(() => true, () => false))) diff.extra.push(rel);
  }
  for (const list of [diff.stale, diff.missing, diff.extra]) list.sort();
  return diff;
}
