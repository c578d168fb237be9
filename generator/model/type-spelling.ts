import type { Cell } from '../parse/types.js';
import type { IntegerFormat, TypeRef } from './types.js';

/**
 * A type as the docs spell it. References are left pending (`anchor:` or `name:`) and
 * resolved by the document builder, which knows which section the reference sits in.
 */
export type SpelledType =
  | { ok: true; type: TypeRef }
  | { ok: false; reason: 'empty' | 'unknown' | 'looks-like-description'; spelling: string };

export const pendingAnchor = (id: string): TypeRef => ({ kind: 'ref', struct: `anchor:${id}` });
export const pendingName = (name: string): TypeRef => ({ kind: 'ref', struct: `name:${name}` });

const integer = (format?: IntegerFormat): TypeRef => (format ? { kind: 'integer', format } : { kind: 'integer' });

/** Primitive spellings seen in both languages, lower-cased. */
const primitives: Record<string, TypeRef> = {
  string: { kind: 'string' },
  str: { kind: 'string' },
  text: { kind: 'string' },
  字符串: { kind: 'string' },
  timestamp: { kind: 'string' },
  'timestamp iso8601': { kind: 'string' },
  date: { kind: 'string' },
  datetime: { kind: 'string' },
  int: integer(),
  integer: integer(),
  整数: integer(),
  整型: integer(),
  int32: integer('int32'),
  int64: integer('int64'),
  long: integer('int64'),
  uint32: integer('uint32'),
  uint: integer('uint32'),
  uint64: integer('uint64'),
  float: { kind: 'number', format: 'float' },
  double: { kind: 'number', format: 'double' },
  number: { kind: 'number' },
  decimal: { kind: 'number' },
  浮点数: { kind: 'number' },
  bool: { kind: 'boolean' },
  boolean: { kind: 'boolean' },
  布尔: { kind: 'boolean' },
  布尔值: { kind: 'boolean' },
  object: { kind: 'object', fields: [] },
  json: { kind: 'object', fields: [] },
  'json object': { kind: 'object', fields: [] },
  jsonobject: { kind: 'object', fields: [] },
  'json对象': { kind: 'object', fields: [] },
  dict: { kind: 'object', fields: [] },
  array: { kind: 'array', items: { kind: 'unknown' } },
  list: { kind: 'array', items: { kind: 'unknown' } },
  数组: { kind: 'array', items: { kind: 'unknown' } },
  'object array': { kind: 'array', items: { kind: 'object', fields: [] } },
  'json array': { kind: 'array', items: { kind: 'unknown' } },
  'string array': { kind: 'array', items: { kind: 'string' } },
  'integer array': { kind: 'array', items: { kind: 'integer' } },
  'int array': { kind: 'array', items: { kind: 'integer' } },
  map: { kind: 'object', fields: [] },
  // a query-string list (`InstanceId.N | RepeatList`): its items are typed by the rows or examples
  repeatlist: { kind: 'array', items: { kind: 'unknown' } },
  对象: { kind: 'object', fields: [] },
  // sized and unsigned integers of other vendors' tables (the range of a small one is not enforced)
  int8: integer(),
  int16: integer(),
  short: integer(),
  byte: integer(),
  uint8: integer('uint32'),
  uint16: integer('uint32'),
  'unsigned int': integer('uint32'),
  'unsigned long': integer('uint64'),
  bigint: integer('int64'),
  长整型: integer('int64'),
  长整数: integer('int64'),
  float32: { kind: 'number', format: 'float' },
  float64: { kind: 'number', format: 'double' },
  char: { kind: 'string' },
  // a string that holds JSON is a string on the wire
  'json string': { kind: 'string' },
  jsonstring: { kind: 'string' },
  'json字符串': { kind: 'string' },
  'json 字符串': { kind: 'string' },
  'json 对象': { kind: 'object', fields: [] },
};

/** A type spelled with a word for "enum", "type" or "object" around it: the group is the type. */
const WORD_AROUND: RegExp[] = [
  /^(.+?)\s*(?:枚举|枚举值|\(\s*enum\s*\)|（\s*枚举\s*）|\s+enum)$/i,
  /^enum\s*[<(]\s*(.+?)\s*[>)]$/i,
  /^([A-Za-z][A-Za-z0-9]*|[\u3400-\u9fff]{1,3})\s*(?:型|类型)$/,
  /^([A-Z][A-Za-z0-9]*)\s+(?:objects?|structs?|structures?|对象|结构体?)$/,
];

export function parseTypeSpelling(cell: Pick<Cell, 'text' | 'links'>): SpelledType {
  const spelling = cell.text.replace(/[*`]/g, '').replace(/\s+/g, ' ').trim();
  if (spelling === '' || spelling === '/' || spelling === '-') return { ok: false, reason: 'empty', spelling };
  const anchorLink = cell.links.find((l) => l.href.startsWith('#'));
  return parseSpelling(spelling, anchorLink ? { label: anchorLink.label.replace(/[*`]/g, '').trim(), id: anchorLink.href.slice(1) } : undefined);
}

