import type { Block, ParagraphBlock, TableBlock } from '../../parse/types.js';
import { columnsOf, tableKind } from '../param-table.js';
import { enumFromDescription } from '../enum-extract.js';
import { parseTypeSpelling } from '../type-spelling.js';
import { headingSubject } from '../heading-subject.js';
import { datedVersion, headingAbove, headingEnd, type Recogniser, type Section } from './section.js';

/**
 * Events named by a number in one shared envelope. Three ways the pages say which number:
 * - a sentence per section: "When the `cmd` property of an event is `1`, … the `data` property
 *   contains …", "`cmd` 为 `1` 时，… `data` 中包含以下字段"; the section is the heading's;
 * - a code table: `| 直播推流 | event_type = 1 |` rows; every code shares the page's parameter tables;
 * - a heading per event that opens with a code listed in a table of codes (`### 101 channel create`
 *   beside `| eventType | Event name |` rows `| 101 | channel create |`); the section is the heading's;
 * - only the description of the body's event row (`EventType | Number | \`301\` (recording
 *   started), \`302\` …`), when the page says it no other way: every code shares that table.
 */
export const numericCodes: Recogniser = {
  id: 'numeric-codes',
  recognise(blocks, claimed) {
    const bySentence = fromSentences(blocks, claimed);
    const taken = (i: number): boolean => claimed(i) || bySentence.some((s) => i >= s.start && i < s.end);
    const found = [...bySentence, ...fromCodeHeadings(blocks, taken), ...fromCodeTable(blocks, claimed)];
    return found.length ? found : fromDescribedCodes(blocks, claimed);
  },
};

const IS = String.raw`(?:property\s+)?(?:of\s+(?:an?\s+|the\s+)?(?:event|callback|message)\s+)?(?:is|为|是|=|==|等于|equals?)`;
/** Every spelling IS can end in: a sentence without one of them names no code. */
const IS_WORD = /is|为|是|=|等于|equal/i;
const CONTAINS = /^\s*(?:property\s+)?(?:中\s*)?(?:contains|includes|包含|包括|has)/i;

/**
 * `key` and its numeric value in one sentence, with the payload member when the sentence names one.
 * The key is in code (`` `cmd` 为 `1` ``), or written bare when it is one of `eventKeys`: a field
 * the page's tables say names the event (`EventType 为 101`); a bare `Status 为 0` is no code.
 */
export function codeSentence(block: ParagraphBlock, eventKeys: readonly string[] = []): { key: string; value: number; payloadKey?: string } | undefined {
  const bare = eventKeys.filter((k) => block.text.includes(k));
  // no digit or no word for "is": no sentence can match, and a page of many paragraphs compiles no pattern
  if ((block.code.length === 0 && bare.length === 0) || !/\d/.test(block.text) || !IS_WORD.test(block.text)) return undefined;
  const keys = [...new Set([...block.code.map((c) => c.trim()).filter((c) => /^[A-Za-z_][\w]*$/.test(c)), ...bare])];
  for (const key of keys) {
    const m = new RegExp(String.raw`(?:^|[^\w])${key}\s*${IS}\s*(-?\d+)(?!\d)`, 'i').exec(block.text);
    if (!m) continue;
    const after = block.text.slice(m.index + m[0].length);
    const payloadKey = keys.find((k) => k !== key && new RegExp(String.raw`(?:^|[^\w])${k}`).test(after) && CONTAINS.test(after.slice(after.search(new RegExp(String.raw`(?:^|[^\w])${k}`)) + k.length + 1)));
    return { key, value: Number(m[1]), ...(payloadKey ? { payloadKey } : {}) };
  }
  return undefined;
}

