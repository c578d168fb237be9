// Upper bound of keeping fenced code bodies out of remark: a bare remark + remark-gfm parse of a docs
// folder as written ('orig') or with every column-0 fence body emptied ('blank'), CPU of this process.
//   node bench/fence-bound.mjs DOCS_DIR orig|blank   (alternate the two, back to back)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
const list = (d) => readdirSync(d).flatMap((e) => { const f = path.join(d, e); return statSync(f).isDirectory() ? list(f) : f.endsWith('.json') ? [] : [f]; });
const texts = list(process.argv[2]).sort().map((f) => readFileSync(f, 'utf8'));
const blank = (t) => { const ls = t.split('\n'); let open; for (let i = 0; i < ls.length; i++) { const m = /^(`{3,}|~{3,})/.exec(ls[i]); if (open === undefined) { if (m) open = m[1]; } else if (m && m[1][0] === open[0] && m[1].length >= open.length && /^[`~]+[ \t]*$/.test(ls[i])) open = undefined; else ls[i] = ''; } return ls.join('\n'); };
const mode = process.argv[3];
const input = mode === 'blank' ? texts.map(blank) : texts;
let codeBytes = 0; for (let k = 0; k < texts.length; k++) codeBytes += texts[k].length - input[k].length;
const p = unified().use(remarkParse).use(remarkGfm);
const c0 = process.cpuUsage(); 
for (const t of input) p.parse(t);
const c = process.cpuUsage(c0);
console.log(mode, 'chars', input.reduce((n, t) => n + t.length, 0), 'removed', codeBytes, 'cpu', Math.round((c.user + c.system) / 1000));
