// One benchmark run in a fresh process: `generate` on a docs folder, as the CLI runs it
// (cache and emit memo when a cache folder is given), with each stage's wall time and the
// process's peak memory after it. Prints one JSON line.
// With a third argument (a page), it runs as `watch` does: one warm run in this process, then
// the page is edited and the second run (same process, warm modules and memo) is the one measured.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const [docsDir, cacheDir, editPage] = process.argv.slice(2);
const dist = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
// CPU time (user + system, every thread of the process) since the last stage: unlike wall time,
// it means something on a machine shared with other jobs
let cpuMark = process.cpuUsage();
const cpuMs = () => {
  const d = process.cpuUsage(cpuMark);
  cpuMark = process.cpuUsage();
  return Math.round((d.user + d.system) / 1000);
};

// the heap growth the CLI sets for itself (cli/main.ts)
(await load('cli/heap-growth.js')).boundHeapGrowth();
const { generateAll } = await load('pipeline.js');
const { writeOutputDir } = await load('cli/write-output.js');
if (editPage) {
  const first = await generateAll(docsDir, { root: path.dirname(docsDir), cacheDir });
  await writeOutputDir(path.join(cacheDir, 'out'), first.files, { manifest: path.join(cacheDir, 'output-manifest.json') });
  const { appendFile } = await import('node:fs/promises');
  await appendFile(editPage, '\nEdited while watching.\n');
}
const stages = [];
const started = performance.now();
const cpuStarted = process.cpuUsage();
cpuMs();
const result = await generateAll(docsDir, {
  root: path.dirname(docsDir),
  cacheDir,
  printerWorker: true,
  onStage: (stage, ms) => stages.push({ stage: stage.replace(/ \(.*$/, ''), ms: Math.round(ms), cpuMs: cpuMs(), peakMb: peakMb() }),
});
const outDir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-bench-out-'));
const t = performance.now();
// the output folder of a cached run is the one the previous run wrote, as for a user
const out = cacheDir ? path.join(cacheDir, 'out') : path.join(outDir, 'generated');
await writeOutputDir(out, result.files, cacheDir ? { manifest: path.join(cacheDir, 'output-manifest.json') } : {});
stages.push({ stage: 'write', ms: Math.round(performance.now() - t), cpuMs: cpuMs(), peakMb: peakMb() });
await rm(outDir, { recursive: true, force: true });
const emitParts = Object.fromEntries(Object.entries(result.timings.emitParts).map(([k, v]) => [k, Math.round(v)]));
process.stdout.write(`${JSON.stringify({ pages: result.docs.length, bytes: result.docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0), events: result.model.events.length, wallMs: Math.round(performance.now() - started), cpuMs: Math.round(((u) => u.user + u.system)(process.cpuUsage(cpuStarted)) / 1000), stages, emitParts, unitStats: result.unitStats, files: result.files.size })}\n`);
