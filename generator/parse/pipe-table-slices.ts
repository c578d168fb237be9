import type { Root, RootContent, Table, TableRow } from 'mdast';
import { shiftPositions } from './mdast-positions.js';
import { scanPipeTables } from './pipe-table-scan.js';

/** Rows of a pipe table remark parses at a time: its tree costs tens of KB per row at its peak. */
export const DEFAULT_SLICE_ROWS = 500;

/** The body rows of a table (the header row is the table node's first child). */
export interface TableRowSource {
  count: number;
  /** The 1-based page line of the body row at this index. */
  lineOf(index: number): number;
  rows: Iterable<TableRow>;
}

/** The slices disagree with remark's reading of the page: read it again without slices. */
export class SliceMismatch extends Error {}

interface SlicedTable {
  /** 0-based lines: header, first row left out of the main tree, end of the table (its trailing lines included). */
  header: number;
  firstSliced: number;
  end: number;
}

export interface SlicePlan {
  /** The text remark parses: rows past each big table's first slice blanked with spaces (same offsets). */
  text: string;
  /** False when these root nodes (page lines from..to, 1-based) do not hold each big table there where the scan found it. */
  fits(root: readonly RootContent[], from: number, to: number): boolean;
  /** The rows of a table node: from the main tree, then slice by slice from the page; `labels` are the page's definitions. */
  rowsOf(table: Table, root: readonly RootContent[], labels: readonly string[]): TableRowSource;
}

type Parse = (text: string) => Root;

/**
 * Plans reading the pipe tables longer than a slice in slices: the main tree gets a table's header,
 * delimiter and first slice of rows; the rest of its lines become spaces, so every offset and line
 * of the page stays valid. Undefined when no table is that long.
 */
export function planSlices(body: string, lines: readonly string[], sliceRows: number, parse: Parse): SlicePlan | undefined {
  const tables: SlicedTable[] = [];
  for (const span of scanPipeTables(lines)) {
    if (span.end - span.header - 2 <= sliceRows) continue;
    const end = tableEnd(lines, span.header, span.end, parse);
    if (end !== undefined) tables.push({ header: span.header, firstSliced: span.header + 2 + sliceRows, end });
  }
  if (tables.length === 0) return undefined;
  const starts = lineStarts(lines);
  const blanked = lines.slice();
  for (const t of tables) for (let k = t.firstSliced; k < t.end; k++) blanked[k] = ' '.repeat(lines[k].length);
  const byLine = new Map(tables.map((t) => [t.header + 1, t]));
  return {
    text: blanked.join('\n'),
    fits: (root, from, to) => tables.every((t) => t.header + 1 < from || t.header + 1 > to || root.some((n) => n.type === 'table' && n.position?.start.line === t.header + 1 && n.children.length - 1 === t.firstSliced - t.header - 2)),
    rowsOf: (table, root, labels) => {
      const sliced = byLine.get(table.position?.start.line ?? 0);
      if (!sliced || !root.includes(table)) return wholeRows(table);
      return slicedRows(table, sliced, { body, lines, starts, sliceRows, parse, suffix: labels.length === 0 ? '' : `\n\n${labels.join('\n\n')}` });
    },
  };
}

/** The rows of a table node as remark read it. */
export function wholeRows(table: Table): TableRowSource {
  return { count: table.children.length - 1, lineOf: (i) => table.children[i + 1]?.position?.start.line ?? 1, rows: table.children.slice(1) };
}

/**
 * Where remark ends a table whose last piped row is at `end - 1`: GFM also takes the non-blank
 * lines after it as rows until a line starts another block. Read from a small parse of the header,
 * the last row and the lines up to the next blank line. Undefined when remark does not read it as a table.
 */
function tableEnd(lines: readonly string[], header: number, end: number, parse: Parse): number | undefined {
  let after = end;
  while (after < lines.length && lines[after].trim() !== '') after++;
  const probe = parse([lines[header], lines[header + 1], ...lines.slice(end - 1, after)].join('\n'));
  const [first] = probe.children;
  if (first?.type !== 'table' || first.position?.start.line !== 1 || first.children.length < 2) return undefined;
  return end - 1 + (first.children.length - 1);
}

function lineStarts(lines: readonly string[]): number[] {
  const starts = new Array<number>(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i].length + 1;
  }
  return starts;
}

interface SliceContext {
  body: string;
  lines: readonly string[];
  starts: number[];
  sliceRows: number;
  parse: Parse;
  suffix: string;
}

function slicedRows(table: Table, t: SlicedTable, c: SliceContext): TableRowSource {
  return {
    count: t.end - t.header - 2,
    lineOf: (i) => t.header + 3 + i,
    rows: (function* () {
      yield* table.children.slice(1);
      const head = `${c.lines[t.header]}\n${c.lines[t.header + 1]}\n`;
      for (let from = t.firstSliced; from < t.end; from += c.sliceRows) {
        const to = Math.min(from + c.sliceRows, t.end);
        const rowsText = c.body.slice(c.starts[from], c.starts[to - 1] + c.lines[to - 1].length);
        const [first] = c.parse(head + rowsText + c.suffix).children;
        // each slice must read as one table holding exactly its lines, or the scan misjudged the page
        if (first?.type !== 'table' || first.position?.start.line !== 1 || first.children.length - 1 !== to - from) throw new SliceMismatch();
        const shift = { line: from - 2, offset: c.starts[from] - head.length };
        for (const row of first.children.slice(1)) {
          shiftPositions(row, shift);
          yield row;
        }
      }
    })(),
  };
}
