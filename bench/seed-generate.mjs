// Issue figure: `docs2ts generate` on the seed corpus from the shell vs a bare remark parse of
// the same files in a fresh Node process; median of 5 each, cold (no cache) and warm.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const list = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(path.join(dir, e.name)) : e.name.endsWith('.json') ? [] : [path.join(dir, e.name)]));
const files = list(path.join(root, 'docs-src')).sort();
const out = path.join(os.tmpdir(), 'docs2ts-seed-out');
const time = (args, before) => {
  before?.();
  const t = performance.now();
  execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  return performance.now() - t;
};
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = (n, f) => Array.from({ length: n }, f);
const bare = median(runs(5, () => time([path.join(root, 'bench/bare-remark.mjs'), ...files])));
const cold = median(runs(5, () => time([path.join(root, 'bin/docs2ts.js'), 'generate', '--quiet', '--out', out], () => rmSync(path.join(root, '.docs2ts-cache'), { recursive: true, force: true }))));
const warm = median(runs(5, () => time([path.join(root, 'bin/docs2ts.js'), 'generate', '--quiet', '--out', out])));
rmSync(out, { recursive: true, force: true });
const result = { bareMs: Math.round(bare), coldGenerateMs: Math.round(cold), warmGenerateMs: Math.round(warm), coldRatio: +(cold / bare).toFixed(2), warmRatio: +(warm / bare).toFixed(2) };
// the targets of issue 13: cold ≤ 2.0×, warm ≤ 0.5× the bare parse
Object.assign(result, { coldTarget: 2.0, coldMet: result.coldRatio <= 2.0, warmTarget: 0.5, warmMet: result.warmRatio <= 0.5, when: new Date().toISOString() });
writeFileSync(path.join(root, 'bench/results/seed-generate.json'), `${JSON.stringify(result)}\n`);
console.log(JSON.stringify(result));
