// Peak memory of the stages after the parse (issue 13), without paying for the parse each time:
// the pages' units come from a unit cache (filled by the first run on that cache folder), then
// check, emit and the write run cold (no emit memo, ts-morph preloaded in a worker), as
// `generateAll` does after the model. Readings as in bench/memory.mjs: after each step, the peak
// RSS so far and the live RSS, heap, external. Prints one JSON line. The whole cold run is
// bench/memory.mjs: use this one to compare changes to the emit, back to back, on one corpus.
// `node bench/memory-emit.mjs DOCS CACHE [--gc]` (with --gc: node --expose-gc)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const [docsDir, cacheDir, ...flags] = process.argv.slice(2);
const collect = flags.includes('--gc') && typeof globalThis.gc === 'function';
const dist = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const mb = (n) => Math.round(n / 1048576);
const stages = [];
let cpuMark = process.cpuUsage();
const reading = (stage) => {
  if (collect) globalThis.gc();
  const m = process.memoryUsage();
  const d = process.cpuUsage(cpuMark);
  cpuMark = process.cpuUsage();
  stages.push({ stage, atS: Math.round(performance.now() / 1000), cpuMs: Math.round((d.user + d.system) / 1000), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), rssMb: mb(m.rss), heapMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external) });
};

// the heap growth the CLI sets for itself (cli/main.ts)
(await load('cli/heap-growth.js')).boundHeapGrowth();
const { buildModelFromDocs, DEFAULT_PACKAGE_NAME } = await load('pipeline.js');
const { startTsPrinter } = await load('emit/ts/printer.js');
const { runChecks } = await load('check/index.js');
const { signatureRecipeFindings, statedRecipes } = await load('check/signature-recipe.js');
const { compareDiagnostics } = await load('shared/diagnostic.js');
const { emitPackage, startTypes } = await load('emit/index.js');
const { emitFindingReports } = await load('emit/report/index.js');
const { emitVersionReports } = await load('emit/diff-report/index.js');
const { emitCoverageReports } = await load('emit/coverage/index.js');
const { OutputFiles } = await load('shared/output-files.js');
const { prettyJsonBytes } = await load('shared/pretty-json-bytes.js');
const { writeOutputDir } = await load('cli/write-output.js');

const printer = startTsPrinter();
let run = await buildModelFromDocs(docsDir, { root: path.dirname(docsDir), cacheDir });
reading('model');
const cpuStarted = process.cpuUsage();
// as generateAll: the worker prints the types while this thread checks and emits the rest
const types = startTypes(run.model, { printer });
const findings = [...runChecks(run.model), ...signatureRecipeFindings(run.docs, {}, statedRecipes)].sort(compareDiagnostics);
reading('check');
const files = new OutputFiles().setBytes('model.json', prettyJsonBytes(run.model));
reading('model.json');
await emitPackage(run.model, findings, { packageName: DEFAULT_PACKAGE_NAME, packageVersion: '0.1.0', printer, types }, undefined, files);
reading('package');
for (const [p, contents] of emitFindingReports(findings)) files.set(p, contents);
for (const [p, contents] of emitVersionReports(run.documented)) files.set(p, contents);
for (const [p, contents] of emitCoverageReports(run.model)) files.set(p, contents);
reading('reports');
printer.close();
const summary = { pages: run.docs.length, events: run.model.events.length, files: files.size };
run = undefined;
const outDir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-memory-out-'));
await writeOutputDir(path.join(outDir, 'generated'), files, {});
reading('write');
await rm(outDir, { recursive: true, force: true });
const cpu = process.cpuUsage(cpuStarted);
process.stdout.write(`${JSON.stringify({ ...summary, cpuMsAfterModel: Math.round((cpu.user + cpu.system) / 1000), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), stages })}\n`);
