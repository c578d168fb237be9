import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else out.set(path.relative(dir, full), await readFile(full, 'utf8'));
    }
  };
  await walk(dir);
  return out;
}

describe('determinism', () => {
  it('gives byte-identical output across runs, with and without the cache, whatever the locale and time zone', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-determinism-'));
    try {
      const run = (out: string, env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [cli, 'generate', '--quiet', '--out', path.join(work, out)], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
      expect(run('a', { LANG: 'C', TZ: 'UTC' }).status).toBe(0);
      expect(run('b', { LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8', TZ: 'Asia/Shanghai' }).status).toBe(0);
      const [a, b] = [await snapshot(path.join(work, 'a')), await snapshot(path.join(work, 'b'))];
      expect([...b.keys()]).toEqual([...a.keys()]);
      for (const [file, text] of a) expect(b.get(file) === text, file).toBe(true);
      // generated/ as committed: the files its marker lists (a build's dist/, node_modules/ or a tarball are not ours)
      const marker = JSON.parse(await readFile(path.join(root, 'generated/.docs2ts-output.json'), 'utf8')) as { files: string[] };
      expect(['.docs2ts-output.json', ...marker.files].sort()).toEqual([...a.keys()].sort());
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
