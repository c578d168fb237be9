import type { Block, CodeBlock, TableBlock } from '../../parse/types.js';
import { isJsonBlock } from '../examples.js';
import { parseExampleBlock } from '../example-json.js';
import { columnsOf, tableKind } from '../param-table.js';
import { describesEventCodes } from './numeric-codes.js';
import { labelBefore } from '../labels.js';
import { parseTypeSpelling } from '../type-spelling.js';
import type { TypeRef } from '../types.js';
import { headingAbove, type Recogniser, type Section } from './section.js';

/**
 * One callback per page, named by a command the body carries (`CallbackCommand` =
 * `Group.CallbackAfterSendMsg`, `event` = `send_msg`): a row says the value is fixed
 * ("固定为 X", "此回调返回值为 `X`", "Fixed value: X"; X a name or an integer), and the page's request example carries
 * that key with that value. The page's tables then take roles from their headings: request
 * body, reply ("应答包", "Response"), URL query parameters (a table with no type column).
 */
export const commandCallback: Recogniser = {
  id: 'command-callback',
  recognise(blocks, claimed) {
    if (describesEventCodes(blocks, claimed)) return [];
    const examples = blocks.flatMap((b, i) => (b.kind === 'code' && isJsonBlock(b) && !claimed(i) ? [{ block: b, index: i, value: jsonOf(b) }] : []));
    for (const [index, block] of blocks.entries()) {
      if (block.kind !== 'table' || claimed(index)) continue;
      // the docs' own example must carry it: a fixed value alone may be a content type or a protocol
      // "值为 1，表示…" names the callback only in a request table, in a row naming the event's type, carried by a request example
      const request = !REPLY.test(headingText(blocks, index));
      const command = fixedValueRows(block, { valueMeans: request })
        .filter((row) => !row.weak || NAMES_TYPE.test(row.key))
        .find((row) => examples.some((e) => isRecord(e.value) && carries(e.value[row.key], row.value) && (!row.weak || !REPLY.test(headingText(blocks, e.index)))));
      if (!command) continue;
      // a number in the example is a number in the body: the discriminator keeps its JSON type
      const numeric = examples.some((e) => isRecord(e.value) && typeof e.value[command.key] === 'number' && carries(e.value[command.key], command.value));
      const roles = tableRoles(blocks, claimed, index);
      const replyCodes = examples.filter((e) => REPLY.test(headingText(blocks, e.index)) && !(isRecord(e.value) && command.key in e.value)).map((e) => e.index);
      const first = blocks.find((b) => b.kind === 'heading');
      return [
        {
          start: 0,
          end: blocks.length,
          eventType: command.value,
          version: null,
          ...(first && first.kind === 'heading' ? { title: first.text } : {}),
          line: command.line,
          recogniser: 'command-callback',
          discriminator: { key: command.key, value: numeric ? Number(command.value) : command.value, payloadPath: [], evidence: `fixed value in the row at line ${command.line}, carried by the example` },
          payloadTables: roles.payload,
          replyTables: roles.reply,
          queryTables: roles.query,
          replyCodes,
        } satisfies Section,
      ];
    }
    return [];
  },
};

const FIXED = /(?:固定为|固定值为|固定取值为?|此回调返回值为|取值固定为|the\s+return(?:ed)?\s+value\s+of\s+this\s+callback\s+is|\bfixed(?:\s+value)?(?:\s+(?:as|at|to|is))?|the value is always)\s*[:：]?\s*`?(-?\d+(?![\d.])|[A-Za-z_][\w.]*[A-Za-z0-9_])`?/i;
/** "The value is `200` for screencapture callbacks": a value said of the callback itself (marked as code), not of one case. */
const FIXED_FOR_CALLBACK = /(?:the\s+)?value\s+is\s+`(-?\d+|[A-Za-z_][\w.]*[A-Za-z0-9_])`\s+(?:for|in)\s+(?:(?:this|these|all|every|the)\s+)?(?:[\w-]+\s+){0,3}(?:callbacks?|notifications?|events?|messages?)\b/i;
/**
 * "值为 1，表示…", "The value is `1`, indicating …": what one value means. Weaker than "fixed": a
 * reply's code or a status row says the same, so it names a callback only on a row naming the type.
 */
const VALUE_MEANS = /(?:^|[\s,，。;；])(?:值为|取值为|the\s+value\s+is)\s*`?(-?\d+(?![\d.])|[A-Za-z_][\w.]*[A-Za-z0-9_])`?\s*[,，]?\s*(?:表示|代表|即|indicat|mean|represent|which\s+(?:indicat|mean|represent))/i;
/** A key naming what kind of callback this is: `eventType`, `cmd`, `notifyType`, `msg_type`. */
const NAMES_TYPE = /event|type|cmd|command|action|notify/i;
const REPLY = /应答|响应|回包|回复|返回包|response|reply|answer/i;
const COMMON = /^(?:公共|通用)(?:回调)?(?:参数|字段)|^common\s+(?:callback\s+)?(?:parameters|fields)$/i;

