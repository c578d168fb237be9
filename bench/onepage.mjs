// Issue 13, one page changed: cold generate, then (with a primed cache) one page edited, as
// `generate` (a fresh process) and as `watch` (the same process), on an N× corpus. Ratios are of
// CPU time (user+sys) and wall time, cold and one-page measured back to back in one run.
// usage: node bench/onepage.mjs [size=100] [--reuse] [--prof DIR] [--skip-cold]
//   --reuse      keep the corpus and cache of an earlier run (only the edit and the one-page runs)
//   --prof DIR   write V8 CPU profiles of the one-page runs into DIR
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const size = Number(args.find((a) => /^\d+$/.test(a)) ?? 100);
const prof = option('--prof');
const work = path.join(os.tmpdir(), 'docs2ts-onepage', `x${size}`);
const docsDir = path.join(work, 'docs-src');
const cacheDir = path.join(work, 'cache');

const node = (script, extra, ...rest) => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', ...extra, path.join(here, script), ...rest], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());
const profArgs = (name) => (prof ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(prof)}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`] : []);
const line = (label, run, full) => `  ${label.padEnd(22)} wall ${String(run.wallMs).padStart(7)} ms${full ? ` (${((run.wallMs / full.wallMs) * 100).toFixed(1)}%)` : ''}  cpu ${String(run.cpuMs).padStart(7)} ms${full ? ` (${((run.cpuMs / full.cpuMs) * 100).toFixed(1)}%)` : ''}\n    stages (wall/cpu ms): ${run.stages.map((s) => `${s.stage} ${s.ms}/${s.cpuMs}`).join(', ')}\n    emit parts: ${JSON.stringify(run.emitParts)}  units: ${JSON.stringify(run.unitStats)}  files: ${run.files}\n`;

if (!flag('--reuse') || !existsSync(docsDir)) {
  const seedModel = JSON.parse(await readFile(path.join(root, 'generated/model.json'), 'utf8'));
  await buildCorpus(path.join(root, 'docs-src'), seedModel, size, docsDir);
  await rm(cacheDir, { recursive: true, force: true });
}
let out = `one page changed at ${size}× (${new Date().toISOString()}, load ${os.loadavg()[0].toFixed(1)} at start)\n`;
const full = flag('--skip-cold') ? undefined : node('measure.mjs', [], docsDir);
if (full) out += line('cold (no cache)', full);
if (!existsSync(cacheDir)) node('measure.mjs', [], docsDir, cacheDir); // primes cache, memo, stamps and output
const changed = path.join(docsDir, 'tiw/en', `callbacks-whiteboard-push-c${size - 1}.txt`);
await appendFile(changed, `\nWas this page helpful? (edited ${Date.now()})\n`);
const incremental = node('measure.mjs', profArgs('generate'), docsDir, cacheDir);
out += line('one page (generate)', incremental, full);
const watch = node('measure.mjs', profArgs('watch'), docsDir, cacheDir, changed);
out += line('one page (watch)', watch, full);
out += `  load at end ${os.loadavg()[0].toFixed(1)}\n`;
process.stdout.write(out);
