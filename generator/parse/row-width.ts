import { tidy } from './inline-text.js';
import type { Cell } from './types.js';

/**
 * One rule for rows whose cell count differs from the header's, in every table dialect
 * (GFM, HTML, scraped pipe text): missing cells read as empty, extra non-empty cells are
 * appended to the last column, so no text of the row is lost and the columns stay aligned.
 */

export const emptyCell = (): Cell => ({ text: '', raw: '', links: [], code: [], strong: false });

/** The `table-row-cell-count` sentence, or undefined when the row only has empty cells past the header. */
export function rowWidthProblem(cells: Cell[], width: number): string | undefined {
  if (cells.length === width) return undefined;
  if (cells.length > width && cells.slice(width).every((c) => c.raw === '')) return undefined;
  return `Table row has ${cells.length} cells where the header has ${width}; ${cells.length < width ? 'the missing cells are read as empty' : 'the extra cells are appended to the last column'}.`;
}

/** The row with exactly `width` cells (a header-less table, width 0, is left as it is). Input cells are not changed. */
export function fitRowToHeader(cells: Cell[], width: number): Cell[] {
  if (width === 0 || cells.length === width) return cells;
  if (cells.length < width) return [...cells, ...Array.from({ length: width - cells.length }, emptyCell)];
  const last = cells[width - 1];
  const extra = cells.slice(width).filter((c) => c.raw !== '');
  const merged: Cell = {
    ...last,
    text: tidy([last.text, ...extra.map((c) => c.text)].join('\n')),
    raw: [last.raw, ...extra.map((c) => c.raw)].join(' | '),
    links: [...last.links, ...extra.flatMap((c) => c.links)],
    code: [...last.code, ...extra.flatMap((c) => c.code)],
  };
  return [...cells.slice(0, width - 1), merged];
}
