import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Diagnostic } from '../shared/diagnostic.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';
import { emptyCell, fitRowToHeader, rowWidthProblem } from './row-width.js';
import { nestSpannedNames, type SpanGrid } from './rowspan-nesting.js';
import { nestedRows, nestedTableOf } from './nested-html-table.js';
import type { SourceDoc } from '../sources/types.js';
import { toText } from 'hast-util-to-text';
import { cellContent } from './cell-content.js';
import { htmlFragment } from './inline-hast.js';
import type { Block, Cell, CodeBlock, TableBlock, TableRow } from './types.js';

export interface HtmlBlockContext {
  doc: SourceDoc;
  diagnostics: Diagnostic[];
  /** Reads a cell's source as one inline Markdown paragraph (as hast), when the cell is written in Markdown. */
  inlineMarkdown?: (source: string) => Root | undefined;
}

/**
 * A raw HTML block of a Markdown page: its tables read into the same table blocks as GFM tables
 * (dialect `html`), the text around them as paragraphs, its `id`s as anchors. `line` is the line
 * of the block's first character in the file.
 */
export function readHtmlBlock(html: string, line: number, ctx: HtmlBlockContext): Block[] {
  const tree = htmlFragment(html);
  const out: Block[] = [];
  let loose: RootContent[] = [];
  const flush = (): void => {
    if (loose.length === 0) return;
    const at = lineAt(loose, line);
    const content = cellContent({ type: 'root', children: loose });
    for (const id of content.anchors) out.push({ kind: 'anchor', id, line: at });
    if (content.text) out.push({ kind: 'paragraph', text: content.text, strong: content.strong, code: content.code, links: content.links, line: at });
    loose = [];
  };
  const visit = (nodes: Array<RootContent | ElementContent>): void => {
    for (const node of nodes) {
      if (node.type === 'element' && node.tagName === 'table') {
        flush();
        out.push(readHtmlTable(node, html, line, ctx));
      } else if (node.type === 'element' && node.tagName === 'pre') {
        flush();
        out.push(readPre(node, line));
      } else if (node.type === 'element' && holdsTable(node)) {
        visit(node.children);
      } else loose.push(node);
    }
  };
  visit(tree.children);
  flush();
  return out;
}

/** `<table` opened more often than closed: the table goes on past a blank line (CommonMark ends the HTML block there). */
export function opensUnclosedTable(html: string): boolean {
  // counting tags only to find where the block ends; the block itself is read by parse5
  return (html.match(/<table\b/gi)?.length ?? 0) > (html.match(/<\/table\s*>/gi)?.length ?? 0);
}

function holdsTable(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (c.tagName === 'table' || c.tagName === 'pre' || holdsTable(c)));
}

/** `<pre><code class="language-json">…</code></pre>`: a code block, its language from the class. */
function readPre(pre: Element, blockLine: number): CodeBlock {
  const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  const classes = [...classNames(code), ...classNames(pre)];
  const lang = classes.map((c) => /^(?:language|lang)-(.+)$/.exec(c)?.[1]).find((l) => l !== undefined) ?? null;
  // the text starts on the line of its first character; a line break right after <pre> is not content (HTML drops it too)
  const text = toText(pre, { whitespace: 'pre' }).replace(/\n$/, '');
  const first = (code ?? pre).children.find((c) => c.position)?.position;
  const line = first ? blockLine + first.start.line - 1 : lineAt([pre], blockLine);
  return { kind: 'code', lang, text, line };
}

function classNames(el: Element | undefined): string[] {
  const names = el?.properties.className;
  return Array.isArray(names) ? names.map(String) : [];
}

function lineAt(nodes: Array<RootContent | ElementContent>, blockLine: number): number {
  const first = nodes.find((n) => n.position)?.position;
  return first ? blockLine + first.start.line - 1 : blockLine;
}

/** Rows of this table, in order, not those of a table nested in a cell. */
function rowsOf(el: Element): Element[] {
  const out: Element[] = [];
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'tr') out.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') out.push(...rowsOf(c));
  }
  return out;
}

const isCellElement = (c: ElementContent): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th');

