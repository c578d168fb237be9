import type { Diagnostic, Lang } from '../shared/diagnostic.js';
import { indentDepths } from './row-indent.js';
import type { Cell, CellItem, TableBlock } from '../parse/types.js';
import { columnRole, type ColumnRole } from '../parse/table-vocabulary.js';
import { enumFromDescription } from './enum-extract.js';
import { requiredCellNotUnderstood, requiredness } from './requiredness.js';
import { parseTypeSpelling, type SpelledType } from './type-spelling.js';
import { TYPE } from '../parse/field-list.js';
import type { EnumSpec, Field, TypeRef } from './types.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';

export interface TableContext {
  file: string;
  lang: Lang;
  product: string;
  /** The callback the table documents, or the API's Action (`api`): where its findings point. */
  event?: string;
  api?: string;
  version?: string;
  diagnostics: Diagnostic[];
  /** What the page's builder needs to know about fields beyond the model: one per page. */
  notes: FieldNotes;
}

/** Facts about a page's fields that only its builder uses, kept beside them for the page's build. */
export interface FieldNotes {
  /** Fields whose type the table does not give: the builder fills them from the examples. */
  untyped: Set<Field>;
  /** Links in a field's description cell (`参看[Reason](#reasonaudio)`), for value tables. */
  links: Map<Field, string[]>;
}

export function fieldNotes(): FieldNotes {
  return { untyped: new Set(), links: new Map() };
}

