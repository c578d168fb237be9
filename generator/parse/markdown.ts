import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, PhrasingContent, RootContent, Table, TableCell } from 'mdast';
import type { Diagnostic } from '../shared/diagnostic.js';
import type { SourceDoc } from '../sources/types.js';
import { splitFrontMatter } from './front-matter.js';
import { anchorIds, htmlToText, tidy } from './inline-text.js';
import type { Block, Cell, InlineLink, ParsedDoc, TableBlock, TableRow } from './types.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';

const processor = unified().use(remarkParse).use(remarkGfm);

/** GFM Markdown reader: remark does the parsing, this turns mdast into the block list. */
export function readMarkdown(doc: SourceDoc): ParsedDoc {
  const { text: _text, ...source } = doc;
  const { body, frontMatter } = splitFrontMatter(doc.text);
  const tree = processor.parse(body);
  const diagnostics: Diagnostic[] = [];
  const blocks: Block[] = [];
  const ctx: Ctx = { doc, body, lines: body.split('\n'), diagnostics };
  for (const node of tree.children) collectBlocks(node, ctx, blocks);
  return { source, blocks, frontMatter, diagnostics };
}

interface Ctx {
  doc: SourceDoc;
  body: string;
  lines: string[];
  diagnostics: Diagnostic[];
}

function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}

function sourceOf(node: Nodes, body: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : body.slice(start, end);
}

function collectBlocks(node: RootContent, ctx: Ctx, out: Block[]): void {
  switch (node.type) {
    case 'heading': {
      const cell = inlineToCell(node.children, ctx.body);
      for (const id of cell.anchors) out.push({ kind: 'anchor', id, line: lineOf(node) });
      out.push({ kind: 'heading', depth: node.depth, text: tidy(cell.text), line: lineOf(node) });
      return;
    }
    case 'paragraph': {
      const cell = inlineToCell(node.children, ctx.body);
      for (const id of cell.anchors) out.push({ kind: 'anchor', id, line: lineOf(node) });
      const text = tidy(cell.text);
      if (text) {
        out.push({ kind: 'paragraph', text, strong: cell.strong, code: cell.code, links: cell.links, line: lineOf(node) });
      }
      return;
    }
    case 'html': {
      for (const id of anchorIds(node.value)) out.push({ kind: 'anchor', id, line: lineOf(node) });
      const text = tidy(htmlToText(node.value));
      if (text) out.push({ kind: 'paragraph', text, strong: false, code: [], links: [], line: lineOf(node) });
      return;
    }
    case 'code': {
      const raw = sourceOf(node, ctx.body);
      const fenced = /^\s*(```|~~~)/.test(raw);
      if (fenced && !/\n\s*(```|~~~)[^\n]*$/.test(raw)) {
        ctx.diagnostics.push(stageDiagnostic({
          code: 'unclosed-code-fence',
          message: 'A code fence is never closed; the rest of the page was read as code.',
          file: ctx.doc.file,
          line: lineOf(node),
          lang: ctx.doc.lang,
          product: ctx.doc.product,
        }));
      }
      out.push({ kind: 'code', lang: node.lang ?? null, text: node.value, line: lineOf(node) + (fenced ? 1 : 0) });
      return;
    }
    case 'table': {
      const trailing: Block[] = [];
      out.push(readTable(node, ctx, trailing), ...trailing);
      return;
    }
    case 'list':
    case 'blockquote': {
      const text = tidy(sourceOf(node, ctx.body).replace(/^\s*(?:[-*+>]|\d+\.)\s?/gm, ''));
      const cell = collectInline(node);
      if (text) out.push({ kind: 'paragraph', text: tidy(htmlToText(text)), strong: false, code: cell.code, links: cell.links, line: lineOf(node) });
      return;
    }
    default:
      return;
  }
}

interface InlineCell extends Cell {
  anchors: string[];
}

/** Plain text, links, code spans and anchors of inline content. */
function inlineToCell(children: PhrasingContent[], body: string): InlineCell {
  const links: InlineLink[] = [];
  const code: string[] = [];
  const anchors: string[] = [];
  const text = children.map((c) => phrasingText(c, links, code, anchors)).join('');
  const meaningful = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const strong = meaningful.length === 1 && meaningful[0].type === 'strong';
  const first = children[0];
  const last = children[children.length - 1];
  const raw =
    first?.position && last?.position ? body.slice(first.position.start.offset, last.position.end.offset) : text;
  return { text, raw, links, code, strong, anchors };
}