function fromSentences(blocks: Block[], claimed: (i: number) => boolean): Section[] {
  const eventKeys = eventKeysOf(blocks);
  const found: Array<{ heading: number; sentence: number; key: string; value: number; payloadKey?: string }> = [];
  const headingsWithSentence = new Set<number>();
  // the nearest heading above and whether only prose follows it, carried along: a scan back per
  // paragraph would be quadratic on a long page
  let heading = -1;
  let onlyProse = true;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      heading = i;
      onlyProse = true;
      return;
    }
    if (block.kind !== 'paragraph') {
      if (block.kind !== 'anchor') onlyProse = false;
      return;
    }
    if (claimed(i) || heading < 0 || headingsWithSentence.has(heading)) return;
    // the sentence opens the section: nothing but prose between the heading and it
    if (!onlyProse) return;
    const code = codeSentence(block, eventKeys);
    if (code) {
      found.push({ heading, sentence: i, ...code });
      headingsWithSentence.add(heading);
    }
  });
  // one key names the events of a page: the one most sentences use
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  const key = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return found
    .filter((f) => f.key === key)
    .map((f) => {
      const head = blocks[f.heading] as Extract<Block, { kind: 'heading' }>;
      return {
        start: f.heading,
        end: headingEnd(blocks, f.heading),
        eventType: String(f.value),
        version: datedVersion(head.text),
        title: head.text,
        line: head.line,
        recogniser: 'numeric-codes',
        discriminator: { key: f.key, value: f.value, payloadPath: f.payloadKey ? [f.payloadKey] : [], evidence: `sentence at line ${blocks[f.sentence].line}` },
      };
    });
}

