import type { List, ListItem, Nodes, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { tidy } from './inline-text.js';
import { sourceOf } from './mdast-positions.js';
import type { Cell, CellItem, TableBlock, TableRow } from './types.js';

/**
 * Fields documented as a list instead of a table (`` - `channelName`: String. The name… ``,
 * `` - `uid` (Number): … ``, `` - **ts**：Number，时间戳 ``): read as the parameter table they
 * stand for, with columns Field | Type | Description, so every later stage treats them alike.
 * Only when EVERY item opens with a name in code or bold, a separator and a type word: a prose list
 * never becomes a table. A nested list that is itself a field list gives dotted child rows
 * (`payload.uid`); any other nested list (values such as `1: Android`) stays in the description,
 * one line per item, as a `<li>` list in a table cell does.
 */
export function fieldListTable(list: List, body: string): TableBlock | undefined {
  const read = fieldRows(list, body, '');
  if (!read) return undefined;
  const line = list.position?.start.line ?? 1;
  // `(String, optional)`: a Required column, only when some item says it
  const withRequired = read.some((r) => r.required !== '');
  const rows = read.map((r) => ({ line: r.line, cells: withRequired ? [r.cells[0], r.cells[1], plainCell(r.required), r.cells[2]] : r.cells }));
  const header = withRequired ? ['Field', 'Type', 'Required', 'Description'] : ['Field', 'Type', 'Description'];
  return { kind: 'table', dialect: 'field-list', header: header.map(plainCell), rows, line };
}

interface FieldRow extends TableRow {
  /** The item's own word for it (`optional`, `必填`), or ''. */
  required: string;
}

// the type words of both languages, alone or as `Array of X`, `X[]`, `X/Y`, `X 类型`
const TYPE_WORD = String.raw`(?:string|str|number|integer|int|int32|int64|uint32|uint64|long|float|double|boolean|bool|object|json\s*object|jsonobject|json|array|list|map|dict|timestamp|字符串|整数|整型|数字|数值|浮点数|布尔值?|对象|数组)`;
/** A type as the lists and tables spell it (`Number`, `Array of String`, `int64`, `字符串`). */
export const TYPE = String.raw`(?:(?:array|list)\s+of\s+)?${TYPE_WORD}(?:\s*\[\])?(?:\s*<[^<>\n]{1,40}>)?(?:\s*[/|]\s*${TYPE_WORD}(?:\s*\[\])?)*(?:\s*(?:type|类型|型))?`;
const NAME = String.raw`[A-Za-z_$][\w$.\-]*(?:\[\])?`;
const REQUIRED = String.raw`optional|required|mandatory|可选|选填|必填|必选`;
/** `name: Type. text`, `name：Type，text`, `name - Type - text`, `name: Type, optional. text` */
const AFTER_COLON = new RegExp(String.raw`^(?<name>${NAME})\s*(?:[:：]|\s[-–—]\s)\s*(?<type>${TYPE})(?=$|[\s.,，。;；:：)）])(?:\s*[,，]\s*(?<req>${REQUIRED})(?=$|[\s.,，。;；:：]))?\s*[.,，。;；:：]?\s*(?:[-–—]\s+)?(?<rest>[\s\S]*)$`, 'i');
/** `name (Type): text`, `name（Type）text`, `name (Type, optional): text` */
const IN_PARENS = new RegExp(String.raw`^(?<name>${NAME})\s*[(（]\s*(?<type>${TYPE})\s*(?:[,，;；]\s*(?:(?<req>${REQUIRED})|[^)）]*))?\s*[)）]\s*(?:[:：.,，。]|\s[-–—]\s)?\s*(?<rest>[\s\S]*)$`, 'i');

function fieldRows(list: List, body: string, prefix: string): FieldRow[] | undefined {
  if (list.children.length < 2 && prefix === '') return undefined;
  const rows: FieldRow[] = [];
  for (const item of list.children) {
    const row = fieldRow(item, body, prefix);
    if (!row) return undefined;
    rows.push(...row);
  }
  return rows;
}

function fieldRow(item: ListItem, body: string, prefix: string): FieldRow[] | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || !opensWithName(first)) return undefined;
  const text = tidy(toString(first, { includeHtml: false }));
  const groups = (AFTER_COLON.exec(text) ?? IN_PARENS.exec(text))?.groups;
  if (!groups) return undefined;
  const { name, type, rest: lead, req } = groups;
  const line = item.position?.start.line ?? 1;
  const nestedFields: FieldRow[] = [];
  const lines = [lead.trim()];
  const items: CellItem[] = [];
  for (const child of rest) {
    const fields = child.type === 'list' ? fieldRows(child, body, `${prefix}${name}.`) : undefined;
    if (fields) nestedFields.push(...fields);
    else if (child.type === 'list') {
      for (const li of child.children) {
        items.push(cellItem(li));
        lines.push(tidy(toString(li.children[0] ?? li)));
      }
    } else lines.push(tidy(toString(child)));
  }
  const descriptionText = lines.filter(Boolean).join('\n');
  const code = inlineCodes(item).filter((c) => c !== name);
  const description: Cell = {
    text: descriptionText,
    raw: sourceOf(item, body),
    links: links(item),
    code,
    strong: false,
    ...(items.length > 0 ? { items } : {}),
  };
  const full = `${prefix}${name}`;
  const cells: Cell[] = [
    { text: full, raw: full, links: [], code: [name], strong: false },
    { text: type.replace(/(?:\s+type|\s*类型)$/i, '').trim(), raw: type, links: [], code: [], strong: false },
    description,
  ];
  return [{ cells, line, required: req ?? '' }, ...nestedFields];
}

/** The item opens with its name written as code or bold: `` `uid` `` or `**uid**`. */
function opensWithName(p: Paragraph): boolean {
  const head = p.children[0];
  if (head?.type === 'inlineCode') return true;
  return head?.type === 'strong' && head.children.length === 1 && (head.children[0].type === 'text' || head.children[0].type === 'inlineCode');
}

function cellItem(li: ListItem): CellItem {
  const [first, ...rest] = li.children;
  const nested = rest.flatMap((c) => (c.type === 'list' ? c.children.map(cellItem) : []));
  return { text: tidy(toString(first ?? li)), code: first ? inlineCodes(first) : [], items: nested };
}

function inlineCodes(node: Nodes): string[] {
  const out: string[] = [];
  const walk = (n: Nodes): void => {
    if (n.type === 'inlineCode') out.push(n.value);
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return out;
}

function links(node: Nodes): Cell['links'] {
  const out: Cell['links'] = [];
  const walk = (n: Nodes): void => {
    if (n.type === 'link') out.push({ label: toString(n), href: n.url });
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return out;
}

function plainCell(text: string): Cell {
  return { text, raw: text, links: [], code: [], strong: false };
}
