import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAll, type GenerateResult } from '../../generator/pipeline.js';
import { FIXTURE_DOCS } from '../helpers/fixture-docs.js';
import { schemaError, syntaxErrors } from '../helpers/output-checks.js';

/** mulberry32: a tiny seeded PRNG, so every run mutates the same way. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (lines: string[], rnd: () => number) => string[];
const pick = (n: number, rnd: () => number): number => Math.floor(rnd() * n);
const mutations: Record<string, Mutation> = {
  cut: (l, r) => {
    const a = pick(l.length, r);
    return [...l.slice(0, a), ...l.slice(a + 1 + pick(8, r))];
  },
  duplicate: (l, r) => {
    const a = pick(l.length, r);
    const b = Math.min(l.length, a + 1 + pick(12, r));
    return [...l.slice(0, b), ...l.slice(a, b), ...l.slice(b)];
  },
  shuffle: (l, r) => {
    const out = [...l];
    for (let k = 0; k < 6; k++) {
      const i = pick(out.length, r);
      const j = pick(out.length, r);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  },
  flip: (l, r) => {
    const out = [...l];
    const specials = ['|', '`', '{', '}', '"', '\\', '#', '<', '>', '*', '\u0000', '\uffff', '(', '[', ':'];
    for (let k = 0; k < 10; k++) {
      const i = pick(out.length, r);
      const line = out[i];
      if (!line) continue;
      const at = pick(line.length, r);
      out[i] = line.slice(0, at) + specials[pick(specials.length, r)] + line.slice(at + 1);
    }
    return out;
  },
  truncate: (l, r) => l.slice(0, pick(l.length, r)),
  // hostile shapes a careless or hostile page can take (issue 11)
  deepNesting: (l, r) => atJsonKey(l, r, (key) => `"Deep": ${deepJson(5_000, r)}, ${key}`),
  duplicateKey: (l, r) => atJsonKey(l, r, (key) => `${key} ${r() < 0.5 ? '"dup"' : '12345'}, ${key}`),
  oddFieldName: (l, r) => {
    const name = ODD_NAMES[pick(ODD_NAMES.length, r)];
    return r() < 0.5 ? atTableRow(l, r, (cells) => [r() < 0.5 ? `\`${name}\`` : name, ...cells.slice(1)]) : atJsonKey(l, r, () => `${JSON.stringify(name)}:`);
  },
  brokenTable: (l, r) =>
    atTableRow(l, r, (cells) => {
      const breakages = [() => cells.slice(0, 1), () => [...cells, 'extra', '|', ''], () => cells.map(() => '---'), () => [cells.join(' ')], () => ['', '', ...cells]];
      return breakages[pick(breakages.length, r)]();
    }),
};

const ODD_NAMES = ['__proto__', 'constructor', '*/x', 'a b', 'prototype', 'toString', '"quoted"', '${x}', '</script>'];

/** `{"k":{"k":…1…}}` nested `depth` levels, built without recursion. */
function deepJson(depth: number, r: () => number): string {
  const open = r() < 0.5 ? '{"k":' : '[';
  const close = open === '[' ? ']' : '}';
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
}