const CODE_CELL = /^`?\s*([A-Za-z_][\w]*)\s*(?:=|==|为|:)\s*`?\s*(-?\d+)\s*`?$/;

/** A table of `name | key = N` rows: each code an event, all sharing the page's parameter tables. */
function fromCodeTable(blocks: Block[], claimed: (i: number) => boolean): Section[] {
  for (const [index, block] of blocks.entries()) {
    if (block.kind !== 'table' || claimed(index) || block.rows.length === 0) continue;
    const codes = codeColumn(block);
    if (!codes) continue;
    const payloadTables = blocks.flatMap((b, k) => (b.kind === 'table' && k !== index && !claimed(k) && tableKind(b) === 'params' ? [k] : []));
    const start = 0;
    const end = blocks.length;
    return codes.rows.map((row) => ({
      start,
      end,
      eventType: String(row.value),
      version: null,
      title: row.meaning,
      alias: row.meaning,
      line: row.line,
      recogniser: 'numeric-codes',
      shared: true,
      payloadTables,
      claims: [{ index, role: `event codes of ${codes.key} (${codes.rows.map((r) => r.value).join(', ')})` }],
      discriminator: { key: codes.key, value: row.value, payloadPath: [], evidence: `code table at line ${block.line}` },
    }));
  }
  return [];
}

function codeColumn(table: TableBlock): { key: string; rows: Array<{ value: number; meaning: string; line: number }> } | undefined {
  const width = table.header.length;
  for (let col = 0; col < width; col++) {
    const parsed = table.rows.map((r) => CODE_CELL.exec(r.cells[col]?.text.trim() ?? ''));
    if (!parsed.every(Boolean)) continue;
    const keys = new Set(parsed.map((m) => m![1]));
    if (keys.size !== 1) continue;
    const meaningCol = col === 0 ? 1 : 0;
    return {
      key: parsed[0]![1],
      rows: table.rows.map((r, i) => ({ value: Number(parsed[i]![2]), meaning: r.cells[meaningCol]?.text.trim() ?? '', line: r.line })),
    };
  }
  return undefined;
}

/** `101 channel create`, `101: channel create`, `eventType 101 – channel create`; not `1. Overview` (an outline number). */
const CODE_HEADING = /^(?:`?([A-Za-z_]\w*)`?\s*(?:=|:|：)?\s*)?(-?\d+)(?:(\s*[:：\-–—]\s*|\s+)(\S[\s\S]*))?$/;
/** `channel create (101)`, `频道创建（eventType = 101）`: the name first, the code in brackets at the end. */
const TRAILING_CODE_HEADING = /^(\S[\s\S]*?)\s*[(（]\s*(?:`?([A-Za-z_]\w*)`?\s*(?:=|:|：)?\s*)?(-?\d+)\s*[)）]$/;
const norm = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A heading's code, the key it names (if any) and the rest of its words, in either order. */
function headingCode(text: string): { key?: string; value: number; rest: string } | undefined {
  const lead = CODE_HEADING.exec(text);
  if (lead) return { key: lead[1], value: Number(lead[2]), rest: (lead[4] ?? '').trim() };
  const trail = TRAILING_CODE_HEADING.exec(text);
  return trail ? { key: trail[2], value: Number(trail[3]), rest: trail[1].trim() } : undefined;
}

/** Sections from headings that open with a code of the page's code listing; the payload member from "the `payload` contains". */
function fromCodeHeadings(blocks: Block[], claimed: (i: number) => boolean): Section[] {
  const listing = codeListing(blocks);
  if (!listing) return [];
  const found: Section[] = [];
  let named = 0;
  const envelopeMember = objectMemberBeside(blocks, listing.key);
  blocks.forEach((block, i) => {
    if (block.kind !== 'heading' || claimed(i)) return;
    const m = headingCode(block.text.trim());
    if (!m || (m.key !== undefined && m.key !== listing.key)) return;
    const { value, rest } = m;
    const row = listing.rows.get(value);
    if (!row) return;
    // the rest of the heading is one of the row's cells: the strongest sign that it names the code
    const namesRow = rest !== '' && row.cells.some((c) => norm(c) === norm(rest));
    if (namesRow) named++;
    const end = headingEnd(blocks, i);
    const payloadKey = payloadMember(blocks, i + 1, end, listing.key) ?? envelopeMember;
    found.push({
      start: i,
      end,
      eventType: String(value),
      version: datedVersion(block.text),
      title: rest || block.text,
      line: block.line,
      recogniser: 'numeric-codes',
      discriminator: { key: listing.key, value, payloadPath: payloadKey ? [payloadKey] : [], evidence: `heading at line ${block.line}, code listed in the table at line ${listing.line}` },
    });
  });
  // one heading that only starts with a listed number may be anything; two, or one that names its row, are a pattern
  return found.length >= 2 || named > 0 ? found : [];
}

/**
 * A table listing event codes: a column of integers (two rows at least) whose header is the key
 * that carries them (`eventType`), or names a field of a parameter table on the page (`Event type`
 * beside a field `eventType`).
 */
function codeListing(blocks: Block[]): { key: string; line: number; rows: Map<number, { cells: string[] }> } | undefined {
  const fieldNames = blocks.flatMap((b) => (b.kind === 'table' && tableKind(b) === 'params' ? b.rows.map((r) => r.cells[0]?.text.trim() ?? '') : []));
  for (const block of blocks) {
    if (block.kind !== 'table' || block.rows.length < 2) continue;
    for (let col = 0; col < block.header.length; col++) {
      if (!block.rows.every((r) => /^-?\d+$/.test(r.cells[col]?.text.trim() ?? ''))) continue;
      const header = block.header[col].text.replace(/[*`]/g, '').trim();
      const key = /^[A-Za-z_]\w*$/.test(header) ? header : fieldNames.find((f) => /^[A-Za-z_]\w*$/.test(f) && norm(f) === norm(header));
      if (!key) continue;
      const rows = new Map(block.rows.map((r) => [Number(r.cells[col].text.trim()), { cells: r.cells.filter((_, k) => k !== col).map((c) => c.text.trim()) }]));
      return { key, line: block.line, rows };
    }
  }
  return undefined;
}

/**
 * The envelope table (the parameter table with a row for the key) has exactly one object row
 * (`payload | JSON Object`): that member holds each event's fields when no sentence says so.
 */
