import type { Diagnostic } from '../shared/diagnostic.js';
import type { SourceDoc } from '../sources/types.js';
import { tidy } from './inline-text.js';
import { collectJsonLines, textCell } from './line-tools.js';
import type { ApiPageFacts, Block, Cell, ParsedDoc, TableBlock, TableRow } from './types.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';

/**
 * Reader for a scraped API reference page (Tencent Cloud API 3.0 layout, English or Chinese):
 * numbered sections, parameter tables flattened to `Name Required Type Description` text with
 * descriptions running on over several lines, examples, and an error-code table.
 */
export function readApiPage(doc: SourceDoc): ParsedDoc {
  const { text: _text, ...source } = doc;
  const lines = doc.text.split('\n');
  const blocks: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  const api: ApiPageFacts = {};
  let section: 'description' | 'input' | 'output' | 'examples' | 'errors' | 'other' = 'other';
  let exampleTitle = '';
  let i = 0;
  while (i < lines.length) {
    const trimmed = lines[i].trim();
    const line = i + 1;
    const heading = sectionHeading.exec(trimmed);
    if (heading) {
      section = sectionOf(heading[2]);
      blocks.push({ kind: 'heading', depth: 2, text: heading[2], line });
      i++;
      continue;
    }
    const paramHeader = paramHeaderPattern.exec(trimmed);
    if (paramHeader) {
      const withRequired = Boolean(paramHeader[2]);
      const { table, end } = readParamTable(lines, i, withRequired, section === 'input' ? 'input' : 'output');
      blocks.push(table);
      i = end;
      continue;
    }
    if (errorHeaderPattern.test(trimmed)) {
      const { table, end } = readErrorTable(lines, i);
      blocks.push(table);
      i = end;
      continue;
    }
    const exampleHeading = /^(?:Example|示例)\s*\d+\s*[:：]?\s*(.*)$/.exec(trimmed);
    if (section === 'examples' && exampleHeading) {
      exampleTitle = exampleHeading[1] || trimmed;
      blocks.push({ kind: 'paragraph', text: trimmed, strong: false, code: [], links: [], line });
      i++;
      continue;
    }
    const caption = /^(Input|Output|Request|Response|输入|输出)\s*(?:Example|示例)$/i.exec(trimmed);
    if (caption) {
      let j = i + 1;
      while (j < lines.length && lines[j].trim() === '') j++;
      if (j < lines.length && /^[{[]/.test(lines[j].trim())) {
        const { text, end } = collectJsonLines(lines, j);
        blocks.push({ kind: 'code', lang: 'json', text, line: j + 1, caption: captionText(caption[1], exampleTitle) });
        i = end;
      } else {
        const start = j;
        while (j < lines.length && lines[j].trim() !== '') j++;
        blocks.push({ kind: 'code', lang: 'http', text: lines.slice(start, j).join('\n'), line: start + 1, caption: captionText(caption[1], exampleTitle) });
        i = j;
      }
      continue;
    }
    if (trimmed !== '') {
      if (section === 'description') readDescriptionFact(trimmed, line, api);
      blocks.push({ kind: 'paragraph', text: tidy(trimmed), strong: false, code: [], links: [], line });
    }
    i++;
  }
  collectRowFacts(blocks, api);
  if (!blocks.some((b) => b.kind === 'table')) {
    diagnostics.push(stageDiagnostic({
      code: 'api-page-without-tables',
      message: 'The page looks like an API reference but no parameter table was found in it.',
      file: doc.file,
      line: 1,
      product: doc.product,
      lang: doc.lang,
    }));
  }
  return { source, blocks, api, diagnostics };
}

const sectionHeading = /^(\d+)\.\s*(\S.{0,60})$/;

/** `3. Output Parameters` ends a table; `1. first item` inside a description does not. */
function isKnownSection(line: string): boolean {
  const m = sectionHeading.exec(line);
  return m !== null && sectionOf(m[2]) !== 'other';
}
const paramHeaderPattern = /^(Parameter Name|参数名称)\s+((?:Required|必选)\s+)?(?:Type|类型)\s+(?:Description|描述)$/i;
const errorHeaderPattern = /^(Error Code|错误码)\s+(Description|描述)$/i;
const identifier = /^[A-Za-z_][A-Za-z0-9_.]*(?:\.N)?$/;
const primitiveType = /^(String|Integer|Int|Int32|Int64|UInt32|Uint32|UInt64|Uint64|Float|Double|Boolean|Bool|Timestamp|Object|Array|Binary)$/i;

function sectionOf(title: string): 'description' | 'input' | 'output' | 'examples' | 'errors' | 'other' {
  if (/API Description|接口描述/i.test(title)) return 'description';
  if (/Input Parameters|Request Parameters|输入参数|请求参数/i.test(title)) return 'input';
  if (/Output Parameters|Response Parameters|输出参数|返回参数/i.test(title)) return 'output';
  if (/Example|示例/i.test(title)) return 'examples';
  if (/Error Code|错误码/i.test(title)) return 'errors';
  return 'other';
}

function captionText(kind: string, title: string): string {
  const role = /input|request|输入/i.test(kind) ? 'Input Example' : 'Output Example';
  return title ? `${role}: ${title}` : role;
}

/** A type token: a primitive spelling, `Array of X`, or a struct name from the Data Types page. */
function splitType(rest: string): { type: string; description: string } | undefined {
  const arrayOf = /^(Array of \S+)\s*(.*)$/i.exec(rest);
  if (arrayOf) return { type: arrayOf[1], description: arrayOf[2] };
  const plain = /^(\S+)\s*(.*)$/.exec(rest);
  if (!plain) return undefined;
  if (primitiveType.test(plain[1]) || /^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+$/.test(plain[1])) {
    return { type: plain[1], description: plain[2] };
  }
  return undefined;
}

function readParamTable(lines: string[], headerIndex: number, withRequired: boolean, role: 'input' | 'output'): { table: TableBlock; end: number } {
  const header: Cell[] = (withRequired ? ['Parameter Name', 'Required', 'Type', 'Description'] : ['Parameter Name', 'Type', 'Description']).map(textCell);
  const rows: TableRow[] = [];
  let i = headerIndex + 1;
  for (; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    // a table ends at a blank line, or where the next section or table starts
    if (trimmed === '' || isKnownSection(trimmed) || paramHeaderPattern.test(trimmed) || errorHeaderPattern.test(trimmed)) break;
    const parsed = parseParamRow(trimmed, withRequired);
    if (parsed) {
      rows.push({ cells: parsed.map(textCell), line: i + 1 });
    } else if (rows.length > 0) {
      // descriptions run on over several lines ("- AUTO: …", "Note: This parameter may return null")
      const last = rows[rows.length - 1].cells;
      const desc = last[last.length - 1];
      last[last.length - 1] = textCell(`${desc.raw}\n${trimmed}`);
    } else {
      break;
    }
  }
  return { table: { kind: 'table', dialect: 'api-text', header, rows, line: headerIndex + 1, role }, end: i };
}

function parseParamRow(line: string, withRequired: boolean): string[] | undefined {
  const first = /^(\S+)\s+(.*)$/.exec(line);
  if (!first || !identifier.test(first[1])) return undefined;
  let rest = first[2];
  let required: string | undefined;
  if (withRequired) {
    const req = /^(Yes|No|是|否)\s+(.*)$/i.exec(rest);
    if (!req) return undefined;
    required = req[1];
    rest = req[2];
  }
  const typed = splitType(rest);
  if (!typed) return undefined;
  return withRequired ? [first[1], required!, typed.type, typed.description] : [first[1], typed.type, typed.description];
}

function readErrorTable(lines: string[], headerIndex: number): { table: TableBlock; end: number } {
  const header = ['Error Code', 'Description'].map(textCell);
  const rows: TableRow[] = [];
  let i = headerIndex + 1;
  for (; i < lines.length; i++) {
    // a blank line is no row either: the table ends there
    const row = /^([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\s+(.*)$/.exec(lines[i].trim());
    if (!row) break;
    rows.push({ cells: [textCell(row[1]), textCell(row[2])], line: i + 1 });
  }
  return { table: { kind: 'table', dialect: 'api-text', header, rows, line: headerIndex + 1, role: 'errors' }, end: i };
}

export function readDescriptionFact(text: string, line: number, api: ApiPageFacts): void {
  const domain = /^(?:Domain name for API request|API request domain name|接口请求域名)\s*[:：]\s*(\S+?)[.。]?$/i.exec(text);
  if (domain) {
    api.domain = { value: domain[1], line };
    return;
  }
  const rate =
    /maximum of (\d+) requests? can be initiated per (second|minute|hour)/i.exec(text) ??
    /rate limit[^:：]*[:：]\s*(\d+)\s*requests?\s*\/\s*(second|minute|hour)/i.exec(text) ??
    /请求频率限制[:：]\s*(\d+)\s*次\s*\/\s*(秒|分钟|小时)/.exec(text);
  if (rate) {
    api.rateLimit = { count: Number(rate[1]), per: ({ 秒: 'second', 分钟: 'minute', 小时: 'hour' } as Record<string, string>)[rate[2]] ?? rate[2].toLowerCase(), line };
    return;
  }
  if (!api.summary && /^(This API|本接口|该接口)/i.test(text) && !/rate limit|频率限制/i.test(text)) api.summary = { value: text, line };
}

/** Action, version and regions are stated in the common-parameter rows of the input table. */
export function collectRowFacts(blocks: Block[], api: ApiPageFacts): void {
  for (const block of blocks) {
    if (block.kind !== 'table' || block.role !== 'input') continue;
    for (const row of block.rows) {
      const name = row.cells[0].text;
      const desc = row.cells[row.cells.length - 1].text;
      const value = /(?:value used for this API|本接口取值|the (?:name|version) of this API)\s*[:：]\s*([A-Za-z0-9_-]+)/i.exec(desc)?.[1];
      // `取值：DescribeInstances` / `Value: X` in the Action row states the name too
      // `取值：DescribeInstances` / `Value: X` in the Action or Version row states it too
      const stated = value ?? (name === 'Action' || name === 'Version' ? /(?:取值|value)\s*[:：]\s*([A-Za-z0-9][A-Za-z0-9_-]*)/i.exec(desc)?.[1] : undefined);
      if (name === 'Action' && stated) api.action = { value: stated, line: row.line };
      if (name === 'Version' && stated) api.apiVersion = { value: stated, line: row.line };
      const regions = /(?:only supports|仅支持)\s*[:：]\s*([a-z0-9\-, 、，]+)/i.exec(desc);
      if (name === 'Region' && regions) {
        api.regions = { value: regions[1].split(/[,，、\s]+/).filter((r) => /^[a-z]+-[a-z0-9-]+$/.test(r)), line: row.line };
      }
    }
  }
}
