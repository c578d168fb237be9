import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../generator/config/limits.js';
import { applyPageLimits, tooManyRows, tooManyTables } from '../../generator/parse/page-limits.js';
import { emptyCell } from '../../generator/parse/row-width.js';
import type { Block, CodeBlock, TableBlock } from '../../generator/parse/types.js';
import type { Diagnostic } from '../../generator/shared/diagnostic.js';

const where = { file: 'docs-src/p/en/x.md', product: 'p', lang: 'en' as const, format: 'markdown' as const, hash: 'h', detected: { lang: false, format: false, product: false } };
const limits = (over: Partial<Limits>): Limits => ({ ...DEFAULT_LIMITS, ...over });
const table = (line: number, rows: number): TableBlock => ({
  kind: 'table',
  dialect: 'gfm',
  line,
  header: [{ ...emptyCell(), text: 'h', raw: 'h' }],
  rows: Array.from({ length: rows }, (_, i) => ({ cells: [{ ...emptyCell(), text: `r${i}`, raw: `r${i}` }], line: line + 2 + i })),
});
const code = (text: string, extra: Partial<CodeBlock> = {}): CodeBlock => ({ kind: 'code', lang: 'json', text, line: 1, ...extra });

describe('applyPageLimits', () => {
  it('keeps the first tables up to the limit and the other blocks, with one finding at the first table skipped', () => {
    const diagnostics: Diagnostic[] = [];
    const heading: Block = { kind: 'heading', depth: 2, text: 'T', line: 1 };
    const blocks = [table(3, 1), heading, table(10, 1), table(20, 1), table(30, 1)];
    const out = applyPageLimits(blocks, limits({ maxTablesPerPage: 2 }), where, diagnostics);
    expect(out).toEqual([blocks[0], heading, blocks[2]]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'page-too-many-tables', file: 'docs-src/p/en/x.md', line: 20, product: 'p', lang: 'en' });
    expect(diagnostics[0].message).toBe('The page has 4 tables, over the limit of 2 (limits.maxTablesPerPage); the last 2, from this one on, were skipped.');
  });

  it('says nothing for tables at the limit', () => {
    const diagnostics: Diagnostic[] = [];
    const blocks = [table(1, 1), table(5, 1)];
    expect(applyPageLimits(blocks, limits({ maxTablesPerPage: 2 }), where, diagnostics)).toEqual(blocks);
    expect(diagnostics).toEqual([]);
  });

  it('cuts rows past the limit, at the line of the first row skipped, and leaves a table at the limit as it is', () => {
    const diagnostics: Diagnostic[] = [];
    const long = table(1, 5);
    const atLimit = table(20, 3);
    const [cut, same] = applyPageLimits([long, atLimit], limits({ maxTableRows: 3 }), where, diagnostics) as TableBlock[];
    expect(cut.rows.map((r) => r.cells[0].text)).toEqual(['r0', 'r1', 'r2']);
    expect(long.rows).toHaveLength(5);
    expect(same).toBe(atLimit);
    expect(diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['table-too-many-rows', 6, 'The table has 5 rows, over the limit of 3 (limits.maxTableRows); the last 2, from this one on, were skipped.'],
    ]);
  });

  it('marks a code block over maxExampleBytes, counted in UTF-8', () => {
    const [big] = applyPageLimits([code('说说说说')], limits({ maxExampleBytes: 11 }), where, []) as CodeBlock[];
    expect(big.overLimit).toEqual({ limit: 'bytes', message: 'the code block is 12 bytes, over the limit of 11 (limits.maxExampleBytes)', offset: 0, line: 1, column: 1 });
    const [fits] = applyPageLimits([code('说说说说')], limits({ maxExampleBytes: 12 }), where, []) as CodeBlock[];
    expect(fits.overLimit).toBeUndefined();
    // four ASCII characters are 4 bytes, under a limit of 11 however the shortcut counts
    const [ascii] = applyPageLimits([code('abcd')], limits({ maxExampleBytes: 11 }), where, []) as CodeBlock[];
    expect(ascii.overLimit).toBeUndefined();
    const [exact] = applyPageLimits([code('abcd')], limits({ maxExampleBytes: 4 }), where, []) as CodeBlock[];
    expect(exact.overLimit).toBeUndefined();
    const [over] = applyPageLimits([code('abcde')], limits({ maxExampleBytes: 4 }), where, []) as CodeBlock[];
    expect(over.overLimit?.limit).toBe('bytes');
  });

  it('marks a code block nesting past maxExampleDepth at the line and column of the bracket', () => {
    const [deep] = applyPageLimits([code('{\n  "a": [[1]]\n}')], limits({ maxExampleDepth: 2 }), where, []) as CodeBlock[];
    expect(deep.overLimit).toEqual({ limit: 'depth', message: 'the example nests deeper than 2 levels (limits.maxExampleDepth)', offset: 10, line: 2, column: 9 });
    const shallow = code('[[1]]');
    expect(applyPageLimits([shallow], limits({ maxExampleDepth: 2 }), where, [])).toEqual([shallow]);
  });

  it('leaves a block already over a limit as it is', () => {
    const marked = code('[[[[1]]]]', { overLimit: { limit: 'bytes', message: 'm', offset: 0, line: 1, column: 1 } });
    expect(applyPageLimits([marked], limits({ maxExampleDepth: 1 }), where, [])[0]).toBe(marked);
  });
});

describe('limit findings', () => {
  it('say where and by how much', () => {
    expect(tooManyTables(where, 7, 9, 4, 5)).toMatchObject({ code: 'page-too-many-tables', line: 7, file: where.file, product: 'p', lang: 'en' });
    expect(tooManyRows(where, 8, 10, 4).message).toBe('The table has 10 rows, over the limit of 4 (limits.maxTableRows); the last 6, from this one on, were skipped.');
  });
});