/** Rewrites the first JSON key (`"Name":`) of a random line that has one; unchanged when none has. */
function atJsonKey(l: string[], r: () => number, rewrite: (key: string) => string): string[] {
  const candidates = l.flatMap((line, i) => (/"[^"\\]+"\s*:/.test(line) ? [i] : []));
  if (!candidates.length) return l;
  const i = candidates[pick(candidates.length, r)];
  const out = [...l];
  out[i] = l[i].replace(/"[^"\\]+"\s*:/, (key) => rewrite(key));
  return out;
}

/** Rewrites the cells of a random table row (a line with two or more pipes). */
function atTableRow(l: string[], r: () => number, rewrite: (cells: string[]) => string[]): string[] {
  const candidates = l.flatMap((line, i) => ((line.match(/\|/g)?.length ?? 0) >= 2 ? [i] : []));
  if (!candidates.length) return l;
  const i = candidates[pick(candidates.length, r)];
  const out = [...l];
  const cells = l[i].split('|').map((c) => c.trim());
  out[i] = `| ${rewrite(cells.filter((c, k) => c !== '' || (k > 0 && k < cells.length - 1))).join(' | ')} |`;
  return out;
}

/** Names a page may be saved under: spaces, other scripts, object keys, very long, dots. */
function oddFileName(ext: string, r: () => number): string {
  const names = ['my page', '回调 événement ✓', '__proto__', 'constructor', 'x'.repeat(200), 'a..b', '..', '-rf', '#1 (copy)'];
  return `${names[pick(names.length, r)]}${ext}`;
}

const ITERATIONS = 30;
const SEED = 20261124;

interface Page {
  rel: string;
  text: string;
}

/*
 * Each iteration is its own seeded case: a random half of the products (every product is in about
 * half of the cases), with pages mutated line by line, hostile shapes inserted and some files
 * renamed oddly. Generation runs twice on it. The properties hold for every output, whatever the
 * input: nothing throws, the same input gives the same bytes, every .ts parses, every .json
 * parses, every schema compiles, model.json fits the model schema, every finding names a real file.
 */
describe(`fuzz: ${ITERATIONS} mutated copies of the fixture pages (seed ${SEED})`, () => {
  let work: string;
  let pages: Page[];
  let manifest: { documents: Array<{ file: string }> };
  const validateModel = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(new URL('../../generator/model/model.schema.json', import.meta.url), 'utf8')));
  const timings: number[] = [];
  // the checks are pure: a file (name and bytes) that passed them once passes again, and most
  // outputs (the runtime, package files, products no mutation touched) repeat across iterations
  const passed = new Set<string>();
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-fuzz-'));
    const list = async (dir: string): Promise<string[]> => (await readdir(dir, { withFileTypes: true })).flatMap((e) => (e.isDirectory() ? [] : [path.join(dir, e.name)])).concat(...(await Promise.all((await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => list(path.join(dir, e.name))))));
    const files = (await list(FIXTURE_DOCS)).filter((f) => !f.endsWith('.json')).sort();
    pages = await Promise.all(files.map(async (f) => ({ rel: path.relative(FIXTURE_DOCS, f).split(path.sep).join('/'), text: await readFile(f, 'utf8') })));
    manifest = JSON.parse(await readFile(path.join(FIXTURE_DOCS, 'manifest.json'), 'utf8'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
    // the figure to compare with CI's budget (printed, not asserted: a timed test would be flaky)
    const total = timings.reduce((a, b) => a + b, 0);
    console.log(`fuzz: ${timings.length} iterations, ${Math.round(total)} ms, ${Math.round(total / Math.max(1, timings.length))} ms per iteration (two runs and the checks)`);
  });

  /** Writes iteration `i`'s docs folder; returns what was done to it, for the failure message. */
  async function mutatedCorpus(i: number, dir: string): Promise<string[]> {
    const rnd = prng(SEED + i);
    const names = Object.keys(mutations);
    const products = [...new Set(pages.map((p) => p.rel.split('/')[0]))];
    let chosen = products.filter(() => rnd() < 0.5);
    if (!chosen.length) chosen = [products[pick(products.length, rnd)]];
    const applied = [`products:${chosen.join(',')}`];
    const taken = new Set<string>();
    for (const page of pages.filter((p) => chosen.includes(p.rel.split('/')[0]))) {
      let lines = page.text.split('\n');
      if (rnd() >= 0.4) {
        for (let k = 0; k < 1 + pick(3, rnd); k++) {
          const m = names[pick(names.length, rnd)];
          lines = mutations[m](lines, rnd);
          applied.push(`${m}:${page.rel}`);
        }
      }
      let rel = page.rel;
      if (rnd() < 0.15) {
        const renamed = path.posix.join(path.posix.dirname(rel), oddFileName(path.posix.extname(rel), rnd));
        if (!taken.has(renamed)) {
          applied.push(`rename:${rel}->${renamed}`);
          rel = renamed;
        }
      }
      taken.add(rel);
      await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await writeFile(path.join(dir, rel), lines.join('\n'));
    }
    const documents = manifest.documents.filter((d) => chosen.includes(d.file.split('/')[0]));
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, documents }, null, 2));
    return applied;
  }

  /** Every property of one output; `how` says which input made it, so a failure is reproducible. */
  function checkOutput(result: GenerateResult, how: string): void {
    for (const d of result.findings) {
      expect(typeof d.file === 'string' && d.file !== '' && d.line >= 1, `finding without a file or line: ${JSON.stringify(d)}; ${how}`).toBe(true);
      expect(existsSync(path.join(work, d.file)), `finding names a file that does not exist: ${d.file}; ${how}`).toBe(true);
    }
    for (const [rel, text] of result.files) {
      const key = createHash('sha256').update(rel).update('\0').update(text).digest('hex');
      if (passed.has(key)) continue;
      if (rel.endsWith('.ts')) expect(syntaxErrors(rel, text), `${rel}; ${how}`).toEqual([]);
      if (rel.endsWith('.json')) expect(() => JSON.parse(text), `${rel} is not JSON; ${how}`).not.toThrow();
      if (rel.endsWith('.schema.json')) expect(schemaError(text), `${rel}; ${how}`).toBeUndefined();
      passed.add(key);
    }
    const model = JSON.parse(result.files.get('model.json') ?? 'null');
    expect(validateModel(model) ? [] : validateModel.errors?.slice(0, 5), `model.json against model.schema.json; ${how}`).toEqual([]);
  }

  for (let i = 0; i < ITERATIONS; i++) {
    it(`iteration ${i} (seed ${SEED + i}): no throw, same bytes twice, every output parses or compiles, every finding has a file`, async () => {
      const dir = path.join(work, `run${i}`);
      const applied = await mutatedCorpus(i, dir);
      const how = `iteration ${i} (seed ${SEED + i}) after ${applied.join(' ')}`;
      const started = performance.now();
      const first = await generateAll(dir, { root: work });
      const second = await generateAll(dir, { root: work });
      checkOutput(first, how);
      timings.push(performance.now() - started);
      const changed = [...new Set([...first.files.keys(), ...second.files.keys()])].filter((rel) => first.files.get(rel) !== second.files.get(rel)).sort();
      expect(changed, `outputs that differ between two runs on the same input; ${how}`).toEqual([]);
      await rm(dir, { recursive: true, force: true });
    });
  }
});
