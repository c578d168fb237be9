import { describe, expect, it, vi } from 'vitest';
import type { DocUnit } from '../../generator/model/index.js';
import type { SourceDoc } from '../../generator/sources/types.js';
import type { UnitCache } from '../../generator/cache/unit-cache.js';

// records whether the parser module was loaded at all
const loaded = vi.hoisted(() => ({ parser: false }));
vi.mock('../../generator/doc-units/page-unit.js', () => {
  loaded.parser = true;
  return { pageUnit: (doc: SourceDoc): DocUnit => ({ source: { file: doc.file } as DocUnit['source'], diagnostics: [], draft: {} as DocUnit['draft'] }) };
});

const { buildDocUnits } = await import('../../generator/doc-units/index.js');

const doc = (file: string): SourceDoc => ({ file, product: 'p', lang: 'zh', format: 'markdown', detected: false, hash: file, text: '# x\n' }) as unknown as SourceDoc;

describe('the parser is loaded only when a page must be parsed', () => {
  it('does not load it when every page comes from the cache, and loads it for the first page that does not', async () => {
    const stored = new Map<string, DocUnit>();
    const cache = { get: (d: SourceDoc) => Promise.resolve(stored.get(d.file)), set: (d: SourceDoc, u: DocUnit) => Promise.resolve(void stored.set(d.file, u)) } as unknown as UnitCache;
    stored.set('a.md', { source: { file: 'a.md' } } as DocUnit);
    const warm = await buildDocUnits([doc('a.md')], { cache, threads: 1 });
    expect(warm.stats).toMatchObject({ cached: 1, built: 0 });
    expect(loaded.parser).toBe(false);
    const cold = await buildDocUnits([doc('a.md'), doc('b.md')], { cache, threads: 1 });
    expect(cold.stats).toMatchObject({ cached: 1, built: 1 });
    expect(loaded.parser).toBe(true);
    expect(cold.units.map((u) => u.source.file)).toEqual(['a.md', 'b.md']);
  });
});
