// Where the memory of a cold `generate` goes (issue 13): runs generate and the write as the CLI does
// (no cache, ts-morph preloaded in a worker) and prints, after each stage, the process's peak RSS so
// far and what is live then: RSS, V8 heap used, external and array buffers. With `--gc` (run node
// with --expose-gc) a full collection runs before each reading, so "heap" is what the stage keeps
// alive rather than what the collector has not freed yet. Prints one JSON line.
// `node --expose-gc bench/memory.mjs DOCS [--gc]`
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const [docsDir, ...flags] = process.argv.slice(2);
const collect = flags.includes('--gc') && typeof globalThis.gc === 'function';
const dist = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const mb = (n) => Math.round(n / 1048576);
const reading = (stage, ms) => {
  if (collect) globalThis.gc();
  const m = process.memoryUsage();
  return { stage: stage.replace(/ \(.*$/, ''), ms: Math.round(ms), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), rssMb: mb(m.rss), heapMb: mb(m.heapUsed), externalMb: mb(m.external), arrayBuffersMb: mb(m.arrayBuffers) };
};

// the heap growth the CLI sets for itself (cli/main.ts)
(await load('cli/heap-growth.js')).boundHeapGrowth();
const { generateAll } = await load('pipeline.js');
const { writeOutputDir } = await load('cli/write-output.js');
const stages = [reading('start', 0)];
const started = performance.now();
const cpuStarted = process.cpuUsage();
let result = await generateAll(docsDir, { root: path.dirname(docsDir), printerWorker: true, onStage: (stage, ms) => stages.push(reading(stage, ms)) });
const summary = { pages: result.docs.length, events: result.model.events.length, files: result.files.size };
const outDir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-memory-out-'));
const t = performance.now();
const { files } = result;
result = undefined;
await writeOutputDir(path.join(outDir, 'generated'), files, {});
stages.push(reading('write', performance.now() - t));
await rm(outDir, { recursive: true, force: true });
const cpu = process.cpuUsage(cpuStarted);
process.stdout.write(`${JSON.stringify({ ...summary, wallMs: Math.round(performance.now() - started), cpuMs: Math.round((cpu.user + cpu.system) / 1000), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), stages })}\n`);