function span(el: Element, name: 'rowSpan' | 'colSpan'): number {
  const n = Number(el.properties[name] ?? 1);
  // HTML caps spans; a vendor's rowspan="100" on a short table only fills the rows there are
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

function readCellElement(el: Element, html: string, ctx: HtmlBlockContext): Cell {
  const first = el.children[0]?.position?.start.offset;
  const last = el.children[el.children.length - 1]?.position?.end.offset;
  const source = first !== undefined && last !== undefined ? html.slice(first, last).trim() : undefined;
  // vendors write Markdown inside HTML cells (`` `t` ``, `[key](#key)`, `**必填**`), and their sites render it
  const markdown = source !== undefined && writtenInMarkdown(el) ? ctx.inlineMarkdown?.(source.replace(/\s+/g, ' ')) : undefined;
  const content = cellContent(markdown ?? el);
  const raw = source ?? content.text;
  return { text: content.text, raw, links: content.links, code: content.code, strong: content.strong, ...(content.items ? { items: content.items } : {}) };
}

/** Text of the cell (outside code and links) holds Markdown inline marks: a code span, bold, a link. */
function writtenInMarkdown(el: Element): boolean {
  return el.children.some((c) => {
    if (c.type === 'text') return /`[^`]+`|\*\*[^*]+\*\*|\]\([^)\s]*\)/.test(c.value);
    return c.type === 'element' && c.tagName !== 'code' && c.tagName !== 'pre' && c.tagName !== 'a' && writtenInMarkdown(c);
  });
}

const copyCell = (c: Cell): Cell => ({ ...c, links: [...c.links], code: [...c.code] });

/**
 * One `<table>` as a grid: a `rowspan` cell repeats in the rows below, a `colspan` cell in the
 * columns beside it, so every row has one cell per header cell as in a GFM table. The header is
 * the first row (`<thead>` or not); rows parse5 implied (`<td>` without `<tr>`) take their first
 * cell's line.
 */
function readHtmlTable(table: Element, html: string, blockLine: number, ctx: HtmlBlockContext): TableBlock {
  const written: SpanGrid = { cells: [], origin: [] };
  const grid = written.cells;
  const lines: number[] = [];
  // rows that are one wide cell holding the table of the object row above (see nested-html-table.ts)
  const inner = new Map<number, TableBlock>();
  rowsOf(table).forEach((tr, r) => {
    const nested = nestedTableOf(tr);
    if (nested) inner.set(r, readHtmlTable(nested, html, blockLine, ctx));
    const row = (grid[r] ??= []);
    written.origin[r] ??= [];
    const pos = tr.position ?? tr.children.find((c) => c.position)?.position;
    lines[r] = pos ? blockLine + pos.start.line - 1 : blockLine;
    let col = 0;
    for (const el of tr.children.filter(isCellElement)) {
      while (row[col] !== undefined) col++;
      const cell = readCellElement(el, html, ctx);
      const rows = span(el, 'rowSpan');
      const cols = span(el, 'colSpan');
      for (let dr = 0; dr < rows; dr++) {
        const target = (grid[r + dr] ??= []);
        const origin = (written.origin[r + dr] ??= []);
        for (let dc = 0; dc < cols; dc++) {
          target[col + dc] = dr === 0 && dc === 0 ? cell : copyCell(cell);
          origin[col + dc] = dr > 0 ? 'row' : dc > 0 ? 'col' : 'own';
        }
      }
      col += cols;
    }
  });
  // spans reaching past the last row make no rows of their own
  grid.length = lines.length;
  written.origin.length = lines.length;
  const tableLine = lineAt([table], blockLine);
  const [headerCells = [], ...bodyCells] = nestSpannedNames(written).cells;
  const header = fill(headerCells);
  const width = header.length;
  const rows: TableRow[] = [];
  bodyCells.forEach((cells, i) => {
    const line = lines[i + 1];
    const innerTable = inner.get(i + 1);
    const nestedAsRows = innerTable ? nestedRows(header, rows[rows.length - 1], innerTable) : undefined;
    if (nestedAsRows) {
      rows.push(...nestedAsRows.map((row) => ({ ...row, cells: fitRowToHeader(row.cells, width) })));
      return;
    }
    const filled = fill(cells);
    if (filled.length === 0 || filled.every((c) => c.raw === '' && c.text === '')) return;
    const problem = rowWidthProblem(filled, width);
    if (problem) {
      ctx.diagnostics.push(stageDiagnostic({ code: 'table-row-cell-count', message: problem, file: ctx.doc.file, line, product: ctx.doc.product, lang: ctx.doc.lang }));
    }
    rows.push({ cells: fitRowToHeader(filled, width), line });
  });
  return { kind: 'table', dialect: 'html', header, rows, line: tableLine };
}

function fill(cells: Array<Cell | undefined>): Cell[] {
  return Array.from({ length: cells.length }, (_, i) => cells[i] ?? emptyCell());
}


