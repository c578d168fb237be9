#!/usr/bin/env node
// `npm run mutation [-- folder|file …]`: StrykerJS over generator/model, parse, check and diff, one
// source file per Stryker run (own incremental state and report under reports/mutation/), so an
// interrupted folder keeps every file already scored; then test/mutation/summary.md from the reports.
// A run per folder would lose everything when stopped: Stryker writes its state only at the end.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const all = ['model', 'parse', 'check', 'diff'];
const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const sourcesOf = (folder) =>
  readdirSync(`generator/${folder}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => `generator/${folder}/${f}`)
    .sort();
const targets = [];
for (const arg of args.length ? args : all) {
  if (all.includes(arg)) targets.push(...sourcesOf(arg).map((file) => ({ folder: arg, file })));
  else if (all.some((f) => arg.startsWith(`generator/${f}/`)) && arg.endsWith('.ts')) targets.push({ folder: arg.split('/')[1], file: arg });
  else {
    console.error(`mutation: unknown folder or file ${arg} (one of ${all.join(', ')}, or generator/<folder>/….ts)`);
    process.exit(2);
  }
}
for (const { folder, file } of targets) {
  // report name: the file's path under generator/, `model--passes--names` (summarize.mjs reads it back)
  const name = file.slice('generator/'.length, -'.ts'.length).replaceAll('/', '--');
  console.log(`mutation: ${file}`);
  const env = { ...process.env, DOCS2TS_MUTATE: folder, DOCS2TS_MUTATE_FILES: file, DOCS2TS_MUTATE_NAME: name };
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], { stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
const summary = spawnSync(process.execPath, ['test/mutation/summarize.mjs'], { stdio: 'inherit' });
process.exit(summary.status ?? 1);