/**
 * Rows whose description says their value is fixed (`固定为 X`, `Fixed value: X`): the key and the value.
 * With `valueMeans`, a row saying what one value means ("值为 1，表示…") too, marked weak.
 */
export function fixedValueRows(table: TableBlock, options: { valueMeans?: boolean } = {}): Array<{ key: string; value: string; line: number; weak?: boolean }> {
  const c = columnsOf(table);
  const nameCol = c.get('name') ?? 0;
  const descCol = c.get('description') ?? table.header.length - 1;
  return table.rows.flatMap((row) => {
    const key = row.cells[nameCol]?.text.replace(/[`*]/g, '').trim() ?? '';
    if (!/^[A-Za-z_][\w]*$/.test(key)) return [];
    // an HTML cell marks code with <code>: read it as the backticks of Markdown
    const raw = (row.cells[descCol]?.raw ?? '').replace(/<code>\s*([^<]*?)\s*<\/code>/gi, '`$1`');
    const m = FIXED.exec(row.cells[descCol]?.text ?? '') ?? FIXED_FOR_CALLBACK.exec(raw);
    if (m) return [{ key, value: m[1], line: row.line }];
    const means = options.valueMeans ? VALUE_MEANS.exec(raw) : null;
    return means ? [{ key, value: means[1], line: row.line, weak: true }] : [];
  });
}

/**
 * The body is the table that carries the command, with the parameter tables beside it under the
 * same heading (a common and a business table); reply tables sit under a reply heading; a table
 * of names and descriptions without types lists URL query parameters. Other parameter tables
 * are structs (message bodies described elsewhere on the page).
 */
function tableRoles(blocks: Block[], claimed: (i: number) => boolean, commandTable: number): { payload: number[]; reply: number[]; query: number[] } {
  const roles = { payload: [] as number[], reply: [] as number[], query: [] as number[] };
  const commandIsParams = tableKind(blocks[commandTable] as TableBlock) === 'params';
  const bodyHeading = headingAbove(blocks, commandTable);
  const named = typeNamesOf(blocks, claimed);
  blocks.forEach((b, i) => {
    if (b.kind !== 'table' || claimed(i)) return;
    const c = columnsOf(b);
    // a table captioned with a type a row names (`**Table 1** RecordFile`) is that type's struct
    const label = i === commandTable ? undefined : labelBefore(blocks, i, 0).label;
    if (label !== undefined && named.has(label)) return;
    if (tableKind(b) === 'params') {
      if (REPLY.test(headingText(blocks, i))) roles.reply.push(i);
      // common parameters (`公共参数`, `Common callback parameters`) are in every body, under a heading of their own
      else if (COMMON.test(headingText(blocks, i))) roles.payload.push(i);
      else if (commandIsParams ? headingAbove(blocks, i) === bodyHeading : !REPLY.test(headingText(blocks, i)) && /请求包|请求体|request (?:body|packet|fields)|body/i.test(headingText(blocks, i))) roles.payload.push(i);
    } else if (c.has('name') && c.has('description') && !c.has('type') && !c.has('value')) roles.query.push(i);
  });
  return roles;
}

/** Struct names the page's parameter rows give as types (`Array of RecordFile objects`, `RecordFile`). */
function typeNamesOf(blocks: Block[], claimed: (i: number) => boolean): Set<string> {
  const names = new Set<string>();
  const visit = (t: TypeRef): void => {
    if (t.kind === 'array') visit(t.items);
    else if (t.kind === 'ref' && t.struct.startsWith('name:')) names.add(t.struct.slice('name:'.length));
  };
  blocks.forEach((b, i) => {
    if (b.kind !== 'table' || claimed(i) || tableKind(b) !== 'params') return;
    const typeCol = columnsOf(b).get('type');
    if (typeCol === undefined) return;
    for (const row of b.rows) {
      const spelled = parseTypeSpelling(row.cells[typeCol] ?? { text: '', links: [] });
      if (spelled.ok) visit(spelled.type);
    }
  });
  return names;
}

/** The heading (or bold label) a block sits under. */
function headingText(blocks: Block[], index: number): string {
  for (let k = index - 1; k >= 0; k--) {
    const b = blocks[k];
    if (b.kind === 'heading') return b.text;
    if (b.kind === 'paragraph' && b.strong) return b.text;
  }
  const h = headingAbove(blocks, index);
  return h >= 0 ? (blocks[h] as { text: string }).text : '';
}

function jsonOf(block: CodeBlock): unknown {
  const parsed = parseExampleBlock(block);
  return parsed.value ?? parsed.repaired;
}

/** The example's value is the fixed one: the same string, or the same integer (`Fixed value: 200`). */
function carries(value: unknown, fixed: string): boolean {
  return value === fixed || (typeof value === 'number' && Number.isInteger(value) && String(value) === fixed);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
