import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A temporary folder for the test file, removed after it, and a fresh empty folder per case inside it. */
export function caseFolders(prefix: string): { root: () => string; folder: () => Promise<string> } {
  let work = '';
  let n = 0;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), prefix));
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));
  return {
    root: () => work,
    folder: async () => {
      const dir = path.join(work, `case-${++n}`);
      await mkdir(dir, { recursive: true });
      return dir;
    },
  };
}
