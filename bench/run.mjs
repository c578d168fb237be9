// `npm run bench`: synthetic corpora of 1×, 10× and 100× the seed pages; per-stage wall time
// and peak memory of generate, each as a ratio of a bare remark parse of the same files,
// measured in the same run. `--sizes 1,10,100,1000` picks the sizes, `--cold-only 100` skips the
// warm, one-page and watch runs at the sizes it names. Then the seed corpus from the shell
// (seed-generate.mjs), the validators against Ajv (validators.mjs) and one table of 200,000 rows
// (large-inputs.mjs); `--skip seed,validators,large` leaves any of them out (their last saved
// figures are reported instead). Writes bench/results/latest.json and latest.txt.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [1, 10, 100];
const work = path.join(os.tmpdir(), 'docs2ts-bench');
// `--cold-only 100`: at these sizes only the cold run (no warm, one-page or watch runs), when time is short
const coldArg = process.argv.indexOf('--cold-only');
const coldOnly = new Set(coldArg > 0 ? process.argv[coldArg + 1].split(',').map(Number) : []);
const skipArg = process.argv.indexOf('--skip');
const skip = new Set(skipArg > 0 ? process.argv[skipArg + 1].split(',') : []);

const node = (script, ...args) => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', path.join(here, script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());

const seedModel = JSON.parse(await readFile(path.join(root, 'generated/model.json'), 'utf8'));
// `--from FILE`: no measuring, only the report of saved figures (a run cut short: results/partial.json)
const fromArg = process.argv.indexOf('--from');
const results = fromArg > 0 ? JSON.parse(await readFile(process.argv[fromArg + 1], 'utf8')).results : [];
for (const size of fromArg > 0 ? [] : sizes) {
  const docsDir = path.join(work, `x${size}`, 'docs-src');
  const corpus = await buildCorpus(path.join(root, 'docs-src'), seedModel, size, docsDir);
  const bare = node('bare.mjs', docsDir);
  const full = node('measure.mjs', docsDir);
  if (coldOnly.has(size)) {
    results.push({ size, pages: full.pages, mb: +(corpus.bytes / 1048576).toFixed(2), events: full.events, bareParseMs: bare.ms, bareMb: bare.peakMb, full });
    await saveProgress();
    continue;
  }
  // incremental: warm the cache, change one page, measure again
  const cacheDir = path.join(work, `x${size}`, 'cache');
  await rm(cacheDir, { recursive: true, force: true });
  node('measure.mjs', docsDir, cacheDir);
  const pages = full.pages;
  const changed = path.join(docsDir, 'tiw/en', `callbacks-whiteboard-push-c${size - 1}.txt`);
  await appendFile(changed, '\nWas this page helpful? (edited)\n');
  const incremental = node('measure.mjs', docsDir, cacheDir);
  // as `watch` does it: the same process regenerates after an edit
  const watch = node('measure.mjs', docsDir, cacheDir, changed);
  results.push({ size, pages, mb: +(corpus.bytes / 1048576).toFixed(2), events: full.events, bareParseMs: bare.ms, bareMb: bare.peakMb, full, incremental, watch });
  await saveProgress();
}