function objectMemberBeside(blocks: Block[], key: string): string | undefined {
  for (const b of blocks) {
    if (b.kind !== 'table' || tableKind(b) !== 'params') continue;
    const c = columnsOf(b);
    const nameCol = c.get('name') ?? 0;
    const typeCol = c.get('type');
    const nameOf = (r: TableBlock['rows'][number]): string => r.cells[nameCol]?.text.replace(/[`*]/g, '').trim() ?? '';
    if (typeCol === undefined || !b.rows.some((r) => nameOf(r) === key)) continue;
    const objects = b.rows.filter((r) => {
      const spelled = parseTypeSpelling(r.cells[typeCol] ?? { text: '', links: [] });
      return spelled.ok && spelled.type.kind === 'object' && /^[A-Za-z_]\w*$/.test(nameOf(r));
    });
    return objects.length === 1 ? nameOf(objects[0]) : undefined;
  }
  return undefined;
}

/** "The `payload` contains the following fields": the member of the envelope that holds the section's fields. */
function payloadMember(blocks: Block[], from: number, to: number, key: string): string | undefined {
  for (let k = from; k < to; k++) {
    const b = blocks[k];
    if (b.kind !== 'paragraph') continue;
    for (const code of b.code.map((c) => c.trim())) {
      if (code === key || !/^[A-Za-z_]\w*$/.test(code)) continue;
      const at = b.text.search(new RegExp(String.raw`(?:^|[^\w])${code}(?!\w)`));
      if (at >= 0 && CONTAINS.test(b.text.slice(b.text.indexOf(code, at) + code.length))) return code;
    }
  }
  return undefined;
}

/** A row that names the event: its name or description says so (`EventType`, `事件类型`, `callback type`). */
const NAMES_EVENT = /event|事件|callback|回调|notification|通知/i;

/** Identifier names of the parameter rows of the page that name the event (see NAMES_EVENT). */
function eventKeysOf(blocks: Block[]): string[] {
  const keys = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== 'table' || tableKind(block) !== 'params') continue;
    const columns = columnsOf(block);
    const nameCol = columns.get('name');
    const descCol = columns.get('description') ?? columns.get('meaning');
    if (nameCol === undefined) continue;
    for (const row of block.rows) {
      const key = eventKeyOf(row.cells[nameCol], descCol === undefined ? undefined : row.cells[descCol]);
      if (key !== undefined) keys.add(key);
    }
  }
  return [...keys];
}

/** The row's name when it is an identifier and the name or the description speaks of the event (NAMES_EVENT). */
function eventKeyOf(name: { text: string } | undefined, description: { text: string } | undefined): string | undefined {
  const key = name?.text.replace(/[`*]/g, '').trim() ?? '';
  return /^[A-Za-z_]\w*$/.test(key) && NAMES_EVENT.test(`${key} ${description?.text ?? ''}`) ? key : undefined;
}

/**
 * A parameter table whose row naming the event lists two integer codes or more, in its description
 * (`\`301\` (recording started)`, `<br>301：开始录制`) or in a table of constants under a heading
 * the row names (`## 事件类型` over `EVENT_TYPE_X | 301 | meaning` rows): one event per code, the
 * table the body they share (its other tables are structs), the row's key the discriminator.
 */
function fromDescribedCodes(blocks: Block[], claimed: (i: number) => boolean): Section[] {
  for (const [index, block] of blocks.entries()) {
    if (block.kind !== 'table' || claimed(index) || tableKind(block) !== 'params') continue;
    const codes = describedCodes(block, blocks, claimed);
    if (!codes) continue;
    const where = codes.table === undefined ? `codes in the description of ${codes.key} at line ${codes.line}` : `codes of ${codes.key} in the table at line ${blocks[codes.table].line}`;
    return codes.values.map((v) => ({
      start: 0,
      end: blocks.length,
      eventType: String(v.value),
      version: null,
      ...(v.meaning ? { title: v.meaning, alias: v.meaning } : {}),
      line: codes.line,
      recogniser: 'numeric-codes',
      shared: true,
      payloadTables: [index],
      ...(codes.table === undefined ? {} : { claims: [{ index: codes.table, role: `event codes of ${codes.key} (${codes.values.map((c) => c.value).join(', ')})` }] }),
      discriminator: { key: codes.key, value: v.value, payloadPath: [], evidence: where },
    }));
  }
  return [];
}

/** The page documents its events by codes of a body row (see fromDescribedCodes): a fixed value beside them names their group, not an event. */
export function describesEventCodes(blocks: Block[], claimed: (i: number) => boolean): boolean {
  return fromDescribedCodes(blocks, claimed).length > 0;
}

interface Code {
  value: number;
  meaning?: string;
}

function describedCodes(table: TableBlock, blocks: Block[], claimed: (i: number) => boolean): { key: string; line: number; values: Code[]; table?: number } | undefined {
  const columns = columnsOf(table);
  const nameCol = columns.get('name');
  const typeCol = columns.get('type');
  const descCol = columns.get('description') ?? columns.get('meaning');
  if (nameCol === undefined || typeCol === undefined || descCol === undefined) return undefined;
  for (const row of table.rows) {
    const description = row.cells[descCol];
    const key = description && eventKeyOf(row.cells[nameCol], description);
    if (!description || key === undefined) continue;
    const spelled = parseTypeSpelling(row.cells[typeCol] ?? { text: '', links: [] });
    if (!spelled.ok || (spelled.type.kind !== 'integer' && spelled.type.kind !== 'number')) continue;
    const spec = enumFromDescription(description.text, description.raw, spelled.type, 'en', row.line);
    const values = spec?.values.filter((v): v is typeof v & { value: number } => typeof v.value === 'number' && Number.isInteger(v.value));
    if (values && values.length >= 2 && values.length === spec!.values.length) {
      return { key, line: row.line, values: values.map((v) => ({ value: v.value, meaning: v.description?.en?.replace(/[。.;；,，]+$/, '').trim() || undefined })) };
    }
    const listed = constantTableFor(key, description.text, blocks, claimed);
    if (listed) return { key, line: row.line, ...listed };
  }
  return undefined;
}

/** A table of constants (names, a column of integers, a meaning) under a heading that is the row's name or words of its description. */
function constantTableFor(key: string, description: string, blocks: Block[], claimed: (i: number) => boolean): { values: Code[]; table: number } | undefined {
  for (const [index, block] of blocks.entries()) {
    if (block.kind !== 'table' || claimed(index) || block.rows.length < 2) continue;
    const heading = headingAbove(blocks, index);
    const text = heading >= 0 ? (blocks[heading] as { text: string }).text : '';
    // the heading as written, or its subject without a trailing "说明" / "List"
    // `Event types` over the constants of `EventType`: an English plural names the row too
    const names = (title: string): boolean => title.length >= 2 && (title === norm(key) || title === `${norm(key)}s` || norm(description).includes(title));
    if (!names(norm(text)) && !names(norm(headingSubject(text)))) continue;
    const codes = constantRows(block);
    if (codes) return { values: codes, table: index };
  }
  return undefined;
}

function constantRows(table: TableBlock): Code[] | undefined {
  const columns = columnsOf(table);
  const nameCol = columns.get('name') ?? 0;
  const codeCol = table.header.findIndex((_, col) => col !== nameCol && table.rows.every((r) => /^-?\d+$/.test(r.cells[col]?.text.replace(/`/g, '').trim() ?? '')));
  if (codeCol < 0 || !table.rows.every((r) => /^[A-Za-z_][\w.]*$/.test(r.cells[nameCol]?.text.replace(/[`*]/g, '').trim() ?? ''))) return undefined;
  const meaningCol = columns.get('meaning') ?? columns.get('description') ?? table.header.findIndex((_, col) => col !== nameCol && col !== codeCol);
  return table.rows.map((r) => {
    const meaning = (meaningCol >= 0 ? r.cells[meaningCol]?.text.trim() : '') || r.cells[nameCol].text.replace(/[`*]/g, '').trim();
    return { value: Number(r.cells[codeCol].text.replace(/`/g, '').trim()), meaning };
  });
}
