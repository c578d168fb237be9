// A/B of `docs2ts generate` on the seed corpus from the shell: this checkout against another
// (built) checkout, runs interleaved, with a bare remark parse of the same pages in each round.
// Wall time and the child's CPU (user+sys, from /usr/bin/time) per run; medians. On a shared
// machine the wall ratios are noise: compare CPU and the ratios within a round.
// usage: node bench/seed-ab.mjs --base DIR [--rounds 7] [--out bench/results/seed-ab.txt]
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { base: { type: 'string' }, rounds: { type: 'string', default: '7' }, out: { type: 'string' } } });
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sides = { new: here, ...(values.base ? { base: path.resolve(values.base) } : {}) };
const list = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(path.join(dir, e.name)) : e.name.endsWith('.json') ? [] : [path.join(dir, e.name)]));
const pages = list(path.join(here, 'docs-src')).sort();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One run: wall ms and CPU ms (user+sys of the child and its threads). */
function timed(cwd, args) {
  const t = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S', process.execPath, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = performance.now() - t;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${run.stderr}`);
  const [, u, s] = /TIME ([\d.]+) ([\d.]+)/.exec(run.stderr) ?? [];
  return { wall, cpu: (Number(u) + Number(s)) * 1000 };
}

const samples = {};
const add = (k, v) => (samples[k] ??= []).push(v);
const rounds = Number(values.rounds);
for (let r = 0; r < rounds; r++) {
  const bare = timed(here, [path.join(here, 'bench/bare-remark.mjs'), ...pages]);
  add('bare', bare);
  for (const [name, root] of Object.entries(sides)) {
    const out = path.join(os.tmpdir(), `docs2ts-seed-ab-${name}`);
    rmSync(path.join(root, '.docs2ts-cache'), { recursive: true, force: true });
    const gen = () => timed(root, [path.join(root, 'bin/docs2ts.js'), 'generate', '--quiet', '--out', out]);
    const cold = gen();
    add(`${name} cold`, cold);
    add(`${name} cold/bare`, { wall: cold.wall / bare.wall, cpu: cold.cpu / bare.cpu });
    // past the racy-clean window of the files just written, then two warm runs (the first settles the manifest)
    await sleep(2100);
    gen();
    const warm = gen();
    add(`${name} warm`, warm);
    add(`${name} warm/bare`, { wall: warm.wall / bare.wall, cpu: warm.cpu / bare.cpu });
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (k, x) => (k.includes('/') ? x.toFixed(2) : String(Math.round(x)));
const lines = [`seed corpus (${pages.length} pages), ${rounds} rounds, ${new Date().toISOString()}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}`, 'median of rounds: wall ms / CPU ms (ratios: within each round, to that round\'s bare remark)'];
for (const [k, xs] of Object.entries(samples)) lines.push(`${k.padEnd(16)} wall ${fmt(k, median(xs.map((x) => x.wall))).padStart(6)}   cpu ${fmt(k, median(xs.map((x) => x.cpu))).padStart(6)}`);
const text = `${lines.join('\n')}\n`;
process.stdout.write(text);
if (values.out) writeFileSync(values.out, text);
