import { describe, expect, it } from 'vitest';
import { parseTypeSpelling } from '../../generator/model/type-spelling.js';
import type { TypeRef } from '../../generator/model/types.js';

// The whole vocabulary of type spellings and each rule of reading them, one case per rule.
const spell = (text: string, links: Array<{ label: string; href: string }> = []) => parseTypeSpelling({ text, links });
const S: TypeRef = { kind: 'string' };
const I: TypeRef = { kind: 'integer' };
const N: TypeRef = { kind: 'number' };
const B: TypeRef = { kind: 'boolean' };
const O: TypeRef = { kind: 'object', fields: [] };
const A = (items: TypeRef): TypeRef => ({ kind: 'array', items });
const U: TypeRef = { kind: 'unknown' };

describe('primitive spellings', () => {
  it.each([
    ['string', S], ['str', S], ['text', S], ['字符串', S], ['timestamp', S], ['timestamp iso8601', S], ['Timestamp ISO8601', S], ['date', S], ['datetime', S],
    ['int', I], ['integer', I], ['整数', I], ['整型', I],
    ['int32', { kind: 'integer', format: 'int32' }], ['int64', { kind: 'integer', format: 'int64' }], ['long', { kind: 'integer', format: 'int64' }],
    ['uint32', { kind: 'integer', format: 'uint32' }], ['uint', { kind: 'integer', format: 'uint32' }], ['uint64', { kind: 'integer', format: 'uint64' }],
    ['float', { kind: 'number', format: 'float' }], ['double', { kind: 'number', format: 'double' }], ['number', N], ['decimal', N], ['浮点数', N],
    ['bool', B], ['boolean', B], ['布尔', B], ['布尔值', B],
    ['object', O], ['json', O], ['json object', O], ['JSON Object', O], ['jsonobject', O], ['json对象', O], ['dict', O], ['map', O], ['对象', O],
    ['array', A(U)], ['list', A(U)], ['数组', A(U)], ['object array', A(O)], ['json array', A(U)], ['string array', A(S)], ['integer array', A(I)], ['int array', A(I)],
  ] as Array<[string, TypeRef]>)('%s', (text, type) => {
    expect(spell(text)).toEqual({ ok: true, type });
  });

  it('reads a spelling without emphasis and with its spaces collapsed', () => {
    expect(spell('`Int64`')).toEqual({ ok: true, type: { kind: 'integer', format: 'int64' } });
    expect(spell('  JSON \n  Object ')).toEqual({ ok: true, type: O });
    expect(spell('**String** ')).toEqual({ ok: true, type: S });
  });

  it('hands out a new object each time, so a caller that edits it leaves the vocabulary alone', () => {
    const first = spell('object');
    if (first.ok && first.type.kind === 'object') first.type.fields.push({} as never);
    expect(spell('object')).toEqual({ ok: true, type: O });
    const union = spell('int/object');
    if (union.ok && union.type.kind === 'union') union.type.types.push(S);
    expect(spell('object')).toEqual({ ok: true, type: O });
  });
});

