import type { Limits } from '../config/limits.js';
import type { Diagnostic } from '../shared/diagnostic.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';
import type { SourceDoc } from '../sources/types.js';
import { firstTooDeep, lineColumnAt } from './json-depth.js';
import type { Block, CodeBlock, TableBlock } from './types.js';

type Where = Omit<SourceDoc, 'text'>;

/**
 * The per-page limits on the blocks of any dialect: tables past `maxTablesPerPage` are dropped,
 * rows past `maxTableRows` cut, code blocks over `maxExampleBytes` or nesting past
 * `maxExampleDepth` marked so they are never read as JSON. Each cut is a finding with its line.
 */
export function applyPageLimits(blocks: Block[], limits: Limits, doc: Where, diagnostics: Diagnostic[]): Block[] {
  const out: Block[] = [];
  let tables = 0;
  let firstDropped: TableBlock | undefined;
  let dropped = 0;
  for (const block of blocks) {
    if (block.kind === 'table') {
      if (++tables > limits.maxTablesPerPage) {
        firstDropped ??= block;
        dropped++;
        continue;
      }
      out.push(capRows(block, limits.maxTableRows, doc, diagnostics));
    } else if (block.kind === 'code') out.push(checkExample(block, limits));
    else out.push(block);
  }
  if (firstDropped) diagnostics.push(tooManyTables(doc, firstDropped.line, tables, dropped, limits.maxTablesPerPage));
  return out;
}

/** The finding for tables past the limit: one per page, at the first table skipped. */
export function tooManyTables(doc: Where, line: number, tables: number, dropped: number, limit: number): Diagnostic {
  return stageDiagnostic({
    code: 'page-too-many-tables',
    message: `The page has ${tables} tables, over the limit of ${limit} (limits.maxTablesPerPage); the last ${dropped}, from this one on, were skipped.`,
    file: doc.file,
    line,
    product: doc.product,
    lang: doc.lang,
  });
}

/** The finding for rows past the limit: at the first row skipped. */
export function tooManyRows(doc: Where, line: number, rows: number, limit: number): Diagnostic {
  return stageDiagnostic({
    code: 'table-too-many-rows',
    message: `The table has ${rows} rows, over the limit of ${limit} (limits.maxTableRows); the last ${rows - limit}, from this one on, were skipped.`,
    file: doc.file,
    line,
    product: doc.product,
    lang: doc.lang,
  });
}

function capRows(table: TableBlock, limit: number, doc: Where, diagnostics: Diagnostic[]): TableBlock {
  if (table.rows.length <= limit) return table;
  diagnostics.push(tooManyRows(doc, table.rows[limit].line, table.rows.length, limit));
  return { ...table, rows: table.rows.slice(0, limit) };
}

function checkExample(block: CodeBlock, limits: Limits): CodeBlock {
  if (block.overLimit) return block;
  // bytes as in the file; a string's length in UTF-16 units is at most its UTF-8 size, so most blocks skip the count
  if (block.text.length * 3 > limits.maxExampleBytes) {
    const bytes = Buffer.byteLength(block.text, 'utf8');
    if (bytes > limits.maxExampleBytes) {
      return { ...block, overLimit: { limit: 'bytes', message: `the code block is ${bytes} bytes, over the limit of ${limits.maxExampleBytes} (limits.maxExampleBytes)`, offset: 0, line: 1, column: 1 } };
    }
  }
  const deep = firstTooDeep(block.text, limits.maxExampleDepth);
  if (deep === undefined) return block;
  return { ...block, overLimit: { limit: 'depth', message: `the example nests deeper than ${limits.maxExampleDepth} levels (limits.maxExampleDepth)`, offset: deep, ...lineColumnAt(block.text, deep) } };
}
