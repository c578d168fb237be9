// Where the CPU of the cold parse goes when it runs on two threads (this one and a worker), as
// `generate` runs it: CPU per OS thread (the JS thread, the worker's JS thread, V8's and libuv's
// helper threads: concurrent GC marking, parallel scavenges, the compiler), GC pauses per isolate
// (--trace-gc, summed by kind), TurboFan compilations (--trace-opt), peak RSS. Each round runs in a fresh process; variants alternate
// so they see the same machine load. Run `npm run build` first.
//   node bench/parse-threads.mjs DOCS_DIR [--rounds 2] [--variant name=flag,flag ...]
// A variant is a name and node flags for that process (comma separated, may be empty), e.g.
//   --variant cli= --variant growth-default=--heap-growing-percent=0
// `cli` sets the heap growth the CLI sets (boundHeapGrowth) unless a flag names it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

/** utime+stime in ms of every thread of this process, by tid (10 ms ticks). */
const threadTimes = () => {
  const out = new Map();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
};

if (process.argv[2] === '--inner') {
  const docsDir = process.argv[3];
  (await import(path.join(root, 'dist/cli/heap-growth.js'))).boundHeapGrowth();
  const { readSources } = await import(path.join(root, 'dist/sources/index.js'));
  const { buildDocUnits } = await import(path.join(root, 'dist/doc-units/index.js'));
  const set = await readSources(docsDir, { root: path.dirname(docsDir) });
  const bytes = set.docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const before = threadTimes();
  const last = new Map();
  // a worker's threads are gone once it ends: keep the last reading of every thread
  const sample = () => {
    for (const [tid, ms] of threadTimes()) last.set(tid, ms);
  };
  const timer = setInterval(sample, 100);
  const w0 = performance.now();
  const c0 = process.cpuUsage();
  const { stats } = await buildDocUnits(set.docs, { threads: 2 });
  const cpu = process.cpuUsage(c0);
  const wallMs = Math.round(performance.now() - w0);
  clearInterval(timer);
  sample();
  const mainMs = last.get(process.pid) - before.get(process.pid);
  const fresh = [...last].filter(([tid]) => !before.has(tid)).map(([, ms]) => ms).sort((a, b) => b - a);
  const helpers = [...last].filter(([tid]) => tid !== process.pid && before.has(tid)).reduce((n, [tid, ms]) => n + ms - before.get(tid), 0);
  process.stdout.write(`RESULT ${JSON.stringify({ docs: set.docs.length, bytes, threads: stats.threads, wallMs, cpuMs: Math.round((cpu.user + cpu.system) / 1000), mainMs, newThreadsMs: fresh, helperThreadsMs: helpers, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
  process.exit(0);
}

const docsDir = path.resolve(process.argv[2]);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const rounds = Number(arg('--rounds', '2'));
const variants = process.argv.flatMap((a, i) => (a === '--variant' ? [process.argv[i + 1]] : [])).map((v) => {
  const [name, flags = ''] = v.split(/=(.*)/s);
  return { name, flags: flags.split(',').filter(Boolean) };
});
if (variants.length === 0) variants.push({ name: 'cli', flags: [] });

/** --trace-gc lines: pause ms (main-thread part + incremental steps) and count, by isolate and kind. */
function gcSummary(stdout) {
  const isolates = new Map();
  for (const line of stdout.split('\n')) {
    const m = /^\[\d+:(0x[0-9a-f]+)\]\s+\d+ ms: (Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact)\b.*?MB, ([\d.]+) \/ ([\d.]+) ms(?: \(\+ ([\d.]+) ms in \d+ steps)?/.exec(line);
    if (!m) continue;
    const [, iso, kind, pause, , steps] = m;
    const s = isolates.get(iso) ?? {};
    const k = (s[kind] ??= { n: 0, ms: 0 });
    k.n++;
    k.ms += Number(pause) + Number(steps ?? 0);
    isolates.set(iso, s);
  }
  return [...isolates.values()].map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { n: v.n, ms: Math.round(v.ms) }])));
}

const runs = [];
for (let r = 0; r < rounds; r++) {
  for (const v of variants) {
    const stdout = execFileSync(process.execPath, [...v.flags, '--trace-gc', '--trace-opt', fileURLToPath(import.meta.url), '--inner', docsDir], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    const result = JSON.parse(stdout.split('\n').find((l) => l.startsWith('RESULT ')).slice(7));
    const run = { variant: v.name, round: r, ...result, gc: gcSummary(stdout), turbofanCompiles: stdout.split('\n').filter((l) => l.startsWith('[completed compiling')).length };
    runs.push(run);
    process.stdout.write(`${JSON.stringify(run)}\n`);
  }
}
