import { describe, expect, it } from 'vitest';
import { isPipeRow, readScrapedText, splitPipeRow } from '../../generator/parse/scraped-text.js';
import type { TableBlock } from '../../generator/parse/types.js';
import { snippetDoc } from '../helpers/snippet.js';

const read = (text: string) => readScrapedText(snippetDoc(text, { format: 'scraped-text', lang: 'en', file: 'docs-src/p/en/s.txt' }));

describe('pipe rows of scraped text', () => {
  it('is a line holding a pipe and ending with one, not JSON and not a delimiter row', () => {
    expect(isPipeRow('  a | b |  ')).toBe(true);
    expect(isPipeRow('| a |')).toBe(true);
    expect(isPipeRow('a | b')).toBe(false);
    expect(isPipeRow('no pipe')).toBe(false);
    expect(isPipeRow('{"a": "|"} |')).toBe(false);
    expect(isPipeRow('["|"] |')).toBe(false);
    expect(isPipeRow('| --- | --- |')).toBe(false);
    expect(isPipeRow('---|---|')).toBe(false);
    expect(isPipeRow('| :--- | ---: |')).toBe(false);
    expect(isPipeRow('| -- | x |')).toBe(true);
    // brackets and dashes only count at the start of the line
    expect(isPipeRow('a | {b} |')).toBe(true);
    expect(isPipeRow('a | --- |')).toBe(true);
  });

  it('splits cells, without the outer pipes', () => {
    expect(splitPipeRow('  | a | b |  ')).toEqual([' a ', ' b ']);
    expect(splitPipeRow('a|b|  ')).toEqual(['a', 'b']);
    expect(splitPipeRow('a||b|')).toEqual(['a', '', 'b']);
  });
});

describe('readScrapedText', () => {
  it('reads the source without its text, and prose lines as tidy paragraphs with their line', () => {
    const doc = read('  Title   here  \n\nMore');
    expect(doc.source).toMatchObject({ file: 'docs-src/p/en/s.txt', format: 'scraped-text' });
    expect('text' in doc.source).toBe(false);
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'Title here', strong: false, code: [], links: [], line: 1 },
      { kind: 'paragraph', text: 'More', strong: false, code: [], links: [], line: 3 },
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('reads a line as JSON only when it starts with a bracket', () => {
    expect(read('see {x} and [y]').blocks).toEqual([{ kind: 'paragraph', text: 'see {x} and [y]', strong: false, code: [], links: [], line: 1 }]);
  });

  it('reads multi-line JSON as one code block, then goes on after it', () => {
    const doc = read('x\n  {\n"a": [1,\n2]}\nafter\n[1]');
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'x', strong: false, code: [], links: [], line: 1 },
      { kind: 'code', lang: 'json', text: '  {\n"a": [1,\n2]}', line: 2 },
      { kind: 'paragraph', text: 'after', strong: false, code: [], links: [], line: 5 },
      { kind: 'code', lang: 'json', text: '[1]', line: 6 },
    ]);
  });

  it('reads consecutive pipe rows as one table, the header row when every cell is a header word', () => {
    const doc = read('intro\nName | Type | Description |\nA | String | `a` **b** |\nB | Int | b |\nnext');
    const t = doc.blocks[1] as TableBlock;
    expect(t).toMatchObject({ kind: 'table', dialect: 'pipe-text', line: 2 });
    expect(t.header.map((c) => c.text)).toEqual(['Name', 'Type', 'Description']);
    expect(t.rows.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual([
      [3, ['A', 'String', 'a b']],
      [4, ['B', 'Int', 'b']],
    ]);
    expect(t.rows[0].cells[2].code).toEqual(['a']);
    expect(doc.blocks[2]).toMatchObject({ kind: 'paragraph', text: 'next', line: 5 });
    expect(doc.diagnostics).toEqual([]);
  });

  it('reads tab-separated rows under a header of column words as a table (a web table copied as text)', () => {
    const doc = read('Callback fields\nParameter\tType\tDescription\nEventType\tString\tThe event | its name\nFileId\t\tThe file\n\nafter\n');
    const t = doc.blocks[1] as TableBlock;
    expect(t).toMatchObject({ kind: 'table', line: 2 });
    expect([t.header, ...t.rows.map((r) => r.cells)].map((cells) => cells.map((c) => c.text))).toEqual([
      ['Parameter', 'Type', 'Description'],
      ['EventType', 'String', 'The event | its name'],
      ['FileId', '', 'The file'],
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([3, 4]);
    // a tab in prose, or a header line with nothing under it, is text
    expect(read('a\tb\tc\nEventType\tString\n').blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(read('Parameter\tType\n\nx\n').blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('reads a table whose first row is not all header words as name | type | description, with a finding', () => {
    const doc = read('\nName | Type | Foo |\nA | String | a |');
    const t = doc.blocks[0] as TableBlock;
    expect(t.header.map((c) => c.text)).toEqual(['Parameter Name', 'Type', 'Description']);
    expect(t.rows.map((r) => [r.line, r.cells[0].text])).toEqual([
      [2, 'Name'],
      [3, 'A'],
    ]);
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({
        code: 'table-missing-header',
        message: 'A pipe table has no header row; its columns were read as name | type | description.',
        file: 'docs-src/p/en/s.txt',
        line: 2,
        product: 'p',
        lang: 'en',
      }),
    ]);
  });

  it('reports rows of the wrong width at their line and fits them to the header', () => {
    const doc = read('Name | Type | Description |\nA | String |\nB | Int | b | extra |\nC | Int | c |  |');
    const t = doc.blocks[0] as TableBlock;
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['A', 'String', ''],
      ['B', 'Int', 'b\nextra'],
      ['C', 'Int', 'c'],
    ]);
    expect(doc.diagnostics.map((d) => [d.code, d.line, d.file, d.product, d.lang])).toEqual([
      ['table-row-cell-count', 2, 'docs-src/p/en/s.txt', 'p', 'en'],
      ['table-row-cell-count', 3, 'docs-src/p/en/s.txt', 'p', 'en'],
    ]);
    expect(doc.diagnostics[0].message).toMatch(/2 cells where the header has 3/);
  });
});
