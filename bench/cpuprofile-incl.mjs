// Inclusive time of named functions in a V8 .cpuprofile (a function counted once per sample,
// however deep it recurses). usage: node bench/cpuprofile-incl.mjs FILE name1 name2 …
import { readFileSync } from 'node:fs';

const [file, ...names] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const want = new Set(names);
const incl = new Map(names.map((n) => [n, 0]));
let total = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const us = prof.timeDeltas[i] ?? 0;
  total += us;
  const seen = new Set();
  for (let id = prof.samples[i]; id !== undefined; id = parent.get(id)) {
    const name = byId.get(id).callFrame.functionName;
    if (want.has(name) && !seen.has(name)) {
      seen.add(name);
      incl.set(name, incl.get(name) + us);
    }
  }
}
console.log(`total ${(total / 1000).toFixed(0)} ms`);
for (const [n, us] of incl) console.log(`  ${(us / 1000).toFixed(0).padStart(7)} ms  ${n}`);
