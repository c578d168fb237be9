// Reference for every ratio: a bare single-threaded unified + remark-parse + remark-gfm parse
// of the same files, timed in-process (module loading excluded). Prints one JSON line.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

async function list(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await list(full)));
    else if (!e.name.endsWith('.json')) out.push(full);
  }
  return out.sort();
}
const files = await list(process.argv[2]);
const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
const processor = unified().use(remarkParse).use(remarkGfm);
const t = performance.now();
for (const text of texts) processor.parse(text);
process.stdout.write(`${JSON.stringify({ ms: Math.round(performance.now() - t), peakMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
