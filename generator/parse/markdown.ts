import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root as HastRoot } from 'hast';
import type { Nodes, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import type { Diagnostic } from '../shared/diagnostic.js';
import type { SourceDoc } from '../sources/types.js';
import { splitFrontMatter } from './front-matter.js';
import { cellContent, isAnchorHref } from './cell-content.js';
import { normaliseDialectLines } from './dialect-lines.js';
import { joinMultilineCells, restoreRowLines } from './multiline-cells.js';
import { opensUnclosedTable, readHtmlBlock } from './html-block.js';
import { inlineHast } from './inline-hast.js';
import { htmlToText, tidy } from './inline-text.js';
import type { Block, Cell, InlineLink, ParsedDoc, TableBlock, TableRow } from './types.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';
import { fitRowToHeader, rowWidthProblem } from './row-width.js';
import { DEFAULT_LIMITS, type Limits } from '../config/limits.js';
import { tooManyRows } from './page-limits.js';
import { trimPipeTables } from './pipe-table-limits.js';
import { DEFAULT_SLICE_ROWS, planSlices, SliceMismatch, type TableRowSource, wholeRows } from './pipe-table-slices.js';
import { cutSegments, DEFAULT_SEGMENT_CHARS, readSegments, type Segment, SegmentMismatch, SEGMENT_SIZE } from './page-segments.js';
import { definitionLabels } from './definition-labels.js';
import { sourceOf } from './mdast-positions.js';
import { fieldListTable } from './field-list.js';
import { scopedAutolinks } from './autolink-scope.js';
import { parseSkippingFences } from './fence-skip.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(scopedAutolinks);

/** Sizes of the parts remark reads a big page in (tests make them tiny). */
export interface ReadSizes {
  sliceRows?: number;
  segmentChars?: number;
}

/** GFM Markdown reader: remark does the parsing, this turns mdast into the block list. */
export function readMarkdown(doc: SourceDoc, limits: Limits = DEFAULT_LIMITS, sizes: ReadSizes = {}): ParsedDoc {
  let sliceRows = sizes.sliceRows ?? DEFAULT_SLICE_ROWS;
  let segmentChars = sizes.segmentChars ?? DEFAULT_SEGMENT_CHARS;
  for (;;) {
    try {
      return readBody(doc, limits, sliceRows, segmentChars);
    } catch (error) {
      // the line scans misjudged the page (a table in a list, a fence they missed): read it with fewer parts
      if (error instanceof SliceMismatch && sliceRows !== Infinity) sliceRows = Infinity;
      else if (error instanceof SegmentMismatch && segmentChars !== Infinity) segmentChars = Infinity;
      else throw error;
    }
  }
}

function readBody(doc: SourceDoc, limits: Limits, sliceRows: number, segmentChars: number): ParsedDoc {
  const { text: _text, ...source } = doc;
  const { body: written, frontMatter } = splitFrontMatter(doc.text);
  const diagnostics: Diagnostic[] = [];
  // rows whose cell runs over several lines are joined first (parse/multiline-cells.ts)
  const joined = joinMultilineCells(normaliseDialectLines(written));
  const body = trimPipeTables(joined.body, limits, source, diagnostics);
  const lines = body.split('\n');
  const parse = (text: string): Root => parseSkippingFences(text, (t) => processor.parse(t));
  const slices = planSlices(body, lines, sliceRows, parse);
  const text = slices?.text ?? body;
  const blocks: Block[] = [];
  let root: readonly RootContent[] = [];
  let labels: readonly string[] = [];
  const rowsOf = (table: Table): TableRowSource => (slices ? slices.rowsOf(table, root, labels) : wholeRows(table));
  const ctx: Ctx = { doc, body, lines, diagnostics, inlineMarkdown, maxTableRows: limits.maxTableRows, rowsOf };
  const read = (nodes: RootContent[], segment: Segment, last: boolean): void => {
    if (slices && !slices.fits(nodes, segment.from + 1, segment.to)) throw new SliceMismatch();
    root = nodes;
    readRootNodes(nodes, ctx, blocks, last);
  };
  const segments = text.length > segmentChars ? cutSegments(slices ? text.split('\n') : lines, Math.min(segmentChars, SEGMENT_SIZE)) : [];
  if (segments.length > 1) {
    readSegments(text, slices ? text.split('\n') : lines, segments, parse, (nodes, segment, pageLabels, last) => {
      labels = pageLabels;
      read(nodes, segment, last);
    });
  } else {
    const tree = parse(text);
    if (slices) labels = definitionLabels(tree, (node) => node.type === 'table');
    read(tree.children, { from: 0, to: lines.length }, true);
  }
  restoreRowLines(blocks, joined.rowLines);
  return { source, blocks, frontMatter, diagnostics };
}

/** Root nodes to blocks; `last` is false when more of the page follows in another segment. */
function readRootNodes(nodes: readonly RootContent[], ctx: Ctx, blocks: Block[], last: boolean): void {
  const body = ctx.body;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'html' && opensUnclosedTable(node.value)) {
      // an HTML table with a blank line inside: CommonMark cut it into several nodes; read it whole
      let end = i;
      while (end + 1 < nodes.length && opensUnclosedTable(sourceBetween(nodes[i], nodes[end], body))) end++;
      if (!last && end + 1 === nodes.length && opensUnclosedTable(sourceBetween(nodes[i], nodes[end], body))) throw new SegmentMismatch();
      blocks.push(...readHtmlBlock(sourceBetween(nodes[i], nodes[end], body), lineOf(node), ctx));
      i = end;
      continue;
    }
    collectBlocks(node, ctx, blocks);
  }
}