describe('empty cells', () => {
  it.each(['', ' ', '/', '-', '**', '``'])('%j', (text) => {
    expect(spell(text)).toEqual({ ok: false, reason: 'empty', spelling: text.replace(/[*`]/g, '').trim() });
  });
});

describe('a type then its explanation', () => {
  it.each([
    ['string，json对象字符串', S],
    ['String, a JSON string', S],
    ['Integer (seconds)', I],
    ['int64（毫秒）', { kind: 'integer', format: 'int64' }],
    ['json object, see below', O],
  ] as Array<[string, TypeRef]>)('%s', (text, type) => {
    expect(spell(text)).toEqual({ ok: true, type });
  });

  it('an explanation after a word that is no type is no type', () => {
    expect(spell('Foo, bar')).toEqual({ ok: false, reason: 'unknown', spelling: 'Foo, bar' });
  });
});

describe('unions', () => {
  it.each([
    ['String/Number', [S, N]],
    ['String | Integer', [S, I]],
    ['int或string', [I, S]],
    ['Integer or String', [I, S]],
    ['integer OR boolean', [I, B]],
    ['int/string/bool', [I, S, B]],
  ] as Array<[string, TypeRef[]]>)('%s', (text, types) => {
    expect(spell(text)).toEqual({ ok: true, type: { kind: 'union', types } });
  });

  it('spellings of one type are that type', () => {
    expect(spell('int/integer')).toEqual({ ok: true, type: I });
    expect(spell('String/str/text')).toEqual({ ok: true, type: S });
    expect(spell('int/integer/String')).toEqual({ ok: true, type: { kind: 'union', types: [I, S] } });
  });

  it('a part that is no type makes no union', () => {
    expect(spell('String/Foo')).toEqual({ ok: false, reason: 'unknown', spelling: 'String/Foo' });
    expect(spell('Color')).toEqual({ ok: true, type: { kind: 'ref', struct: 'name:Color' } });
  });
});

describe('arrays', () => {
  it.each([
    ['Array of String', A(S)],
    ['array  of int', A(I)],
    ['List of Integer', A(I)],
    ['list of boolean', A(B)],
    ['数组<String>', A(S)],
    ['数组(Object)', A(O)],
    ['数组（int）', A(I)],
    ['数组 string', A(S)],
    ['String[]', A(S)],
    ['int []', A(I)],
    ['[]String', A(S)],
    ['[] int', A(I)],
    ['Object 数组', A(O)],
    ['String Array', A(S)],
    ['Integer列表', A(I)],
    ['int list', A(I)],
    ['Array of Array of String', A(A(S))],
    ['Array of Foo', A({ kind: 'ref', struct: 'name:Foo' })],
  ] as Array<[string, TypeRef]>)('%s', (text, type) => {
    expect(spell(text)).toEqual({ ok: true, type });
  });

  it('an array of something unreadable says why, with the whole spelling', () => {
    expect(spell('Array of varchar')).toEqual({ ok: false, reason: 'unknown', spelling: 'Array of varchar' });
    expect(spell('varchar[]')).toEqual({ ok: false, reason: 'unknown', spelling: 'varchar[]' });
  });
});

describe('links and names', () => {
  it('an anchor link whose label is the spelling is a reference to that anchor', () => {
    expect(spell('Stream', [{ label: 'Stream', href: '#stream5' }])).toEqual({ ok: true, type: { kind: 'ref', struct: 'anchor:stream5' } });
    expect(spell('Array of Image', [{ label: '**`Image`**', href: '#image' }])).toEqual({ ok: true, type: A({ kind: 'ref', struct: 'anchor:image' }) });
    // a link labelled `String` is the linked struct, not the primitive
    expect(spell('String', [{ label: 'String', href: '#s' }])).toEqual({ ok: true, type: { kind: 'ref', struct: 'anchor:s' } });
    expect(spell('String', [{ label: '', href: '#s' }])).toEqual({ ok: true, type: { kind: 'ref', struct: 'anchor:s' } });
  });

  it('a primitive spelling wins over a link labelled otherwise; any other spelling takes the link', () => {
    expect(spell('String', [{ label: 'see below', href: '#s' }])).toEqual({ ok: true, type: S });
    expect(spell('the stream info', [{ label: 'info', href: '#info' }])).toEqual({ ok: true, type: { kind: 'ref', struct: 'anchor:info' } });
  });

  it('only anchor links count: a link to another page is no reference', () => {
    expect(spell('Stream', [{ label: 'Stream', href: 'https://example.com/#stream' }])).toEqual({ ok: true, type: { kind: 'ref', struct: 'name:Stream' } });
    expect(spell('the stream info', [{ label: 'info', href: 'other.md#info' }])).toEqual({ ok: false, reason: 'looks-like-description', spelling: 'the stream info' });
    expect(spell('Stream', [{ label: 'x', href: 'a.md' }, { label: 'Stream', href: '#st' }])).toEqual({ ok: true, type: { kind: 'ref', struct: 'anchor:st' } });
  });

  it('a PascalCase word that is no primitive names a struct; an all-capitals word does not', () => {
    expect(spell('BackupInfo')).toEqual({ ok: true, type: { kind: 'ref', struct: 'name:BackupInfo' } });
    expect(spell('Info2')).toEqual({ ok: true, type: { kind: 'ref', struct: 'name:Info2' } });
    expect(spell('URL')).toEqual({ ok: false, reason: 'unknown', spelling: 'URL' });
    expect(spell('backupInfo')).toEqual({ ok: false, reason: 'unknown', spelling: 'backupInfo' });
    expect(spell('Backup-Info')).toEqual({ ok: false, reason: 'unknown', spelling: 'Backup-Info' });
    expect(spell('XBackup Info')).toEqual({ ok: false, reason: 'unknown', spelling: 'XBackup Info' });
  });
});

describe('unknown spellings and descriptions', () => {
  it.each([
    ['varchar2', 'unknown'],
    ['two words', 'unknown'],
    ['Video recording list', 'looks-like-description'],
    ['视频列表', 'looks-like-description'],
    ['abc.', 'looks-like-description'],
    ['abc。', 'looks-like-description'],
    ['abc,', 'looks-like-description'],
    ['abc，', 'looks-like-description'],
    ['a.b', 'unknown'],
  ])('%s: %s', (text, reason) => {
    expect(spell(text)).toEqual({ ok: false, reason, spelling: text });
  });
});

describe('edges of each rule', () => {
  it('compares a link label without emphasis or spaces around it', () => {
    expect(spell('`Object` ', [{ label: '`Object` ', href: '#o' }])).toEqual({ ok: true, type: { kind: 'ref', struct: 'anchor:o' } });
  });

  it('reads a type before its explanation only at the start', () => {
    expect(spell('1 string, the id')).toEqual({ ok: false, reason: 'looks-like-description', spelling: '1 string, the id' });
  });

  it('skips an empty part between two union separators', () => {
    expect(spell('String//Integer')).toEqual({ ok: true, type: { kind: 'union', types: [S, I] } });
  });

  it('reads array spellings only as the whole cell', () => {
    expect(spell('a list of int')).toEqual({ ok: false, reason: 'looks-like-description', spelling: 'a list of int' });
    expect(spell('int[] x')).toEqual({ ok: false, reason: 'unknown', spelling: 'int[] x' });
    expect(spell('x[]int')).toEqual({ ok: false, reason: 'unknown', spelling: 'x[]int' });
    expect(spell('String array description')).toEqual({ ok: false, reason: 'looks-like-description', spelling: 'String array description' });
  });

  it('drops the spaces around the element type of an array', () => {
    expect(spell('数组<int >')).toEqual({ ok: true, type: A(I) });
  });
});

describe('REST reference spellings (plural element words, `X object`, maps, repeat lists)', () => {
  it.each([
    ['Array of strings', A(S)],
    ['Array of integers', A(I)],
    ['Array of booleans', A(B)],
    ['Array of objects', A(O)],
    ['Array of Volume objects', A({ kind: 'ref', struct: 'name:Volume' })],
    ['VolumeDetail object', { kind: 'ref', struct: 'name:VolumeDetail' }],
    ['Map<String,String>', O],
    ['Map<String, Integer>', O],
    ['String to double map', O],
    ['String to string map', O],
    ['RepeatList', A(U)],
  ] as Array<[string, TypeRef]>)('%s', (text, type) => {
    expect(spell(text)).toEqual({ ok: true, type });
  });

  it('a linked struct written `[X](#x) object` is that struct; a plural word that is no type stays unknown', () => {
    expect(spell('VolumeDetail object', [{ label: 'VolumeDetail', href: '#vd' }])).toEqual({ ok: true, type: { kind: 'ref', struct: 'anchor:vd' } });
    expect(spell('Array of varchars')).toEqual({ ok: false, reason: 'unknown', spelling: 'Array of varchars' });
    expect(spell('objects')).toEqual({ ok: false, reason: 'unknown', spelling: 'objects' });
  });
});

// Spellings of other vendors' tables: generics, sized and unsigned integers, an element type
// with a word for "object", a type with a word for "enum" or "type" after it, Chinese compounds.
describe('spellings of other vendors', () => {
  const ref = (name: string): TypeRef => ({ kind: 'ref', struct: `name:${name}` });
  it.each([
    ['Array<String>', A(S)],
    ['List<Integer>', A(I)],
    ['Set<String>', A(S)],
    ['List<Object>', A(O)],
    ['Array[String]', A(S)],
    ['array[object]', A(O)],
    ['List<RecordFile>', A(ref('RecordFile'))],
    ['Map<String, String>', O],
    ['Map<String,Object>', O],
    ['int8', I], ['int16', I], ['short', I], ['byte', I],
    ['uint8', { kind: 'integer', format: 'uint32' }], ['uint16', { kind: 'integer', format: 'uint32' }], ['unsigned int', { kind: 'integer', format: 'uint32' }],
    ['unsigned long', { kind: 'integer', format: 'uint64' }], ['bigint', { kind: 'integer', format: 'int64' }], ['长整型', { kind: 'integer', format: 'int64' }],
    ['float32', { kind: 'number', format: 'float' }], ['float64', { kind: 'number', format: 'double' }],
    ['char', S], ['json string', S], ['JSON String', S], ['JSON字符串', S], ['JSON 对象', O], ['对象数组', A(O)], ['字符串数组', A(S)],
    ['Integer 枚举', I], ['String枚举', S], ['Enum<String>', S], ['enum(int)', I], ['Integer (enum)', I],
    ['整数型', I], ['int型', I], ['String类型', S], ['bool型', B],
    ['RecordFile object', ref('RecordFile')],
    ['Array of RecordFile objects', A(ref('RecordFile'))],
    ['RecordFile 对象', ref('RecordFile')],
  ] as Array<[string, TypeRef]>)('%s', (text, type) => {
    expect(spell(text)).toEqual({ ok: true, type });
  });

  it('keeps what is not a type unread', () => {
    expect(spell('Array<varchar>')).toEqual({ ok: false, reason: 'unknown', spelling: 'Array<varchar>' });
    expect(spell('varchar 枚举').ok).toBe(false);
    expect(spell('some object').ok).toBe(false);
    expect(spell('类型').ok).toBe(false);
  });
});
