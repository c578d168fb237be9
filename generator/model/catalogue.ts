import type { TableBlock } from '../parse/types.js';
import { splitDatedName } from './labels.js';
import { columnsOf } from './param-table.js';
import type { CatalogueEntry } from './types.js';

/** Index tables (`| 功能 | EventType | 事件描述 |`); `^^` repeats the cell above (a row-span). */
export function readCatalogue(table: TableBlock, file: string, product: string): CatalogueEntry[] {
  const c = columnsOf(table);
  const eventCol = c.get('eventType')!;
  // -1 for no such column: every row's cell there is missing
  const groupCol = c.get('group') ?? -1;
  const descCol = table.header.findIndex((h, i) => i !== eventCol && i !== groupCol);
  const out: CatalogueEntry[] = [];
  let group: string | undefined;
  for (const row of table.rows) {
    const cell = row.cells[eventCol];
    if (!cell) continue;
    const g = row.cells[groupCol]?.text.trim() ?? '';
    if (g !== '' && g !== '^^') group = g;
    const named = splitDatedName(cell.code[0] ?? cell.links[0]?.label ?? cell.text);
    if (!named) continue;
    const anchor = cell.links.find((l) => l.href.startsWith('#'))?.href.slice(1);
    const description = row.cells[descCol]?.text;
    out.push({ product, eventType: named.name, version: named.version, ...(anchor ? { anchor } : {}), ...(group ? { group } : {}), ...(description ? { description } : {}), file, line: row.line });
  }
  return out;
}