function sourceBetween(first: Nodes, last: Nodes, body: string): string {
  return body.slice(first.position?.start.offset ?? 0, last.position?.end.offset ?? body.length);
}

interface Ctx {
  doc: SourceDoc;
  body: string;
  lines: string[];
  diagnostics: Diagnostic[];
  inlineMarkdown: (source: string) => HastRoot | undefined;
  maxTableRows: number;
  rowsOf: (table: Table) => TableRowSource;
}

/** One line of Markdown read as one paragraph's inline content, or undefined when it is something else. */
function inlineMarkdown(source: string): HastRoot | undefined {
  const tree = processor.parse(source);
  const [only] = tree.children;
  return tree.children.length === 1 && only.type === 'paragraph' ? inlineHast(only.children) : undefined;
}

function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}

function collectBlocks(node: RootContent, ctx: Ctx, out: Block[], inList = false): void {
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
        out.push({ kind: 'paragraph', text, strong: cell.strong, code: cell.code, links: cell.links, line: lineOf(node), ...(inList ? { list: true } : {}) });
      }
      return;
    }
    case 'html': {
      // raw HTML: tables become table blocks, the rest text and anchors (parse5 reads it)
      out.push(...readHtmlBlock(node.value, lineOf(node), ctx));
      return;
    }
    case 'code': {
      const raw = sourceOf(node, ctx.body);
      // a fence is indented 0-3 spaces (4 make indented code); its closing line may sit in a quote (`> `)
      const fenced = /^ {0,3}(```|~~~)/.test(raw);
      if (fenced && !/\n[ \t>]*(```|~~~)[^\n]*$/.test(raw)) {
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
      const fields = node.type === 'list' ? fieldListTable(node, ctx.body) : undefined;
      if (fields) {
        for (const anchor of collectInline(node).anchors) out.push({ kind: 'anchor', id: anchor.id, line: anchor.line });
        out.push(fields);
        return;
      }
      if (holdsBlocks(node)) {
        // a table or code block indented under a list item (or quoted) is still a table or code block
        for (const child of node.children) collectBlocks(child, ctx, out, inList || node.type === 'list');
        return;
      }
      const cell = collectInline(node);
      for (const anchor of cell.anchors) out.push({ kind: 'anchor', id: anchor.id, line: anchor.line });
      let text = tidy(withoutRanges(sourceOf(node, ctx.body), node.position?.start.offset ?? 0, cell.anchorRanges).replace(/^\s*(?:[-*+>]|\d+\.)\s?/gm, ''));
      // `>?` (a tip) and `>!` (a warning): Tencent's admonition markers, not text
      if (node.type === 'blockquote') text = text.replace(/^[?!](?=\s|$)\s*/, '');
      if (text) {
        out.push({
          kind: 'paragraph',
          text: tidy(htmlToText(text)),
          strong: false,
          code: cell.code,
          links: cell.links,
          line: lineOf(node),
          ...(node.type === 'list' ? { list: true } : {}),
        });
      }
      return;
    }
    case 'listItem':
      for (const child of node.children) collectBlocks(child, ctx, out, true);
      return;
    default:
      return;
  }
}

