import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The package generated from test/fixtures/docs-src (with test/fixtures/docs2ts.config.json), once per run. */
    fixtureOut: string;
  }
}

const fixtureRoot = path.resolve(import.meta.dirname, '../fixtures');
const cli = path.resolve(import.meta.dirname, '../../bin/docs2ts.js');

/**
 * Global setup: generates the fixture docs once, so the tests of the emitted package (the CLI's
 * validate, the callback server, the field timeline) read that output instead of the committed
 * generated/, which follows docs-src/. Run from test/fixtures, its files are named `docs-src/…`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-fixture-out-'));
  const run = spawnSync(process.execPath, [cli, 'generate', '--quiet', '--out', out], { cwd: fixtureRoot, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`generating the fixture docs failed (exit ${run.status}; run npm run build first?):\n${run.stderr}`);
  project.provide('fixtureOut', out);
  return async () => rm(out, { recursive: true, force: true });
}
