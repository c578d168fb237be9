import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Output paths come from doc names: refuse anything that could leave the output folder. */
export function assertSafeOutputPath(rel: string): void {
  if (rel === '' || path.isAbsolute(rel) || rel.includes('\\') || rel.split('/').some((s) => s === '..' || s === '.' || s === '') || /[\u0000-\u001f]/.test(rel)) {
    throw new Error(`refusing to write unsafe output path ${JSON.stringify(rel)}`);
  }
}

/**
 * Writes the whole output folder atomically: everything goes to a sibling temp folder first,
 * then the old folder is swapped out. A failed or interrupted run leaves the previous output.
 */
export async function writeOutputDir(outDir: string, files: Map<string, string>): Promise<void> {
  for (const rel of files.keys()) assertSafeOutputPath(rel);
  const abs = path.resolve(outDir);
  const tmp = `${abs}.tmp-${process.pid}`;
  const old = `${abs}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  try {
    for (const [rel, contents] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const target = path.join(tmp, rel);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, contents);
    }
    await rename(abs, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(tmp, abs);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}