/** A list or quote holding more than prose: tables, code, headings or raw HTML blocks. */
function holdsBlocks(node: Nodes): boolean {
  return 'children' in node && (node.children as Nodes[]).some((c) => c.type === 'table' || c.type === 'code' || c.type === 'heading' || (c.type === 'html' && /<table\b/i.test(c.value)) || holdsBlocks(c));
}

interface InlineCell extends Cell {
  anchors: string[];
}

/** Plain text, links, code spans, list items and anchors of inline content (read as one HTML tree). */
function inlineToCell(children: PhrasingContent[], body: string): InlineCell {
  const content = cellContent(inlineHast(children), { keepLineBreaks: true });
  const first = children[0];
  const last = children[children.length - 1];
  const raw =
    first?.position && last?.position ? body.slice(first.position.start.offset, last.position.end.offset) : content.text;
  return {
    text: content.text,
    raw,
    links: content.links,
    code: content.code,
    strong: content.strong,
    ...(content.items ? { items: content.items } : {}),
    anchors: content.anchors,
  };
}

interface InlineFacts {
  links: InlineLink[];
  code: string[];
  anchors: Array<{ id: string; line: number }>;
  /** Source offsets of `[](id:x)` anchors, cut from the block's text. */
  anchorRanges: Array<[number, number]>;
}

/** Links, code spans and anchors anywhere below a block node (lists, quotes). */
function collectInline(node: Nodes): InlineFacts {
  const facts: InlineFacts = { links: [], code: [], anchors: [], anchorRanges: [] };
  const walk = (n: Nodes): void => {
    if (n.type === 'link' && isAnchorHref(n.url)) {
      facts.anchors.push({ id: n.url.slice(3), line: lineOf(n) });
      if (n.children.length === 0 && n.position) facts.anchorRanges.push([n.position.start.offset!, n.position.end.offset!]);
    } else if (n.type === 'link') {
      facts.links.push({ label: cellContent(inlineHast(n.children)).text.replace(/\n/g, ' '), href: n.url });
    } else if (n.type === 'html') {
      for (const id of cellContent(inlineHast([n])).anchors) facts.anchors.push({ id, line: lineOf(n) });
    }
    if (n.type === 'inlineCode') facts.code.push(n.value);
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return facts;
}

function withoutRanges(text: string, offset: number, ranges: Array<[number, number]>): string {
  let out = text;
  for (const [start, end] of [...ranges].sort((a, b) => b[0] - a[0])) out = out.slice(0, start - offset) + out.slice(end - offset);
  return out;
}

function readCell(cell: TableCell, body: string): Cell {
  const { anchors: _anchors, ...inline } = inlineToCell(cell.children, body);
  return { ...inline, raw: inline.raw.trim() };
}


function isContinuationMarker(cell: Cell): boolean {
  return cell.raw === '\\' || cell.text === '\\';
}

function readTable(node: Table, ctx: Ctx, trailing: Block[]): TableBlock {
  const headerRow = node.children[0];
  const source = ctx.rowsOf(node);
  // rows over the limit are never read (the parse stage's limits would drop them anyway)
  if (source.count > ctx.maxTableRows) ctx.diagnostics.push(tooManyRows(ctx.doc, source.lineOf(ctx.maxTableRows), source.count, ctx.maxTableRows));
  const header = headerRow.children.map((c) => readCell(c, ctx.body));
  const width = header.length;
  const rows: TableRow[] = [];
  let continueInto: TableRow | undefined;
  let read = 0;
  for (const row of source.rows) {
    if (read++ === ctx.maxTableRows) break;
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
    const cells = row.children.map((c) => readCell(c, ctx.body));
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
    const problem = rowWidthProblem(cells, width);
    if (problem) {
      ctx.diagnostics.push(stageDiagnostic({ code: 'table-row-cell-count', message: problem, file: ctx.doc.file, line, product: ctx.doc.product, lang: ctx.doc.lang }));
    }
    const tableRow: TableRow = { cells: fitRowToHeader(cells, width), line };
    rows.push(tableRow);
    if (continues) continueInto = tableRow;
  }
  return { kind: 'table', dialect: 'gfm', header, rows, line: lineOf(node) };
}
