import { describe, expect, it } from 'vitest';
import { emptyCell, fitRowToHeader, rowWidthProblem } from '../../generator/parse/row-width.js';
import type { Cell, TableBlock } from '../../generator/parse/types.js';
import { parseSnippet } from '../helpers/snippet.js';

const cell = (text: string, extra: Partial<Cell> = {}): Cell => ({ ...emptyCell(), text, raw: text, ...extra });

describe('row width: one rule for every table dialect', () => {
  it('pads a short row with empty cells and says so', () => {
    const row = [cell('a'), cell('b')];
    expect(fitRowToHeader(row, 4).map((c) => c.text)).toEqual(['a', 'b', '', '']);
    expect(rowWidthProblem(row, 4)).toBe('Table row has 2 cells where the header has 4; the missing cells are read as empty.');
  });

  it('appends extra non-empty cells to the last column, keeping their links and code', () => {
    const row = [cell('a'), cell('b', { code: ['x'] }), cell(''), cell('c', { links: [{ label: 'l', href: '#l' }], code: ['y'] })];
    const fitted = fitRowToHeader(row, 2);
    expect(fitted).toHaveLength(2);
    expect(fitted[1]).toMatchObject({ text: 'b\nc', raw: 'b | c', code: ['x', 'y'], links: [{ label: 'l', href: '#l' }] });
    expect(rowWidthProblem(row, 2)).toMatch(/4 cells where the header has 2; the extra cells are appended/);
    // the input row is not changed
    expect(row[1]).toMatchObject({ text: 'b', code: ['x'] });
  });

  it('trailing empty cells past the header are not a problem', () => {
    const row = [cell('a'), cell('b'), cell(''), cell('')];
    expect(rowWidthProblem(row, 2)).toBeUndefined();
    expect(fitRowToHeader(row, 2).map((c) => c.text)).toEqual(['a', 'b']);
  });

  it('an empty cell has no text, source, links or code, and is not bold', () => {
    expect(emptyCell()).toEqual({ text: '', raw: '', links: [], code: [], strong: false });
    expect(emptyCell()).not.toBe(emptyCell());
  });

  it('leaves a row of the right width, and a header-less table, as they are', () => {
    const row = [cell('a')];
    expect(fitRowToHeader(row, 1)).toBe(row);
    expect(fitRowToHeader(row, 0)).toBe(row);
    expect(rowWidthProblem(row, 1)).toBeUndefined();
  });

  const table = (text: string, format?: 'scraped-text'): TableBlock => {
    const block = parseSnippet(text, format ? { format } : {}).blocks.find((b) => b.kind === 'table');
    if (!block || block.kind !== 'table') throw new Error('no table');
    return block;
  };

  it('GFM, HTML and scraped pipe tables merge an extra cell the same way', () => {
    const gfm = table('| Name | Desc |\n| --- | --- |\n| A | one | two |\n');
    const html = table('<table><tr><th>Name</th><th>Desc</th></tr><tr><td>A</td><td>one</td><td>two</td></tr></table>\n');
    const scraped = table('| Parameter | Description |\n| A | one | two |\n', 'scraped-text');
    for (const t of [gfm, html, scraped]) expect(t.rows[0].cells.map((c) => c.text)).toEqual(['A', 'one\ntwo']);
  });
});
