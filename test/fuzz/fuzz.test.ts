import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAll } from '../../generator/pipeline.js';
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
};

const ITERATIONS = 30;
const SEED = 20261124;

describe(`fuzz: ${ITERATIONS} mutated copies of the seed corpus (seed ${SEED})`, () => {
  let work: string;
  let pages: Array<{ rel: string; text: string }>;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-fuzz-'));
    const list = async (dir: string): Promise<string[]> => (await readdir(dir, { withFileTypes: true })).flatMap((e) => (e.isDirectory() ? [] : [path.join(dir, e.name)])).concat(...(await Promise.all((await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => list(path.join(dir, e.name))))));
    const files = (await list('docs-src')).filter((f) => !f.endsWith('.json'));
    pages = await Promise.all(files.map(async (f) => ({ rel: path.relative('docs-src', f), text: await readFile(f, 'utf8') })));
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('never throws; every output parses or compiles; every diagnostic has a file and a line', async () => {
    const rnd = prng(SEED);
    const names = Object.keys(mutations);
    const summary: string[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const dir = path.join(work, `run${i}`);
      await cp('docs-src', dir, { recursive: true });
      const applied: string[] = [];
      for (const page of pages) {
        if (rnd() < 0.4) continue;
        let lines = page.text.split('\n');
        for (let k = 0; k < 1 + pick(3, rnd); k++) {
          const m = names[pick(names.length, rnd)];
          lines = mutations[m](lines, rnd);
          applied.push(`${m}:${path.basename(page.rel)}`);
        }
        await writeFile(path.join(dir, page.rel), lines.join('\n'));
      }
      const result = await generateAll(dir, { root: work });
      for (const d of result.findings) expect(d.file && d.line >= 1, `${JSON.stringify(d)} after ${applied.join(' ')}`).toBeTruthy();
      for (const [rel, text] of result.files) {
        if (rel.endsWith('.ts')) expect(syntaxErrors(rel, text), applied.join(' ')).toEqual([]);
        if (rel.endsWith('.schema.json')) expect(schemaError(text), `${rel} after ${applied.join(' ')}`).toBeUndefined();
      }
      summary.push(`${i}: ${result.model.events.length} events, ${result.findings.length} findings`);
      await rm(dir, { recursive: true, force: true });
    }
    expect(summary).toHaveLength(ITERATIONS);
  });
});
