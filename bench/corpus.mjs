// Synthetic corpora for the benchmark: N copies of the seed pages, each copy with its event
// types, field names, struct labels and anchors renamed, so nothing is deduplicated.
import { mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';

async function listPages(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listPages(full)));
    else if (e.name !== 'manifest.json' && e.name !== 'findings-baseline.json') out.push(full);
  }
  return out.sort();
}

/** Identifiers worth renaming: every event type, field, struct and anchor the seed model knows. */
export function namesOf(model) {
  const names = new Set();
  const fields = (list) => {
    for (const f of list) {
      names.add(f.name);
      if (f.type.kind === 'object') fields(f.type.fields);
    }
  };
  for (const e of model.events) {
    names.add(e.eventType);
    fields(e.fields);
  }
  for (const s of Object.values(model.structs)) {
    names.add(s.name);
    for (const a of s.anchors) names.add(a);
    fields(s.fields);
  }
  for (const a of model.apis) {
    names.add(a.action);
    fields([...a.input, ...a.output]);
  }
  return [...names].filter((n) => n.length >= 3).sort((a, b) => b.length - a.length);
}

export async function buildCorpus(seedDir, model, copies, outDir) {
  await rm(outDir, { recursive: true, force: true });
  const pages = await listPages(seedDir);
  const pattern = new RegExp(`\\b(${namesOf(model).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');
  const texts = await Promise.all(pages.map((p) => readFile(p, 'utf8')));
  let bytes = 0;
  for (let k = 0; k < copies; k++) {
    for (let i = 0; i < pages.length; i++) {
      const rel = path.relative(seedDir, pages[i]);
      const ext = path.extname(rel);
      const target = path.join(outDir, rel.slice(0, -ext.length) + `-c${k}` + ext);
      const text = k === 0 ? texts[i] : texts[i].replace(pattern, (m) => `${m}C${k}`);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
      bytes += Buffer.byteLength(text);
    }
  }
  return { pages: pages.length * copies, bytes };
}
