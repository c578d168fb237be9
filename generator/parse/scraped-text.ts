import type { Diagnostic } from '../shared/diagnostic.js';
import type { SourceDoc } from '../sources/types.js';
import { tidy } from './inline-text.js';
import { collectJsonLines, textCell } from './line-tools.js';
import { isHeaderCell } from './table-vocabulary.js';
import { fitRowToHeader, rowWidthProblem } from './row-width.js';
import type { Block, Cell, ParsedDoc, TableBlock } from './types.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';

/** `Name | Type | Description |`: a pipe row as web scraping leaves it (no leading pipe, no separator row). */
export function isPipeRow(line: string): boolean {
  const t = line.trim();
  return /\|$/.test(t) && !/^[{[]/.test(t) && !/^\|?\s*:?-{3,}/.test(t);
}

export function splitPipeRow(line: string): string[] {
  const cells = line.trim().replace(/^\|/, '').replace(/\|\s*$/, '').split('|');
  return cells;
}

/** Scraped-text reader: pipe-row tables, one-line (or multi-line) JSON examples, and prose lines. */
export function readScrapedText(doc: SourceDoc): ParsedDoc {
  const { text: _text, ...source } = doc;
  const lines = doc.text.split('\n');
  const blocks: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const trimmed = line.trim();
    if (isPipeRow(line)) {
      const start = i;
      const rows: string[] = [];
      while (i < lines.length && isPipeRow(lines[i])) rows.push(lines[i++]);
      blocks.push(pipeTable(rows, start + 1, doc, diagnostics));
      continue;
    }
    if (isTabHeader(line)) {
      const start = i;
      const rows: string[] = [lines[i++]];
      while (i < lines.length && lines[i].includes('\t') && !/^[{[]/.test(lines[i].trim())) rows.push(lines[i++]);
      if (rows.length > 1) {
        blocks.push(tabTable(rows, start + 1, doc, diagnostics));
        continue;
      }
      i = start;
    }
    if (/^[{[]/.test(trimmed)) {
      const { text, end } = collectJsonLines(lines, i);
      blocks.push({ kind: 'code', lang: 'json', text, line: i + 1 });
      i = end;
      continue;
    }
    if (trimmed !== '') blocks.push({ kind: 'paragraph', text: tidy(trimmed), strong: false, code: [], links: [], line: i + 1 });
    i++;
  }
  return { source, blocks, diagnostics };
}

/** `参数名称<TAB>类型<TAB>描述`: a table copied from a web page keeps a tab between cells; only a header row of column words opens one. */
function isTabHeader(line: string): boolean {
  const cells = line.trim().split('\t');
  return cells.length >= 2 && cells.every((c) => isHeaderCell(c.trim()));
}

/** Rows of a tab-separated table, read as the pipe rows they stand for (an empty cell stays one). */
function tabTable(rawRows: string[], firstLine: number, doc: SourceDoc, diagnostics: Diagnostic[]): TableBlock {
  return cellTable(rawRows.map((r) => r.replace(/\s+$/, '').split('\t')), firstLine, doc, diagnostics);
}

function pipeTable(rawRows: string[], firstLine: number, doc: SourceDoc, diagnostics: Diagnostic[]): TableBlock {
  return cellTable(rawRows.map(splitPipeRow), firstLine, doc, diagnostics);
}

function cellTable(textRows: string[][], firstLine: number, doc: SourceDoc, diagnostics: Diagnostic[]): TableBlock {
  const cellRows = textRows.map((r) => r.map(textCell));
  let header: Cell[];
  let body: Cell[][];
  let bodyStart = firstLine;
  if (cellRows[0].every((c) => isHeaderCell(c.text))) {
    header = cellRows[0];
    body = cellRows.slice(1);
    bodyStart++;
  } else {
    // no header row: the scraped pages always mean name | type | description
    header = ['Parameter Name', 'Type', 'Description'].map(textCell);
    body = cellRows;
    diagnostics.push(stageDiagnostic({
      code: 'table-missing-header',
      message: 'A pipe table has no header row; its columns were read as name | type | description.',
      file: doc.file,
      line: firstLine,
      product: doc.product,
      lang: doc.lang,
    }));
  }
  const width = header.length;
  const rows = body.map((cells, index) => {
    const line = bodyStart + index;
    const problem = rowWidthProblem(cells, width);
    if (problem) {
      diagnostics.push(stageDiagnostic({ code: 'table-row-cell-count', message: problem, file: doc.file, line, product: doc.product, lang: doc.lang }));
    }
    return { cells: fitRowToHeader(cells, width), line };
  });
  return { kind: 'table', dialect: 'pipe-text', header, rows, line: firstLine };
}
