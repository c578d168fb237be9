// Parse CPU per MB against bare remark CPU per MB, both on one thread, on an N× synthetic corpus
// (bench/corpus.mjs). Each side runs in its own fresh process; CPU time is user+sys of that
// process (process.cpuUsage) around the loop only, so module loading and reading are excluded.
// Run `npm run build` first.
//   node bench/parse-cost.mjs [--size 10] [--rounds 3] [--dump units.json]
// --dump writes every unit (parse + draft) as JSON, to check a change keeps the output identical.
// --pool also times the whole buildDocUnits on two threads (wall and CPU).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const cpuMs = (start) => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};

/** CPU time of the calling thread alone (Linux: utime+stime of /proc/thread-self, 10 ms ticks). */
const threadCpuMs = () => {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
};

const mode = process.argv[2];
if (mode === '--inner-units' || mode === '--inner-bare' || mode === '--inner-pool') {
  const docsDir = process.argv[3];
  const { readSources } = await import(path.join(root, 'dist/sources/index.js'));
  const set = await readSources(docsDir, { root: path.dirname(docsDir) });
  const bytes = set.docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  let run;
  if (mode === '--inner-bare') {
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const remarkGfm = (await import('remark-gfm')).default;
    const processor = unified().use(remarkParse).use(remarkGfm);
    run = () => set.docs.map((d) => processor.parse(d.text));
  } else if (mode === '--inner-pool') {
    const { buildDocUnits } = await import(path.join(root, 'dist/doc-units/index.js'));
    const w0 = performance.now();
    const c0 = process.cpuUsage();
    const m0 = threadCpuMs();
    const { stats } = await buildDocUnits(set.docs, { threads: 2 });
    process.stdout.write(`${JSON.stringify({ docs: set.docs.length, bytes, wallMs: Math.round(performance.now() - w0), cpuMs: Math.round(cpuMs(c0)), mainThreadCpuMs: threadCpuMs() - m0, threads: stats.threads })}\n`);
    process.exit(0);
  } else {
    const { pageUnit } = await import(path.join(root, 'dist/doc-units/page-unit.js'));
    run = () => set.docs.map((d) => pageUnit(d));
  }
  const c0 = process.cpuUsage();
  const m0 = threadCpuMs();
  const w0 = performance.now();
  const out = run();
  const result = { docs: set.docs.length, bytes, cpuMs: Math.round(cpuMs(c0)), mainThreadCpuMs: threadCpuMs() - m0, wallMs: Math.round(performance.now() - w0) };
  const dump = process.argv[4];
  if (dump) await writeFile(dump, JSON.stringify(out));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

const size = Number(arg('--size', '10'));
const rounds = Number(arg('--rounds', '3'));
const dump = arg('--dump');
const docsDir = path.join(os.tmpdir(), 'docs2ts-parsecost', `x${size}`, 'docs-src');
const seedModel = JSON.parse(await readFile(path.join(root, 'generated/model.json'), 'utf8'));
const corpus = await buildCorpus(path.join(root, 'docs-src'), seedModel, size, docsDir);
const inner = (m, ...rest) => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), m, docsDir, ...rest], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bare = [];
const units = [];
// alternate the two so both see the same machine load
for (let r = 0; r < rounds; r++) {
  bare.push(inner('--inner-bare'));
  units.push(inner('--inner-units', ...(dump && r === 0 ? [dump] : [])));
}
const mb = corpus.bytes / 1048576;
const bareCpu = median(bare.map((x) => x.cpuMs));
const unitCpu = median(units.map((x) => x.cpuMs));
const result = {
  size,
  pages: units[0].docs,
  mb: +mb.toFixed(2),
  bareCpuMs: bareCpu,
  parseCpuMs: unitCpu,
  bareCpuMsPerMb: Math.round(bareCpu / mb),
  parseCpuMsPerMb: Math.round(unitCpu / mb),
  ratio: +(unitCpu / bareCpu).toFixed(2),
  // the JS thread alone; the rest of the process CPU is V8's background threads (GC, JIT)
  mainThreadCpuMs: { bare: median(bare.map((x) => x.mainThreadCpuMs)), parse: median(units.map((x) => x.mainThreadCpuMs)) },
  rounds: { bare: bare.map((x) => x.cpuMs), parse: units.map((x) => x.cpuMs) },
};
if (process.argv.includes('--pool')) {
  const pool = inner('--inner-pool');
  result.pool = { ...pool, wallVsBareCpu: +(pool.wallMs / bareCpu).toFixed(2) };
}
process.stdout.write(`parse (pageUnit, one thread) ${result.parseCpuMsPerMb} CPU ms/MB vs bare remark ${result.bareCpuMsPerMb} CPU ms/MB: ${result.ratio}×\n`);
process.stdout.write(`${JSON.stringify(result)}\n`);
