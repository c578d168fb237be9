import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface OutputDiff {
  stale: string[];
  missing: string[];
  extra: string[];
}

/** Compares what generation would write with what is on disk, file by file. */
export async function compareOutputDir(outDir: string, files: Map<string, string>): Promise<OutputDiff> {
  const onDisk = new Set<string>();
  const walk = async (dir: string, rel: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        // build output and installed dependencies of the package are not generated files
        if (!rel && (e.name === 'node_modules' || e.name === 'dist')) continue;
        await walk(path.join(dir, e.name), r);
      } else onDisk.add(r);
    }
  };
  await walk(outDir, '');
  const diff: OutputDiff = { stale: [], missing: [], extra: [] };
  for (const [rel, contents] of files) {
    if (!onDisk.has(rel)) diff.missing.push(rel);
    else if ((await readFile(path.join(outDir, rel), 'utf8')) !== contents) diff.stale.push(rel);
  }
  for (const rel of onDisk) if (!files.has(rel)) diff.extra.push(rel);
  for (const list of Object.values(diff)) list.sort();
  return diff;
}