// the figures the issue names outside the synthetic corpora, each in its own process; their results
// files (seed-generate.json, validators.json) are read back by issueTargets
const fromRun = fromArg > 0;
if (!fromRun && !skip.has('seed')) process.stderr.write(`seed corpus: ${execFileSync(process.execPath, [path.join(here, 'seed-generate.mjs')], { cwd: root, encoding: 'utf8' }).trim()}\n`);
if (!fromRun && !skip.has('validators')) {
  const line = execFileSync(process.execPath, [path.join(here, 'validators.mjs')], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
  await writeFile(path.join(here, 'results', 'validators.json'), `${line}\n`);
}
let largeTable;
if (!fromRun && !skip.has('large')) {
  const out = execFileSync(process.execPath, [path.join(here, 'large-inputs.mjs'), 'rows=200000', 'tables=', 'remark=0'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  largeTable = JSON.parse(out.trim().split('\n').pop());
  await writeFile(path.join(here, 'results', 'large-table.json'), `${JSON.stringify(largeTable)}\n`);
}

/** Each size's figures as soon as they are measured: a long run cut short keeps what it has. */
async function saveProgress() {
  await mkdir(path.join(here, 'results'), { recursive: true });
  await writeFile(path.join(here, 'results', 'partial.json'), `${JSON.stringify({ results }, null, 2)}\n`);
}

const base = results.find((r) => r.size === Math.min(...results.map((x) => x.size)));
const rows = results.map((r) => {
  const perPage = r.full.wallMs / r.pages;
  const stageCols = Object.fromEntries(r.full.stages.map((s) => [s.stage, `${s.ms} ms (${(s.ms / r.bareParseMs).toFixed(2)}×) ${s.peakMb} MB`]));
  return {
    size: `${r.size}×`,
    pages: r.pages,
    MB: r.mb,
    events: r.events,
    'bare remark': `${r.bareParseMs} ms`,
    ...stageCols,
    'generate wall': `${r.full.wallMs} ms (${(r.full.wallMs / r.bareParseMs).toFixed(2)}×)`,
    'parse+model vs bare throughput': `${(r.bareParseMs / (stageMs(r.full, 'parse') + stageMs(r.full, 'model'))).toFixed(2)}`,
    'pages/s': Math.round((r.pages / r.full.wallMs) * 1000),
    'ms/page vs smallest': (perPage / (base.full.wallMs / base.pages)).toFixed(2),
    'incremental (1 page)': r.incremental ? `${r.incremental.wallMs} ms (${((r.incremental.wallMs / r.full.wallMs) * 100).toFixed(1)}% of full)` : 'not run (--cold-only)',
    'emit parts (ms)': JSON.stringify(r.full.emitParts),
    'watch (1 page, same process)': r.watch ? `${r.watch.wallMs} ms (${((r.watch.wallMs / r.full.wallMs) * 100).toFixed(1)}% of full)` : 'not run (--cold-only)',
    'incremental stages (ms)': r.incremental ? JSON.stringify(Object.fromEntries(r.incremental.stages.map((s) => [s.stage, s.ms]))) : 'not run',
    'peak MB': Math.max(...r.full.stages.map((s) => s.peakMb)),
  };
});
function stageMs(run, name) {
  return run.stages.find((s) => s.stage === name)?.ms ?? 0;
}
const targets = issueTargets(results, base);
let text = '';
for (const row of rows) {
  text += `\n${row.size}\n`;
  for (const [k, v] of Object.entries(row)) text += `  ${k.padEnd(32)} ${v}\n`;
}
text += fromArg > 0 ? '\nissue 13 targets (ratios within the saved run)\n' : '\nissue 13 targets (ratios within this run; load average at the end ' + os.loadavg()[0].toFixed(1) + ')\n';
for (const t of targets) text += `  ${t.met === null ? 'FIGURE ' : t.met === undefined ? 'not measured' : t.met ? 'MET    ' : 'NOT MET'}  ${t.target}: ${t.value}\n`;
process.stdout.write(text);
await mkdir(path.join(here, 'results'), { recursive: true });
await writeFile(path.join(here, 'results', 'latest.json'), `${JSON.stringify({ machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg() }, results, targets }, null, 2)}\n`);
await writeFile(path.join(here, 'results', 'latest.txt'), text);
process.stdout.write(`\nwrote bench/results/latest.json and latest.txt\n`);

/** Every target of issue 13, met or not, from this run and the last validator and seed runs. */
function issueTargets(results, base) {
  const out = [];
  const at = (size) => results.find((r) => r.size === size);
  for (const r of results.filter((x) => x.size >= 10)) {
    const ratio = r.full.wallMs / r.bareParseMs;
    out.push({ target: `whole generate cold at ${r.size}× ≤ 0.75× bare remark`, value: `${ratio.toFixed(2)}×`, met: ratio <= 0.75 });
  }
  for (const r of results) {
    for (const [label, run] of [['generate', r.incremental], ['watch', r.watch]]) {
      if (!run) {
        out.push({ target: `one page changed at ${r.size}× (${label}) ≤ 5% of full cold`, value: 'not run (--cold-only)', met: undefined });
        continue;
      }
      const pct = (run.wallMs / r.full.wallMs) * 100;
      out.push({ target: `one page changed at ${r.size}× (${label}) ≤ 5% of full cold${r.size === 100 ? '' : ' (the issue sets it at 100×)'}`, value: `${pct.toFixed(1)}%`, met: pct <= 5 });
    }
  }
  const big = at(100);
  const peak = big ? Math.max(...big.full.stages.map((s) => s.peakMb)) : undefined;
  out.push({ target: 'peak memory at 100× ≤ 1.0 GB', value: peak === undefined ? 'no 100× run' : `${(peak / 1024).toFixed(2)} GB`, met: peak === undefined ? undefined : peak <= 1024 });
  const ten = at(10);
  const perPage = big && ten ? big.full.wallMs / big.pages / (ten.full.wallMs / ten.pages) : undefined;
  out.push({ target: 'time per page at 100× ≤ 1.2× that at 10×', value: perPage === undefined ? 'needs 10× and 100×' : `${perPage.toFixed(2)}×`, met: perPage === undefined ? undefined : perPage <= 1.2 });
  const thousand = at(1000);
  out.push({ target: '1000× point (if it fits in 10 minutes)', value: thousand ? `${Math.round(thousand.full.wallMs / 1000)} s` : 'not run', met: thousand ? thousand.full.wallMs <= 600_000 : undefined });
  const saved = (file) => {
    try {
      return JSON.parse(readFileSync(path.join(here, 'results', file), 'utf8'));
    } catch {
      return undefined;
    }
  };
  const seed = saved('seed-generate.json');
  out.push({ target: 'seed corpus cold from the shell ≤ 2.0× (node bench/seed-generate.mjs)', value: seed ? `${seed.coldRatio}× (${seed.when ?? 'earlier run'})` : 'not run', met: seed ? seed.coldRatio <= 2 : undefined });
  out.push({ target: 'seed corpus warm from the shell ≤ 0.5×', value: seed ? `${seed.warmRatio}×` : 'not run', met: seed ? seed.warmRatio <= 0.5 : undefined });
  const v = saved('validators.json');
  out.push({ target: 'validator code ≤ 1.5× the schema bytes (node bench/validators.mjs)', value: v ? `${v.codeVsSchemas}×` : 'not run', met: v ? v.codeVsSchemas <= 1.5 : undefined });
  out.push({ target: 'validators at least as fast as Ajv standalone (every fixture 1,000×)', value: v ? `${v.ownVsAjvTime}× Ajv's time` : 'not run', met: v ? v.ownVsAjvTime <= 1 : undefined });
  const table = saved('large-table.json');
  const g = table?.generate;
  out.push({
    target: 'one table of 200,000 rows (node bench/large-inputs.mjs rows=200000 tables= remark=0; no target, the figure)',
    value: !g ? 'not run' : g.error || g.timedOut ? `failed: ${g.error ?? 'timed out'}` : `${(g.ms / 1000).toFixed(1)} s, ${(g.ms / table.units).toFixed(2)} ms/row, peak ${Math.round(g.peakMb)} MB (through the model ${Math.round(g.peakThroughModelMb)} MB), kept after the model ${((g.liveAfterModelMb * 1024) / table.units).toFixed(2)} KB/row`,
    met: null,
  });
  return out;
}
