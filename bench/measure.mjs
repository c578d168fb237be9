// One benchmark run in a fresh process: each stage of `generate` on a docs folder, with wall
// time and the process's peak memory after the stage. Prints one JSON line.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const [docsDir, cacheDir] = process.argv.slice(2);
const dist = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);

const stages = [];
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
async function stage(name, fn) {
  const t = performance.now();
  const result = await fn();
  stages.push({ stage: name, ms: Math.round(performance.now() - t), peakMb: peakMb() });
  return result;
}

const { readSources } = await load('sources/index.js');
const { buildDocUnits, UnitCache, generatorFingerprint } = await load('units/index.js');
const { buildModelFromUnits } = await load('model/index.js');
const started = performance.now();
const { docs } = await stage('sources', () => readSources(docsDir, { root: path.dirname(docsDir) }));
const cache = cacheDir ? new UnitCache(cacheDir, await generatorFingerprint()) : undefined;
const { units, stats } = await stage('parse', () => buildDocUnits(docs, { cache }));
const model = await stage('model', () => buildModelFromUnits(stats.cached ? structuredClone(units) : units));
let findings = [];
try {
  const { runChecks } = await load('check/index.js');
  findings = await stage('check', () => runChecks(model));
} catch (error) {
  if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}
let files = new Map([['model.json', JSON.stringify(model, null, 2)]]);
try {
  const emit = await load('emit/index.js');
  const out = await stage('emit', () => emit.emitPackage(model, findings, { packageName: 'bench', packageVersion: '0.0.0' }));
  for (const [k, v] of out) files.set(k, v);
} catch (error) {
  if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}
const { writeOutputDir } = await load('cli/write-output.js');
const outDir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-bench-out-'));
await stage('write', () => writeOutputDir(path.join(outDir, 'generated'), files));
await rm(outDir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ pages: docs.length, bytes: docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0), events: model.events.length, wallMs: Math.round(performance.now() - started), stages, unitStats: stats, files: files.size })}\n`);
