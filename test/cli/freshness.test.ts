import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DOCS } from '../helpers/fixture-docs.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');

describe('docs2ts check (what CI runs)', () => {
  // that the committed generated/ passes is a corpus check: test/corpus/corpus.test.ts
  it('fails, listing the file, when generated/ is stale or has an extra file of a previous run, and writes nothing', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-check-'));
    try {
      await cp(path.join(root, 'generated'), path.join(work, 'out'), { recursive: true });
      await writeFile(path.join(work, 'out/model.json'), '{}\n');
      // a file an earlier run wrote (its marker lists it) and this run would not: extra
      const markerPath = path.join(work, 'out/.docs2ts-output.json');
      const marker = JSON.parse(await readFile(markerPath, 'utf8')) as { files: string[] };
      await writeFile(markerPath, JSON.stringify({ ...marker, files: [...marker.files, 'stray.txt'] }));
      await writeFile(path.join(work, 'out/stray.txt'), 'x');
      // a file of the user's (no marker entry) is not ours to judge
      await writeFile(path.join(work, 'out/my-notes.txt'), 'x');
      const run = spawnSync(process.execPath, [cli, 'check', '--out', path.join(work, 'out')], { cwd: root, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('stale: ');
      expect(run.stderr).toMatch(/stale: .*model\.json/);
      expect(run.stderr).toMatch(/extra: .*stray\.txt/);
      expect(run.stderr).not.toContain('my-notes.txt');
      expect(execFileSync('cat', [path.join(work, 'out/model.json')], { encoding: 'utf8' })).toBe('{}\n');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('fails on an error finding the baseline does not accept', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-check-'));
    try {
      await cp(FIXTURE_DOCS, path.join(work, 'docs'), { recursive: true });
      await writeFile(path.join(work, 'docs/findings-baseline.json'), '{"accepted": []}\n');
      const out = path.join(work, 'out');
      execFileSync(process.execPath, [cli, 'generate', '--docs', path.join(work, 'docs'), '--out', out, '--quiet'], { cwd: root });
      const run = spawnSync(process.execPath, [cli, 'check', '--docs', path.join(work, 'docs'), '--out', out], { cwd: root, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/error example-invalid-json/);
      expect(run.stderr).toMatch(/not in .*findings-baseline\.json/);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