function parseSpelling(spelling: string, link: { label: string; id: string } | undefined): SpelledType {
  // `string，json对象字符串`: a type, then its explanation after a comma — the type word decides
  const explained = /^([A-Za-z][A-Za-z0-9 ]*?)\s*[,，(（]/.exec(spelling);
  if (explained && primitives[explained[1].toLowerCase()]) return parseSpelling(explained[1], link);
  // `String/Number`, `String | Integer`, `int或string`: a union of spelled types
  const parts = spelling.split(/\s*(?:\/|\||或|\bor\b)\s*/i).filter(Boolean);
  if (parts.length >= 2 && parts.every((p) => primitives[p.toLowerCase()])) {
    const types = parts.map((p) => structuredClone(primitives[p.toLowerCase()]));
    const distinct = types.filter((t, i) => types.findIndex((u) => JSON.stringify(u) === JSON.stringify(t)) === i);
    return { ok: true, type: distinct.length === 1 ? distinct[0] : { kind: 'union', types: distinct } };
  }
  // `Map<String,String>`, `String to double map`: keys the docs do not list, so an open object
  if (/^map\s*<[^<>]+>$/i.test(spelling) || /^[A-Za-z]+ to [A-Za-z]+ map$/i.test(spelling)) return { ok: true, type: { kind: 'object', fields: [] } };
  // `Integer 枚举`, `Enum<String>`, `Integer (enum)`, `整数型`, `String类型`, `RecordFile object`: the type with a word about it
  const inner = WORD_AROUND.map((re) => re.exec(spelling)?.[1]?.trim()).find((t) => t !== undefined && t !== '');
  if (inner !== undefined) {
    const read = parseSpelling(inner, link);
    if (read.ok) return read;
  }
  const primitive = primitives[spelling.toLowerCase()];
  // a spelling of the vocabulary as a whole (`JSON Array`) before reading it as element + array
  if (primitive && !link) return { ok: true, type: structuredClone(primitive) };
  // the spelling's spaces are single (see parseTypeSpelling), and a lazy group from the start or a greedy one
  // to the end needs no anchor on that side
  const array =
    // `List<String>`, `Array<Object>`, `Set<Long>`: a collection written as a generic (Java, TypeScript)
    /^(?:array|list|set|collection|jsonarray|json array)\s*<\s*(.+?)\s*>$/i.exec(spelling) ??
    /^(?:array of|list of|数组\s*[<(（]?)\s*(.+?)[>)）]?$/i.exec(spelling) ??
    // `Array<String>`, `List<Integer>`, `Set<String>`, `Array[String]`
    /^(?:array|list|set|vector|collection)\s*(?:<\s*(.+?)\s*>|\[\s*(.+?)\s*\])$/i.exec(spelling)?.filter((g) => g !== undefined) ??
    /(.+?)\s*\[\]$/.exec(spelling) ??
    /^\[\]\s*(.+)/.exec(spelling) ??
    // `Object 数组`, `String Array`, `Integer列表`: the element type first
    /^([A-Za-z][A-Za-z0-9]*)\s*(?:数组|列表|array|list)$/i.exec(spelling) ??
    // `字符串数组`, `对象数组`: a Chinese element type
    /^([\u3400-\u9fff]{1,4})(?:数组|列表)$/.exec(spelling);
  if (array) {
    const inner = parseSpelling(elementSpelling(array[1].trim()), link);
    return inner.ok ? { ok: true, type: { kind: 'array', items: inner.type } } : { ...inner, spelling };
  }
  if (link && (spelling === link.label || link.label === '')) return { ok: true, type: pendingAnchor(link.id) };
  if (primitive) return { ok: true, type: structuredClone(primitive) };
  if (link) return { ok: true, type: pendingAnchor(link.id) };
  // a PascalCase word that is no primitive names a struct (API pages link them by name), also as `VolumeDetail object`
  const named = /^([A-Z][A-Za-z0-9]*)(?: object)?$/.exec(spelling);
  if (named && /[a-z]/.test(named[1])) return { ok: true, type: pendingName(named[1]) };
  const words = spelling.split(' ').length;
  if (words >= 3 || /[\u3400-\u9fff]/.test(spelling) || /[.。,，]$/.test(spelling)) {
    return { ok: false, reason: 'looks-like-description', spelling };
  }
  return { ok: false, reason: 'unknown', spelling };
}

/** The element of `Array of strings` / `Array of Volume objects`: the singular word, without `objects`. */
function elementSpelling(text: string): string {
  const word = text.replace(/ objects$/i, '');
  const singular = /^([A-Za-z]+)s$/i.exec(word)?.[1];
  return singular && primitives[singular.toLowerCase()] ? singular : word;
}
