// Top self-time of a V8 .cpuprofile (node --cpu-prof), by function and by source file.
// usage: node bench/cpuprofile-top.mjs FILE.cpuprofile [count=30]
import { readFileSync } from 'node:fs';

const [file, count = '30'] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const files = new Map();
for (const [id, us] of self) {
  const { callFrame: c } = byId.get(id);
  const where = c.url.replace(/^.*\/(dist|node_modules)\//, '$1/');
  const k = `${c.functionName || '(anon)'} ${where}:${c.lineNumber + 1}`;
  fn.set(k, (fn.get(k) ?? 0) + us);
  files.set(where || '(native)', (files.get(where || '(native)') ?? 0) + us);
}
const show = (title, m) => {
  console.log(`${title} (total ${(total / 1000).toFixed(0)} ms)`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) console.log(`  ${(us / 1000).toFixed(0).padStart(7)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
};
show('self time by function', fn);
show('self time by file', files);
