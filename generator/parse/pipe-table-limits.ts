import type { Limits } from '../config/limits.js';
import type { Diagnostic } from '../shared/diagnostic.js';
import type { SourceDoc } from '../sources/types.js';
import { tooManyRows, tooManyTables } from './page-limits.js';
import { scanPipeTables } from './pipe-table-scan.js';

type Where = Omit<SourceDoc, 'text'>;

/**
 * Applies the row and table limits to GFM pipe tables on the source lines, before remark reads
 * them: remark's tree costs tens of KB per row at its peak, so a 200,000-row table would take
 * minutes and gigabytes only to be cut afterwards. The lines past a limit become empty lines
 * (every later line keeps its number) and each cut is the same finding the block limits give.
 * Tables this scan cannot see (in lists, quotes, HTML) are still cut after parsing.
 */
export function trimPipeTables(body: string, limits: Pick<Limits, 'maxTableRows' | 'maxTablesPerPage'>, doc: Where, diagnostics: Diagnostic[]): string {
  const lines = body.split('\n');
  let tables = 0;
  let dropped = 0;
  let firstDroppedLine = 0;
  let changed = false;
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) lines[k] = '';
    changed = true;
  };
  for (const { header, end } of scanPipeTables(lines)) {
    const rows = end - (header + 2);
    if (++tables > limits.maxTablesPerPage) {
      if (dropped++ === 0) firstDroppedLine = header + 1;
      blank(header, end);
    } else if (rows > limits.maxTableRows) {
      const firstCut = header + 2 + limits.maxTableRows;
      diagnostics.push(tooManyRows(doc, firstCut + 1, rows, limits.maxTableRows));
      blank(firstCut, end);
    }
  }
  if (dropped > 0) diagnostics.push(tooManyTables(doc, firstDroppedLine, tables, dropped, limits.maxTablesPerPage));
  return changed ? lines.join('\n') : body;
}