export function columnsOf(table: TableBlock): Map<ColumnRole, number> {
  const columns = new Map<ColumnRole, number>();
  table.header.forEach((cell, i) => {
    const role = columnRole(cell.text);
    if (role && !columns.has(role)) columns.set(role, i);
  });
  // a column titled otherwise (`属性`) whose every cell is 必填/选填 or Yes/No is the required column
  if (!columns.has('required') && table.rows.length > 0) {
    const taken = new Set(columns.values());
    const i = table.header.findIndex((_, k) => !taken.has(k) && table.rows.every((r) => REQUIRED_WORD.test(r.cells[k]?.text.replace(/[*`]/g, '').trim() ?? '')));
    if (i >= 0) columns.set('required', i);
  }
  // `EVENT_TYPE_X | 301 | 含义` under `字段名 | 类型 | 含义`: constants, not fields; the "type" column is their value
  const typeCol = columns.get('type');
  if (typeCol !== undefined && columns.has('name') && !columns.has('value') && isConstantTable(table, columns.get('name')!, typeCol)) {
    columns.delete('type');
    columns.set('value', typeCol);
  }
  // `字段名 | 类型 | 含义`: in a parameter table the meaning column is the description
  const meaning = columns.get('meaning');
  if (!columns.has('description') && meaning !== undefined && columns.has('name') && columns.has('type')) columns.set('description', meaning);
  return columns;
}

/** Every row an identifier (`MEMBER_ANCHOR`) beside an integer where a type would be. */
function isConstantTable(table: TableBlock, nameCol: number, typeCol: number): boolean {
  const text = (cell: Cell | undefined): string => cell?.text.replace(/[`*]/g, '').trim() ?? '';
  return table.rows.length > 0 && table.rows.every((r) => /^-?\d+$/.test(text(r.cells[typeCol])) && /^[A-Za-z_][\w.]*$/.test(text(r.cells[nameCol])));
}

const REQUIRED_WORD = /^(是|否|yes|no|必填|选填|必选|可选|非必填|required|optional|mandatory)$/i;

export type TableKind = 'params' | 'values' | 'catalogue' | 'errors' | 'other';

export function tableKind(table: TableBlock): TableKind {
  if (table.role === 'errors') return 'errors';
  const c = columnsOf(table);
  if (c.has('eventType')) return 'catalogue';
  if (c.has('name') && c.has('type')) return 'params';
  if (c.has('value') && (c.has('meaning') || c.has('description'))) return 'values';
  return 'other';
}

/** Example column: `\`Your_RoomId\``, `\`0\``, a list of code spans, or `/` / `None` for nothing. */
function exampleCell(cell: Cell | undefined, type: TypeRef): { example?: unknown; openValues?: string[] } {
  if (!cell) return {};
  const text = cell.text.trim();
  if (text === '' || /^(\/|-|none|null|无|n\/a)$/i.test(text)) return {};
  if (cell.code.length >= 2 && type.kind === 'string') return { example: cell.code[0], openValues: cell.code.map((c) => c.trim()) };
  const literal = cell.code.length === 1 ? cell.code[0].trim() : text;
  if ((type.kind === 'integer' || type.kind === 'number') && /^-?\d+(\.\d+)?$/.test(literal)) return { example: Number(literal) };
  if (type.kind === 'boolean' && /^(true|false)$/i.test(literal)) return { example: literal.toLowerCase() === 'true' };
  return { example: literal };
}

/**
 * A name written as one code span (`` `__proto__` ``, or a star then a slash) is the JSON key exactly as the
 * vendor sends it: no emphasis marker or `└` prefix is stripped from it.
 */
function verbatimName(cell: Cell | undefined, depth: number): string | undefined {
  if (!cell || cell.code.length !== 1) return undefined;
  const code = cell.code[0].trim();
  const rest = cell.text.replace(/`/g, '').trim();
  // an empty code span leaves an empty name either way: the row is reported as nameless
  return (depth ? rest.replace(/^[\s└├│─-]*/, '') : rest) === code ? code : undefined;
}

/** Rows of a parameter table as fields; dotted names (`Error.Code`) become nested objects. */
export interface TableReading {
  /** Type of every row of a table without a type column (URL query parameters). */
  untypedAs?: TypeRef;
  /** Names are taken as written: a dot is part of a name (query parameters), never nesting. */
  flatNames?: boolean;
}

export function fieldsFromTable(table: TableBlock, ctx: TableContext, reading: TableReading = {}): Field[] {
  const { untypedAs } = reading;
  const columns = columnsOf(table);
  // -1 for a column the table does not have: no row has a cell there
  const at = (cells: Cell[], role: ColumnRole): Cell | undefined => cells[columns.get(role) ?? -1];
  const flat: Array<{ field: Field; depth: number }> = [];
  const seen = new Map<string, number>();
  const indents = indentDepths(table.rows.map((row) => at(row.cells, 'name')));
  for (const [rowIndex, row] of table.rows.entries()) {
    const nameCell = at(row.cells, 'name');
    // `└UserId` rows belong to the row above (seen in MDX pages): one `└` per level; without
    // one, a name indented with `&emsp;` is nested as deep as its indentation
    const written = nameCell?.text.replace(/[`*]/g, '').trim() ?? '';
    // `- name`, `-- id` (a list's bullets kept in the cell): one level per dash
    const dashes = /^(-+)\s*(?=[A-Za-z_$])/.exec(written)?.[1].length ?? 0;
    const depth = (/^[\s└├│─-]*/.exec(written)![0].match(/[└├]/g) ?? []).length || dashes || indents[rowIndex];
    const name = verbatimName(nameCell, depth) ?? (depth ? written.replace(/^[\s└├│─-]+/, '') : written);
    const where = { file: ctx.file, line: row.line, product: ctx.product, lang: ctx.lang, event: ctx.event, api: ctx.api, version: ctx.version };
    if (name === '') {
      if (row.cells.some((c) => c.text !== '')) {
        ctx.diagnostics.push(stageDiagnostic({ ...clean(where), code: 'table-row-missing-name', message: 'A parameter row has no name; it was skipped.' }));
      }
      continue;
    }
    const seenKey = `${depth}:${name}`;
    if (seen.has(seenKey) && depth === 0) {
      // a row repeated by the page (copy-paste, a scraped duplicate): the first one stands
      ctx.diagnostics.push(stageDiagnostic({ ...clean(where), field: name, code: 'duplicate-field', message: `${name} is listed again (first at line ${seen.get(seenKey)}); the first row is used.` }));
      continue;
    }
    seen.set(seenKey, row.line);
    const typeCell = at(row.cells, 'type');
    const descriptionCell = at(row.cells, 'description');
    let description = descriptionCell?.text ?? '';
    let descriptionRaw = descriptionCell?.raw ?? '';
    // a table with no type column at all (URL query parameters) types every row alike
    let spelled = !typeCell && untypedAs ? ({ ok: true, type: structuredClone(untypedAs) } as const) : parseTypeSpelling(typeCell ?? { text: '', links: [] });
    // `String: The channel name.` or `Number，用户 ID` with the description cell empty: the cell holds both
    const opening = description === '' && typeCell && ((!spelled.ok && spelled.reason === 'looks-like-description') || (spelled.ok && !descriptionCell?.raw.trim())) ? typeThenDescription(typeCell) : undefined;
    if (opening) {
      spelled = opening.spelled;
      description = opening.description.text;
      descriptionRaw = opening.description.raw;
    }
    let type: TypeRef = { kind: 'unknown' };
    let infer = false;
    if (spelled.ok) type = spelled.type;
    else {
      infer = true;
      const fieldWhere = { ...clean(where), field: name };
      if (spelled.reason === 'looks-like-description' && description === '') {
        description = typeCell!.text;
        descriptionRaw = typeCell!.raw;
        ctx.diagnostics.push(stageDiagnostic({ ...fieldWhere, code: 'type-cell-holds-description', message: `The type cell of ${name} holds a description ("${short(spelled.spelling)}"); it was read as the description and the type is taken from the example, or unknown.` }));
      } else if (spelled.reason === 'empty') {
        ctx.diagnostics.push(stageDiagnostic({ ...fieldWhere, code: 'missing-type', message: `${name} has no type; it is taken from the example, or unknown.` }));
      } else {
        ctx.diagnostics.push(stageDiagnostic({ ...fieldWhere, code: 'unknown-type-spelling', message: `Type "${short(spelled.spelling)}" of ${name} is not a known spelling; it is typed from the example, or unknown.` }));
      }
    }
    const req = requiredness(at(row.cells, 'required')?.text, description);
    const unread = requiredCellNotUnderstood(req, at(row.cells, 'required')?.text);
    if (unread !== undefined) ctx.diagnostics.push(stageDiagnostic({ ...clean(where), field: name, code: 'required-cell-unknown', message: `The required cell of ${name} says "${short(unread)}", which is no known word for required or optional; ${req.required ? 'it is required by default' : 'its description makes it optional'}.` }));
    const { example, openValues } = exampleCell(at(row.cells, 'example'), type);
    let enumSpec: EnumSpec | undefined = enumFromDescription(description, descriptionRaw, type, ctx.lang, row.line);
    // open values come only from two code spans or more
    if (!enumSpec && openValues) {
      enumSpec = { values: [...new Set(openValues)].map((value) => ({ value })), closed: false, source: 'example-column', line: row.line };
    }
    const field: Field = {
      name,
      type,
      typeSpelling: typeCell?.raw || undefined,
      typeSource: 'documented',
      required: req.required,
      requiredReason: req.requiredReason,
      nullable: req.nullable,
      description: description ? { [ctx.lang]: description } : {},
      ...(enumSpec ? { enum: enumSpec } : {}),
      ...(example !== undefined ? { example } : {}),
      sources: [{ file: ctx.file, line: row.line, lang: ctx.lang }],
    };
    if (infer) ctx.notes.untyped.add(field);
    // only a container's items are its fields; a string's items are its values
    const container = type.kind === 'object' || type.kind === 'array' || type.kind === 'unknown';
    const children = container ? fieldsFromItems(descriptionCell?.items ?? [], ctx, row.line) : [];
    if (children.length) {
      objectFieldsOf(field).push(...children);
      // the items were fields, not values
      delete field.enum;
    }
    const links = [...(descriptionCell?.links ?? []), ...(infer ? typeCell?.links ?? [] : [])].filter((l) => l.href.startsWith('#'));
    if (links.length) ctx.notes.links.set(field, links.map((l) => l.href.slice(1)));
    flat.push({ field, depth });
  }
  return reading.flatNames ? flat.map((r) => r.field) : nestDotted(nestPrefixed(flat), ctx.notes);
}

/** `` `userUuid`: String. The user ID. `` (zh: `String 型，用户 uuid。`) — an item that documents a field: its name, type and text. */
const ITEM_FIELD = /^\s*`?([A-Za-z_][\w]*)`?\s*[:：]\s*([A-Za-z][A-Za-z ]*?|[\u3400-\u9fff]{1,4})\s*(?:型\s*)?(?:[.,，。;；]|$)\s*([\s\S]*)$/;

/**
 * Fields written as list items in a description cell (`Object` rows whose cell says "contains
 * the following fields: <ul><li>`userUuid`: String. …</li>…</ul>"): each item a field, its
 * own nested list its fields (an object) or its values (`1`: Teacher).
 */
export function fieldsFromItems(items: CellItem[], ctx: TableContext, line: number): Field[] {
  const out: Field[] = [];
  for (const item of items) {
    const m = ITEM_FIELD.exec(item.text);
    if (!m) continue;
    const [, name, spelling, rest] = m;
    const spelled = parseTypeSpelling({ text: spelling, links: [] });
    if (!spelled.ok) continue;
    const description = rest.trim();
    const req = requiredness(undefined, description);
    const field: Field = {
      name,
      type: spelled.type,
      typeSpelling: spelling,
      typeSource: 'documented',
      required: req.required,
      requiredReason: req.requiredReason,
      nullable: req.nullable,
      description: description ? { [ctx.lang]: description } : {},
      sources: [{ file: ctx.file, line, lang: ctx.lang }],
    };
    const nested = fieldsFromItems(item.items, ctx, line);
    if (nested.length) objectFieldsOf(field).push(...nested);
    else {
      const values = item.items.map((v) => /^\s*`?(-?\d+|[A-Za-z_][\w]*)`?\s*[:：]\s*(.*)$/.exec(v.text)).filter((v): v is RegExpExecArray => v !== null);
      const spec = values.length >= 2 ? enumFromDescription(values.map((v) => `${v[1]}：${v[2]}`).join('\n'), values.map((v) => `<li>\`${v[1]}\`：${v[2]}</li>`).join(''), field.type, ctx.lang, line) : undefined;
      if (spec) field.enum = spec;
    }
    out.push(field);
  }
  return out;
}

/**
 * Rows marked `└` are fields of the nearest row above them one level up: an object row gets
 * them as its fields, an array row as the fields of its items.
 */
export function nestPrefixed(rows: Array<{ field: Field; depth: number }>): Field[] {
  const out: Field[] = [];
  const stack: Field[] = [];
  for (const { field, depth } of rows) {
    stack.length = Math.min(stack.length, depth);
    const parent = stack[depth - 1];
    if (!parent) out.push(field);
    else objectFieldsOf(parent).push(field);
    stack[depth] = field;
  }
  return out;
}

function objectFieldsOf(parent: Field): Field[] {
  const t = parent.type;
  if (t.kind === 'array') {
    if (t.items.kind !== 'object') t.items = { kind: 'object', fields: [] };
    return (t.items).fields;
  }
  if (t.kind !== 'object') parent.type = { kind: 'object', fields: [] };
  return (parent.type as { kind: 'object'; fields: Field[] }).fields;
}

type ObjectType = Extract<TypeRef, { kind: 'object' }>;

/** `Error.Code`, `Error.Message` → `Error: { Code, Message }`; a conditional child makes the parent optional. */
export function nestDotted(fields: Field[], notes: FieldNotes): Field[] {
  const out: Field[] = [];
  // only object rows (and the parents made up here) take dotted children
  const parents = new Map<string, Field & { type: ObjectType }>();
  // an array row takes them too, for its items: `Tag.N.Key`, `Tag.0.Key`, `Tag[].Key` under `Tag | Array of Tag`
  const arrays = new Map<string, Field & { type: Extract<TypeRef, { kind: 'array' }> }>();
  for (const original of fields) {
    // `InstanceIds.N | String` alone: the items of the array InstanceIds
    const listed = ITEM_ROW.exec(original.name);
    if (listed && !arrays.has(listed[1]) && !parents.has(listed[1]) && !fields.some((f) => f.name === listed[1])) {
      // `Filters.N | Array of Filter` (API 3.0's query-string index) already says the array
      const list = { ...original, name: listed[1], type: original.type.kind === 'array' ? original.type : { kind: 'array' as const, items: original.type } };
      if (notes.untyped.has(original)) notes.untyped.add(list);
      arrays.set(list.name, list);
      out.push(list);
      continue;
    }
    const again = listed ? arrays.get(listed[1]) : undefined;
    if (again) {
      // `Tags | Array` then `Tags.N | String`: the second row types the items
      if (again.type.items.kind === 'unknown') again.type = { kind: 'array', items: original.type };
      continue;
    }
    const item = ITEM_CHILD.exec(original.name);
    // `Tag.N.Key` with no `Tag` row: the index alone says Tag is an array of objects
    if (item && INDEXED.test(original.name) && !arrays.has(item[1]) && !parents.has(item[1]) && !fields.some((f) => f.name === item[1])) {
      const list: Field & { type: Extract<TypeRef, { kind: 'array' }> } = {
        name: item[1],
        type: { kind: 'array', items: { kind: 'object', fields: [] } },
        typeSource: 'documented',
        required: false,
        requiredReason: 'array of the indexed rows; optional unless one of its item rows is required',
        nullable: false,
        description: {},
        sources: [original.sources[0]],
      };
      arrays.set(list.name, list);
      out.push(list);
    }
    const holder = item ? arrays.get(item[1]) : undefined;
    if (item && holder) {
      if (holder.type.items.kind !== 'object') holder.type = { kind: 'array', items: { kind: 'object', fields: [] } };
      const child = { ...original, name: item[2] };
      (holder.type.items as ObjectType).fields.push(child);
      if (child.required && holder.requiredReason.startsWith('array of the indexed rows')) {
        holder.required = true;
        holder.requiredReason = `array of the indexed rows; required because ${original.name} is`;
      }
      if (notes.untyped.has(original)) notes.untyped.add(child);
      continue;
    }
    const field = original;
    if (field.type.kind === 'array' && !field.name.includes('.')) arrays.set(field.name, field as Field & { type: Extract<TypeRef, { kind: 'array' }> });
    const dot = field.name.indexOf('.');
    if (dot <= 0 || dot === field.name.length - 1) {
      const existing = parents.get(field.name);
      if (existing) Object.assign(existing, { ...field, type: existing.type });
      else {
        out.push(field);
        if (field.type.kind === 'object') parents.set(field.name, field as Field & { type: ObjectType });
      }
      continue;
    }
    const parentName = field.name.slice(0, dot);
    let parent = parents.get(parentName);
    if (!parent) {
      parent = {
        name: parentName,
        type: { kind: 'object', fields: [] },
        typeSource: 'documented',
        required: true,
        requiredReason: 'parent of dotted fields; required because every child is',
        nullable: false,
        description: {},
        sources: [field.sources[0]],
      };
      parents.set(parentName, parent);
      out.push(parent);
    }
    const child = { ...field, name: field.name.slice(dot + 1) };
    parent.type.fields.push(child);
    if (notes.untyped.has(field)) notes.untyped.add(child);
    if (!child.required && parent.required && parent.requiredReason.startsWith('parent of dotted')) {
      parent.required = false;
      parent.requiredReason = `parent of dotted fields; optional because ${field.name} is conditional (${child.requiredReason})`;
    }
  }
  for (const parent of parents.values()) parent.type.fields = nestDotted(parent.type.fields, notes);
  for (const list of arrays.values()) if (list.type.items.kind === 'object') list.type.items.fields = nestDotted(list.type.items.fields, notes);
  return out;
}

/** `Tag.N.Key`, `Tag.0.Key`, `Tag[].Key`, `Tag.Key`: the parent and the item's field. */
const ITEM_CHILD = /^([^.[\]]+)(?:\.(?:N|n|\d+)|\[\d*\]|\[N\])?\.(.+)$/;
/** `Tag.N.Key`, `Tag.1.Key`, `Tag[].Key`: an item's field with its index written. */
const INDEXED = /^[^.[\]]+(?:\.(?:N|n|\d+)|\[\d*\]|\[N\])\./;
/** `InstanceIds.N`, `InstanceIds.1`, `InstanceIds[]`: a row for the items of the array. */
const ITEM_ROW = /^([^.[\]]+)(?:\.(?:N|n|\d+)|\[\d*\]|\[N\])$/;

function clean<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const REQUIREDNESS_WORD = /^(?:optional|required|mandatory|必选|可选|必填|选填|非必填|是|否)[.。]?$/i;
const TYPE_THEN_TEXT = new RegExp(String.raw`^\s*(${TYPE})\s*[:：.,，。;；]\s*(\S[\s\S]*)$`, 'i');

/**
 * `String: The channel name.` in the type cell, the description cell empty (a row written as
 * `name | type: text`, seen under rowspan-nested HTML rows): the type, then the description.
 */
function typeThenDescription(cell: Cell): { spelled: SpelledType; description: { text: string; raw: string } } | undefined {
  const m = TYPE_THEN_TEXT.exec(cell.text);
  if (!m) return undefined;
  const spelled = parseTypeSpelling({ text: m[1], links: cell.links });
  // `String, optional` says whether, not what: left to the type spelling
  if (!spelled.ok || REQUIREDNESS_WORD.test(m[2].trim())) return undefined;
  const raw = TYPE_THEN_TEXT.exec(cell.raw)?.[2] ?? m[2];
  return { spelled, description: { text: m[2].trim(), raw } };
}
