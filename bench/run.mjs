// `npm run bench`: synthetic corpora of 1×, 10× and 100× the seed pages; per-stage wall time
// and peak memory of generate, each as a ratio of a bare remark parse of the same files,
// measured in the same run. `--sizes 1,10,100,1000` picks the sizes. Writes bench/results/latest.json.
import { execFileSync } from 'node:child_process';
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

const node = (script, ...args) => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', path.join(here, script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());

const seedModel = JSON.parse(await readFile(path.join(root, 'generated/model.json'), 'utf8'));
const results = [];
for (const size of sizes) {
  const docsDir = path.join(work, `x${size}`, 'docs-src');
  const corpus = await buildCorpus(path.join(root, 'docs-src'), seedModel, size, docsDir);
  const bare = node('bare.mjs', docsDir);
  const full = node('measure.mjs', docsDir);
  // incremental: warm the cache, change one page, measure again
  const cacheDir = path.join(work, `x${size}`, 'cache');
  await rm(cacheDir, { recursive: true, force: true });
  node('measure.mjs', docsDir, cacheDir);
  const pages = full.pages;
  const changed = path.join(docsDir, 'tiw/en', `callbacks-whiteboard-push-c${size - 1}.txt`);
  await appendFile(changed, '\nWas this page helpful? (edited)\n');
  const incremental = node('measure.mjs', docsDir, cacheDir);
  results.push({ size, pages, mb: +(corpus.bytes / 1048576).toFixed(2), events: full.events, bareParseMs: bare.ms, bareMb: bare.peakMb, full, incremental });
}

const base = results.find((r) => r.size === Math.min(...sizes));
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
    'incremental (1 page)': `${r.incremental.wallMs} ms (${((r.incremental.wallMs / r.full.wallMs) * 100).toFixed(1)}% of full)`,
    'emit parts (ms)': JSON.stringify(r.full.emitParts),
    'incremental stages (ms)': JSON.stringify(Object.fromEntries(r.incremental.stages.map((s) => [s.stage, s.ms]))),
    'peak MB': Math.max(...r.full.stages.map((s) => s.peakMb)),
  };
});
function stageMs(run, name) {
  return run.stages.find((s) => s.stage === name)?.ms ?? 0;
}
for (const row of rows) {
  process.stdout.write(`\n${row.size}\n`);
  for (const [k, v] of Object.entries(row)) process.stdout.write(`  ${k.padEnd(32)} ${v}\n`);
}
await mkdir(path.join(here, 'results'), { recursive: true });
await writeFile(path.join(here, 'results', 'latest.json'), `${JSON.stringify({ machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version }, results }, null, 2)}\n`);
process.stdout.write(`\nwrote bench/results/latest.json\n`);