function phrasingText(node: PhrasingContent, links: InlineLink[], code: string[], anchors: string[]): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      code.push(node.value);
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      anchors.push(...anchorIds(node.value));
      return htmlToText(node.value);
    case 'link': {
      const label = node.children.map((c) => phrasingText(c, links, code, anchors)).join('');
      links.push({ label: label.trim(), href: node.url });
      return label;
    }
    case 'image':
      return node.alt ?? '';
    default:
      return 'children' in node ? (node.children as PhrasingContent[]).map((c) => phrasingText(c, links, code, anchors)).join('') : '';
  }
}

/** Links and code spans anywhere below a block node (lists, quotes). */
function collectInline(node: Nodes): { links: InlineLink[]; code: string[] } {
  const links: InlineLink[] = [];
  const code: string[] = [];
  const walk = (n: Nodes): void => {
    if (n.type === 'link') links.push({ label: tidy(n.children.map((c) => phrasingText(c, [], [], [])).join('')), href: n.url });
    if (n.type === 'inlineCode') code.push(n.value);
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return { links, code };
}

function readCell(cell: TableCell, body: string): Cell {
  const inline = inlineToCell(cell.children, body);
  // a cell is one block: list items and breaks are lines, never blank lines
  const text = tidy(inline.text).split('\n').filter((l) => l !== '').join('\n');
  return { text, raw: inline.raw.trim(), links: inline.links, code: inline.code, strong: inline.strong };
}

const emptyCell = (): Cell => ({ text: '', raw: '', links: [], code: [], strong: false });

function isContinuationMarker(cell: Cell): boolean {
  return cell.raw === '\\' || cell.text === '\\';
}

function readTable(node: Table, ctx: Ctx, trailing: Block[]): TableBlock {
  const [headerRow, ...bodyRows] = node.children;
  const header = headerRow.children.map((c) => readCell(c, ctx.body));
  const width = header.length;
  const rows: TableRow[] = [];
  let continueInto: TableRow | undefined;
  for (const row of bodyRows) {
    const line = lineOf(row);
    const rowSource = ctx.lines[line - 1] ?? '';
    if (!rowSource.includes('|')) {
      // GFM takes a pipe-less line right after a table as one more row; vendors mean a new
      // block there (an anchor `<span id=…>` for the next table), so read it as one.
      for (const cell of row.children) {
        const inline = inlineToCell(cell.children, ctx.body);
        for (const id of inline.anchors) trailing.push({ kind: 'anchor', id, line });
        const text = tidy(inline.text);
        if (text) trailing.push({ kind: 'paragraph', text, strong: inline.strong, code: inline.code, links: inline.links, line });
      }
      continue;
    }
    let cells = row.children.map((c) => readCell(c, ctx.body));
    // rows continued with a trailing "\" (seen in whiteboard-transcode tables): the next row's
    // non-empty cells extend the same cells of this row.
    const continues = /\\\s*$/.test(rowSource);
    while (cells.length > 0 && (isContinuationMarker(cells[cells.length - 1]) || (cells.length > width && cells[cells.length - 1].raw === ''))) {
      cells.pop();
    }
    if (continueInto) {
      cells.forEach((cell, i) => {
        if (cell.raw === '' || i >= continueInto!.cells.length) return;
        const target = continueInto!.cells[i];
        target.text = tidy(`${target.text}\n${cell.text}`);
        target.raw = `${target.raw}\n${cell.raw}`;
        target.links.push(...cell.links);
        target.code.push(...cell.code);
      });
      if (!continues) continueInto = undefined;
      continue;
    }
    if (cells.length !== width) {
      const extra = cells.slice(width).filter((c) => c.raw !== '');
      if (cells.length < width || extra.length > 0) {
        ctx.diagnostics.push(stageDiagnostic({
          code: 'table-row-cell-count',
          message:
            cells.length < width
              ? `Table row has ${cells.length} cells where the header has ${width}; the missing cells are read as empty.`
              : `Table row has ${cells.length} cells where the header has ${width}; the extra cells are appended to the last column.`,
          file: ctx.doc.file,
          line,
          product: ctx.doc.product,
          lang: ctx.doc.lang,
        }));
      }
      if (cells.length > width && width > 0) {
        const last = cells[width - 1];
        for (const c of extra) {
          last.text = tidy(`${last.text}\n${c.text}`);
          last.raw = `${last.raw} | ${c.raw}`;
          last.links.push(...c.links);
          last.code.push(...c.code);
        }
        cells = cells.slice(0, width);
      }
      while (cells.length < width) cells.push(emptyCell());
    }
    const tableRow: TableRow = { cells, line };
    rows.push(tableRow);
    if (continues) continueInto = tableRow;
  }
  return { kind: 'table', dialect: 'gfm', header, rows, line: lineOf(node) };
}
