import type { Diagnostic } from '../shared/diagnostic.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';
import type { SourceDoc } from '../sources/types.js';
import type { Block, Cell } from './types.js';

const norm = (cell: Cell): string => cell.text.replace(/[*`\s]/g, '').toLowerCase();

/**
 * A body row that repeats the header (`| Parameter | Type | Description |` again under the
 * delimiter row, seen in pasted tables) is no data row: it is dropped, and said where.
 */
export function dropRepeatedHeaderRows(blocks: Block[], doc: Omit<SourceDoc, 'text'>, diagnostics: Diagnostic[]): Block[] {
  return blocks.map((block) => {
    if (block.kind !== 'table' || block.header.length === 0) return block;
    const header = block.header.map(norm);
    if (header.every((h) => h === '')) return block;
    const repeats = block.rows.filter((row) => row.cells.length === header.length && row.cells.every((c, i) => norm(c) === header[i]));
    if (repeats.length === 0) return block;
    for (const row of repeats) {
      diagnostics.push(stageDiagnostic({
        code: 'table-repeated-header',
        message: 'A table row repeats the header row; it was dropped (not read as a field).',
        file: doc.file,
        line: row.line,
        product: doc.product,
        lang: doc.lang,
      }));
    }
    const dropped = new Set(repeats);
    return { ...block, rows: block.rows.filter((row) => !dropped.has(row)) };
  });
}
