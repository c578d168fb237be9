// The corpus parsed several times in one process (pageUnit, or bare remark): CPU of the JS thread and of
// every other thread of the process (V8's helpers: GC, concurrent TurboFan) per pass. A later pass shows
// the steady state, past the JIT's warm-up. With --trace-opt, count `[completed compiling` lines per pass.
//   node [--trace-opt] bench/parse-passes.mjs DOCS_DIR units|bare [passes=3]   (after npm run build)
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
const root = path.resolve('.');
const threadTimes = () => { let main = 0, other = 0; for (const tid of readdirSync('/proc/self/task')) { const s = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8'); const f = s.slice(s.lastIndexOf(')') + 2).split(' '); const ms = (Number(f[11]) + Number(f[12])) * 10; if (Number(tid) === process.pid) main += ms; else other += ms; } return { main, other }; };
(await import(path.join(root, 'dist/cli/heap-growth.js'))).boundHeapGrowth();
const { readSources } = await import(path.join(root, 'dist/sources/index.js'));
const mode = process.argv[3];
let run;
if (mode === 'bare') {
  const { unified } = await import('unified'); const remarkParse = (await import('remark-parse')).default; const remarkGfm = (await import('remark-gfm')).default;
  const p = unified().use(remarkParse).use(remarkGfm); run = (d) => p.parse(d.text);
} else { const { pageUnit } = await import(path.join(root, 'dist/doc-units/page-unit.js')); run = (d) => pageUnit(d); }
const set = await readSources(process.argv[2], { root: path.dirname(process.argv[2]) });
for (let pass = 0; pass < Number(process.argv[4] ?? 3); pass++) {
  const a = threadTimes();
  for (const d of set.docs) run(d);
  const b = threadTimes();
  console.log(mode, 'pass', pass, 'js', b.main - a.main, 'helpers', b.other - a.other);
}
