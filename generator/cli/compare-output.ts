import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { markerContents, OUTPUT_MARKER, readMarker } from './output-folder.js';

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
  const expected = new Map(files).set(OUTPUT_MARKER, markerContents(files.keys()));
  const diff: OutputDiff = { stale: [], missing: [], extra: [] };
  for (const [rel, contents] of expected) {
    const onDisk = await readFile(path.join(outDir, rel), 'utf8').catch(() => undefined);
    if (onDisk === undefined) diff.missing.push(rel);
    else if (onDisk !== contents) diff.stale.push(rel);
  }
  for (const rel of owned) {
    if (!expected.has(rel) && (await access(path.join(outDir, rel)).then(() => true, () => false))) diff.extra.push(rel);
  }
  for (const list of [diff.stale, diff.missing, diff.extra]) list.sort();
  return diff;
}
