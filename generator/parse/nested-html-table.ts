import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { columnRole } from './table-vocabulary.js';
import { emptyCell } from './row-width.js';
import type { Cell, TableBlock, TableRow } from './types.js';

/**
 * A row that is one cell (spanning the table) holding one table and nothing else: vendors write
 * the fields of the object row above it so (`Data | Object`, then a wide cell with `StreamName`…).
 */
export function nestedTableOf(tr: Element): Element | undefined {
  const cells = tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
  if (cells.length !== 1) return undefined;
  const found: Element[] = [];
  const look = (nodes: ElementContent[]): void => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      if (n.tagName === 'table') found.push(n);
      else look(n.children);
    }
  };
  look(cells[0].children);
  if (found.length !== 1) return undefined;
  // no text beside the table: a note that shows a table is not a list of fields
  const all = toText(cells[0]).replace(/\s+/g, '');
  return all === toText(found[0]).replace(/\s+/g, '') ? found[0] : undefined;
}

/**
 * The inner table's rows as rows of the outer one: each cell goes under the outer column of the
 * same role (`参数名称`, `参数类型`, … in any order), the name prefixed with the parent's
 * (`Data.StreamName`), which the model reads as nesting. Undefined when the inner table has no
 * name column, or a column the outer one has no place for, or the parent has no field name.
 */
export function nestedRows(outerHeader: Cell[], parent: TableRow | undefined, inner: TableBlock): TableRow[] | undefined {
  const outerRoles = outerHeader.map((c) => columnRole(c.text));
  const innerRoles = inner.header.map((c) => columnRole(c.text));
  const nameAt = outerRoles.indexOf('name');
  if (nameAt < 0 || !innerRoles.includes('name') || innerRoles.some((r) => r === undefined || !outerRoles.includes(r))) return undefined;
  const parentName = parent?.cells[nameAt]?.text.replace(/[`*]/g, '').trim() ?? '';
  if (!/^[A-Za-z_$][\w$.]*$/.test(parentName)) return undefined;
  return inner.rows.map((row) => ({
    line: row.line,
    cells: outerRoles.map((role, j) => {
      const k = innerRoles.indexOf(role);
      const cell = k >= 0 ? row.cells[k] : undefined;
      if (!cell) return emptyCell();
      if (j !== nameAt || cell.text.trim() === '') return cell;
      const name = cell.text.trim();
      return { ...cell, text: `${parentName}.${name}`, raw: `${parentName}.${name}`, code: [] };
    }),
  }));
}
