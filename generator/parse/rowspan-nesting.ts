import { TYPE } from './field-list.js';
import { columnRole } from './table-vocabulary.js';
import type { Cell } from './types.js';

/** How a grid cell came to be: written there, or copied by a `rowspan` or `colspan` above or beside it. */
export type CellOrigin = 'own' | 'row' | 'col';

export interface SpanGrid {
  cells: Array<Array<Cell | undefined>>;
  origin: CellOrigin[][];
}

const FIELD_NAME = /^[A-Za-z_$][\w$-]*$/;
const TYPE_ONLY = new RegExp(String.raw`^${TYPE}$`, 'i');

/** A cell that names a field (`cname`), not a type (`String`) nor prose. */
function namesField(cell: Cell | undefined): boolean {
  const text = cell?.text.replace(/[`*]/g, '').trim() ?? '';
  return FIELD_NAME.test(text) && !TYPE_ONLY.test(text);
}

/**
 * HTML tables that nest with a `rowspan` name cell: the object's name spans the rows of its fields,
 * whose own names follow it, either in a second name column (the header's name cell spans two
 * columns: `<th colspan="2">Field</th>`) or where the type would be (the object's own row first,
 * `payload | JSON | …`, then `cname | String | …` under the span). Each such row becomes a dotted row
 * (`payload.cname`) with its own cells after it, as a GFM table would write it. A spanned name
 * whose rows name no field (one field, its values over several rows) is left as it is.
 */
export function nestSpannedNames(grid: SpanGrid): SpanGrid {
  const [header = [], ...body] = grid.cells;
  const nameCol = header.findIndex((c) => c !== undefined && columnRole(c.text) === 'name');
  if (nameCol < 0 || body.length === 0) return grid;
  const sub = nameCol + 1;
  const twoNameColumns = grid.origin[0][sub] === 'col';
  const spanned = (r: number): boolean => grid.origin[r]?.[nameCol] === 'row';
  if (!twoNameColumns && !grid.origin.some((_, r) => spanned(r))) return grid;
  const nameOf = (r: number): string => grid.cells[r][nameCol]?.text.replace(/[`*]/g, '').trim() ?? '';
  const child = (r: number): Array<Cell | undefined> => {
    const cells = grid.cells[r];
    const own = cells[sub]!;
    const name = `${nameOf(r)}.${own.text.replace(/[`*]/g, '').trim()}`;
    return [...cells.slice(0, nameCol), { ...own, text: name, raw: name }, ...cells.slice(sub + 1)];
  };
  const without = (r: number): Array<Cell | undefined> => [...grid.cells[r].slice(0, sub), ...grid.cells[r].slice(sub + 1)];
  const cells = grid.cells.map((row) => row);
  const origin = grid.origin.map((row) => row);
  if (twoNameColumns) {
    // every row loses the second name column: a colspan copy of its name, or the name of one of its fields
    for (let r = 0; r < cells.length; r++) {
      const own = grid.origin[r][sub] === 'own' && r > 0 && namesField(grid.cells[r][sub]);
      cells[r] = own ? child(r) : without(r);
      origin[r] = [...grid.origin[r].slice(0, sub), ...grid.origin[r].slice(sub + 1)];
    }
    return { cells, origin };
  }
  // groups: a written name cell and the rows its rowspan covers
  for (let r = 1; r < cells.length; r++) {
    if (spanned(r) || !spanned(r + 1)) continue;
    let end = r + 1;
    while (spanned(end + 1)) end++;
    const rows = Array.from({ length: end - r }, (_, k) => r + 1 + k);
    const fieldsBelow = rows.every((k) => grid.origin[k][sub] === 'own' && namesField(grid.cells[k][sub]));
    if (!fieldsBelow) continue;
    // the first row is the object's own unless it names a field too (then no row of its own)
    for (const k of namesField(grid.cells[r][sub]) ? [r, ...rows] : rows) {
      cells[k] = child(k);
      origin[k] = [...grid.origin[k].slice(0, nameCol), 'own', ...grid.origin[k].slice(sub + 1)];
    }
    r = end;
  }
  return { cells, origin };
}
