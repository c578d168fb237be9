#!/usr/bin/env node
// `npm run mutation [-- folder …]`: StrykerJS over generator/model, parse, check and diff, one
// folder at a time (each its own incremental state), then test/mutation/summary.md from the reports.
import { spawnSync } from 'node:child_process';

const all = ['model', 'parse', 'check', 'diff'];
const folders = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const folder of folders.length ? folders : all) {
  if (!all.includes(folder)) {
    console.error(`mutation: unknown folder ${folder} (one of ${all.join(', ')})`);
    process.exit(2);
  }
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], { stdio: 'inherit', env: { ...process.env, DOCS2TS_MUTATE: folder } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
const summary = spawnSync(process.execPath, ['test/mutation/summarize.mjs'], { stdio: 'inherit' });
process.exit(summary.status ?? 1);
