import { textCell } from '../parse/line-tools.js';
import type { Block, Cell, ParagraphBlock, ParsedDoc, TableBlock, TableRow } from '../parse/types.js';

/**
 * Fields written as definition entries, one paragraph per field (REST reference pages):
 *
 *     **MaxResults**
 *     The maximum number of volumes to return.
 *     Type: Integer
 *     Required: No
 *
 * The name alone on the first line, the description, then `Type:` / `Required:` /
 * `Valid Values:` lines (the description may run on over a list before them). A run of such
 * entries reads as the Name | Type | Required | Description table it stands for; errors written
 * so (`**ThrottlingException**` … `HTTP Status Code: 400`) as an error-code table. A run under a
 * generic heading (`## Contents`) is labelled with the page's title: the struct the page defines.
 */
export function withDefinitionTables(doc: ParsedDoc): ParsedDoc {
  if (!doc.blocks.some((b) => b.kind === 'paragraph' && FACT_LINE.test(b.text))) return doc;
  const blocks: Block[] = [];
  const title = doc.blocks.find((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.depth === 1)?.text;
  let i = 0;
  while (i < doc.blocks.length) {
    const run: Entry[] = [];
    let k = i;
    for (;;) {
      const entry = entryAt(doc.blocks, k);
      if (!entry) break;
      run.push(entry);
      k = entry.end;
    }
    if (run.length === 0) {
      blocks.push(doc.blocks[i]);
      i++;
      continue;
    }
    const errors = run.every((e) => e.status !== undefined && e.type === undefined);
    const above = [...blocks].reverse().find((b) => b.kind === 'heading');
    if (!errors && title && above?.kind === 'heading' && GENERIC_HEADING.test(above.text.trim())) {
      blocks.push({ kind: 'paragraph', text: title, strong: true, code: [], links: [], line: run[0].line });
    }
    blocks.push(errors ? errorTable(run) : fieldTable(run));
    i = k;
  }
  return { ...doc, blocks };
}

interface Entry {
  name: string;
  type?: Cell;
  required?: string;
  status?: string;
  description: string;
  line: number;
  /** Index of the block after the entry. */
  end: number;
}

const FACT_LINE = /^(?:Type|Required|HTTP Status Code)\s*:/im;
const NAME = /^[A-Za-z_][\w.-]*$/;
const GENERIC_HEADING = /^(?:Contents|Members|Fields|Properties|Attributes|Parameters)$/i;

/** The entry whose name paragraph is at `index`: its facts may sit in a later paragraph (after a list). */
function entryAt(blocks: Block[], index: number): Entry | undefined {
  let start = index;
  while (blocks[start]?.kind === 'anchor') start++;
  const first = blocks[start];
  if (first?.kind !== 'paragraph') return undefined;
  const name = nameOf(first);
  if (!name) return undefined;
  const parts: ParagraphBlock[] = [first];
  let end = start + 1;
  // the description may run on over a list or paragraphs before the facts (at most a few blocks)
  while (!parts.some((p) => FACT_LINE.test(p.text)) && end < blocks.length && end - start <= 4) {
    const next = blocks[end];
    if (next.kind !== 'paragraph' || nameOf(next)) break;
    parts.push(next);
    end++;
  }
  if (!parts.some((p) => FACT_LINE.test(p.text))) return undefined;
  const lines = parts.flatMap((p) => p.text.split('\n')).slice(1);
  const links = parts.flatMap((p) => p.links);
  const description: string[] = [];
  const entry: Entry = { name, description: '', line: first.line, end };
  for (const line of lines) {
    const fact = /^(Type|Required|HTTP Status Code)\s*:\s*(.*)$/i.exec(line.trim());
    // `Valid Values: a | b | c` states the whole set, in the words the value readers know
    const valid = /^Valid Values\s*:\s*(.+)$/i.exec(line.trim());
    if (valid) description.push(`Valid values: ${valid[1].split('|').map((v) => v.trim()).filter(Boolean).join(', ')}`);
    if (!fact) {
      if (!valid) description.push(line.trim());
      continue;
    }
    const [, key, value] = fact;
    if (/^type$/i.test(key)) entry.type = { ...textCell(value), links: links.filter((l) => wholeWord(l.label).test(value)) };
    else if (/^required$/i.test(key)) entry.required = /^yes\b/i.test(value) ? 'Yes' : /^no\b/i.test(value) ? 'No' : value;
    else entry.status = value;
  }
  entry.description = description.filter((l) => l !== '').join('\n');
  return entry;
}

function wholeWord(word: string): RegExp {
  return new RegExp(`(?:^|[^A-Za-z0-9_])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^A-Za-z0-9_])`);
}

/** `DryRun`, `** FunctionName **`, `Filter.N`: the first line of the paragraph is the name alone. */
function nameOf(block: ParagraphBlock): string | undefined {
  const firstLine = block.text.split('\n')[0].replace(/[*`]/g, '').replace(/\\\./g, '.').trim();
  return NAME.test(firstLine) && block.text.includes('\n') ? firstLine : undefined;
}

function fieldTable(run: Entry[]): TableBlock {
  const rows: TableRow[] = run.map((e) => ({ cells: [textCell(e.name), e.type ?? textCell(''), textCell(e.required ?? ''), { ...textCell(e.description), text: e.description }], line: e.line }));
  return { kind: 'table', dialect: 'field-list', header: ['Name', 'Type', 'Required', 'Description'].map(textCell), rows, line: run[0].line };
}

function errorTable(run: Entry[]): TableBlock {
  const rows: TableRow[] = run.map((e) => ({ cells: [textCell(e.name), { ...textCell(e.description), text: e.description }, textCell(e.status ?? '')], line: e.line }));
  return { kind: 'table', dialect: 'field-list', header: ['Error Code', 'Description', 'HTTP Status Code'].map(textCell), rows, line: run[0].line };
}
