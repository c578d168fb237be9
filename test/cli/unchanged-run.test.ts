import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outputUnchanged, readRunRecord, runKey, writeRunRecord, type RunRecord } from '../../generator/cli/unchanged-run.js';
import { writeOutputDir } from '../../generator/cli/write-output.js';
import type { SourceDoc, SourceSet } from '../../generator/sources/types.js';
import { FIXTURE_DOCS } from '../helpers/fixture-docs.js';

const page = (file: string, hash: string): SourceDoc => ({ file, product: 'p', lang: 'en', format: 'markdown', detected: { lang: true, format: true, product: true }, text: '', hash });
const sources = (...docs: SourceDoc[]): SourceSet => ({ docs, diagnostics: [] });

describe('runKey', () => {
  const base = { fingerprint: 'f1', runtime: new Map([['src/runtime/a.ts', 'A']]), settings: { packageVersion: '1.0.0' }, sources: sources(page('d/p/a.md', 'h1')) };

  it('is the same for the same inputs, and changes with each input the output is made from', () => {
    expect(runKey({ ...base })).toBe(runKey({ ...base, runtime: new Map(base.runtime), sources: sources(page('d/p/a.md', 'h1')) }));
    const changed = [
      { ...base, fingerprint: 'f2' },
      { ...base, runtime: new Map([['src/runtime/a.ts', 'A2']]) },
      { ...base, settings: { packageVersion: '1.0.1' } },
      { ...base, sources: sources(page('d/p/a.md', 'h2')) },
      { ...base, sources: sources(page('d/p/b.md', 'h1')) },
      { ...base, sources: sources(page('d/p/a.md', 'h1'), page('d/p/b.md', 'h3')) },
      { ...base, sources: sources({ ...page('d/p/a.md', 'h1'), lang: 'zh' }) },
      { ...base, sources: { ...sources(page('d/p/a.md', 'h1')), overrides: { text: '[]', file: 'd/overrides.json' } } },
      { ...base, sources: { ...sources(page('d/p/a.md', 'h1')), diagnostics: [{ severity: 'error', code: 'binary-file', message: 'm', file: 'd/p/x.bin', line: 1 }] } as SourceSet },
    ];
    const keys = new Set([runKey(base), ...changed.map((c) => runKey(c))]);
    expect(keys.size).toBe(changed.length + 1);
  });
});

describe('outputUnchanged', () => {
  let dir: string;
  let out: string;
  let manifest: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-unchanged-'));
    out = path.join(dir, 'out');
    manifest = path.join(dir, 'cache', 'output-manifest.json');
    await writeOutputDir(out, new Map([['a.txt', 'alpha'], ['sub/b.txt', 'beta']]), { manifest });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  /** The record of that run, with the manifest's time moved past the racy window (as a later run finds it). */
  const settled = async (): Promise<RunRecord> => {
    const data = JSON.parse(await readFile(manifest, 'utf8')) as { writtenAt: number };
    data.writtenAt += 60_000;
    await writeFile(manifest, JSON.stringify(data));
    writeRunRecord(path.join(dir, 'cache'), { key: 'k', outDir: out, summary: 's', inputFindings: [] }, manifest);
    return readRunRecord(path.join(dir, 'cache'))!;
  };

  it('holds when every file is as the recorded run left it', async () => {
    expect(outputUnchanged(await settled(), out, manifest)).toBe(true);
  });

  it('fails for an edited, removed or freshly touched file, another folder, or a later write of the manifest', async () => {
    const record = await settled();
    expect(outputUnchanged(record, path.join(dir, 'other'), manifest)).toBe(false);
    expect(outputUnchanged({ ...record, manifestWrittenAt: record.manifestWrittenAt - 1 }, out, manifest)).toBe(false);
    await writeFile(path.join(out, 'a.txt'), 'ALPHA');
    expect(outputUnchanged(record, out, manifest)).toBe(false);
  });

  it('fails for a removed file and for a file stamped too close to the recorded write', async () => {
    const record = await settled();
    await rm(path.join(out, 'sub/b.txt'));
    expect(outputUnchanged(record, out, manifest)).toBe(false);
    const again = await (async () => {
      await writeOutputDir(out, new Map([['a.txt', 'alpha'], ['sub/b.txt', 'beta']]), { manifest });
      writeRunRecord(path.join(dir, 'cache'), { key: 'k', outDir: out, summary: 's', inputFindings: [] }, manifest);
      return readRunRecord(path.join(dir, 'cache'))!;
    })();
    // just written: the stamps prove nothing yet (an edit in the same clock tick keeps them)
    expect(outputUnchanged(again, out, manifest)).toBe(false);
    const old = new Date(Date.now() - 3_600_000);
    await utimes(path.join(out, 'a.txt'), old, old);
    expect(outputUnchanged(again, out, manifest)).toBe(false);
  });

  it('fails when the marker does not list the files', async () => {
    const record = await settled();
    await writeFile(path.join(out, '.docs2ts-output.json'), '{"tool":"docs2ts","files":["a.txt"]}\n');
    expect(outputUnchanged(record, out, manifest)).toBe(false);
  });
});

describe('docs2ts generate over an unchanged run', () => {
  const cli = path.resolve(import.meta.dirname, '../../bin/docs2ts.js');
  const docs2ts = (cwd: string) => spawnSync(process.execPath, [cli, 'generate', '--out', 'out'], { cwd, encoding: 'utf8' });
  const summary = (stdout: string) => stdout.replace(/ in \d+ ms\n$/, '');

  it('writes nothing when nothing changed, and runs in full when a page or an output file did', { timeout: 300_000 }, async () => {
    const project = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-unchanged-cli-'));
    try {
      await cp(path.join(FIXTURE_DOCS, 'rtc'), path.join(project, 'docs-src', 'rtc'), { recursive: true });
      await cp(path.join(FIXTURE_DOCS, 'tiw'), path.join(project, 'docs-src', 'tiw'), { recursive: true });
      const manifest = path.join(project, '.docs2ts-cache', 'output-manifest.json');
      const first = docs2ts(project);
      expect(first.status).toBe(0);
      // past the racy-clean window, one run settles the stamps; the next has nothing to do
      await new Promise((resolve) => setTimeout(resolve, 2100));
      expect(docs2ts(project).status).toBe(0);
      const settled = await readFile(manifest, 'utf8');
      const model = await readFile(path.join(project, 'out', 'model.json'), 'utf8');
      const quiet = docs2ts(project);
      expect([quiet.status, summary(quiet.stdout), await readFile(manifest, 'utf8')]).toEqual([0, summary(first.stdout), settled]);
      // a hand-edited output file is put back by a full run
      await writeFile(path.join(project, 'out', 'model.json'), '{}\n');
      expect(docs2ts(project).status).toBe(0);
      expect(await readFile(path.join(project, 'out', 'model.json'), 'utf8')).toBe(model);
      // a page fewer: a full run, with one document fewer
      const pages = (await readdir(path.join(project, 'docs-src', 'tiw'), { recursive: true })).filter((f) => f.endsWith('.md'));
      await rm(path.join(project, 'docs-src', 'tiw', pages[0]));
      const fewer = docs2ts(project);
      const count = (stdout: string) => Number(/(\d+) documents/.exec(stdout)?.[1]);
      expect([fewer.status, count(fewer.stdout)]).toEqual([0, count(first.stdout) - 1]);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});
