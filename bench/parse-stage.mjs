// Cost of the parse stage (every dialect rule: HTML tables, hast cells, fences, JSON splitting) on
// docs-src/ against a bare remark parse of the same files: median of 5 fresh processes each (cold),
// and the in-process time of the parse itself (warm, after one run). Run `npm run build` first.
//   node bench/parse-stage.mjs
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[2] === '--inner') {
  const { readSources } = await import(path.join(root, 'dist/sources/index.js'));
  const { parseDoc } = await import(path.join(root, 'dist/parse/index.js'));
  const set = await readSources(path.join(root, 'docs-src'));
  const t0 = performance.now();
  for (const doc of set.docs) parseDoc(doc);
  const first = performance.now() - t0;
  const t1 = performance.now();
  for (const doc of set.docs) parseDoc(doc);
  console.log(JSON.stringify({ docs: set.docs.length, firstMs: first, warmMs: performance.now() - t1 }));
  process.exit(0);
}
if (process.argv[2] === '--bare') {
  const { readSources } = await import(path.join(root, 'dist/sources/index.js'));
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const remarkGfm = (await import('remark-gfm')).default;
  const set = await readSources(path.join(root, 'docs-src'));
  const processor = unified().use(remarkParse).use(remarkGfm);
  const t0 = performance.now();
  for (const doc of set.docs) processor.parse(doc.text);
  const first = performance.now() - t0;
  const t1 = performance.now();
  for (const doc of set.docs) processor.parse(doc.text);
  console.log(JSON.stringify({ docs: set.docs.length, firstMs: first, warmMs: performance.now() - t1 }));
  process.exit(0);
}

const run = (mode) => {
  const t = performance.now();
  const inner = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), mode], { cwd: root, encoding: 'utf8' }));
  return { processMs: performance.now() - t, ...inner };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const five = (mode) => Array.from({ length: 5 }, () => run(mode));
const bare = five('--bare');
const parse = five('--inner');
const pick = (rs, k) => Math.round(median(rs.map((r) => r[k])));
const result = {
  docs: parse[0].docs,
  bare: { processMs: pick(bare, 'processMs'), firstParseMs: pick(bare, 'firstMs'), warmParseMs: pick(bare, 'warmMs') },
  parseStage: { processMs: pick(parse, 'processMs'), firstParseMs: pick(parse, 'firstMs'), warmParseMs: pick(parse, 'warmMs') },
};
result.ratio = { process: +(result.parseStage.processMs / result.bare.processMs).toFixed(2), firstParse: +(result.parseStage.firstParseMs / result.bare.firstParseMs).toFixed(2), warmParse: +(result.parseStage.warmParseMs / result.bare.warmParseMs).toFixed(2) };
console.log(JSON.stringify(result));
