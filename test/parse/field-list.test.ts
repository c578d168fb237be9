import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../generator/parse/types.js';
import { parseSnippet } from '../helpers/snippet.js';

const blocks = (text: string) => parseSnippet(text, { lang: 'en' }).blocks;
const tables = (text: string): TableBlock[] => blocks(text).filter((b): b is TableBlock => b.kind === 'table');
const rows = (t: TableBlock): string[][] => t.rows.map((r) => r.cells.map((c) => c.text));

// Fields documented as a bulleted list instead of a table: read as the table they stand for.
describe('field lists', () => {
  it('reads `name`: Type. text items as a Field | Type | Description table, one row per item, with lines', () => {
    const [t] = tables('The payload:\n\n- `channelName`: String. The name of the channel.\n- `ts`: Number. The Unix timestamp (s).\n');
    expect(t.dialect).toBe('field-list');
    expect(t.header.map((c) => c.text)).toEqual(['Field', 'Type', 'Description']);
    expect(rows(t)).toEqual([
      ['channelName', 'String', 'The name of the channel.'],
      ['ts', 'Number', 'The Unix timestamp (s).'],
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([3, 4]);
    expect(t.line).toBe(3);
  });

  it('reads the other spellings: type in parentheses, bold names, full-width colons, dashes, `type` words', () => {
    expect(rows(tables('- `uid` (Number): The user ID.\n- `sid` (String): The session.\n')[0])).toEqual([
      ['uid', 'Number', 'The user ID.'],
      ['sid', 'String', 'The session.'],
    ]);
    expect(rows(tables('- **ts**：Number，时间戳\n- **name**：String 类型，名称\n')[0])).toEqual([
      ['ts', 'Number', '时间戳'],
      ['name', 'String', '名称'],
    ]);
    expect(rows(tables('- `ids` - Array of String - The IDs.\n- `extra`: JSON Object. More.\n')[0])).toEqual([
      ['ids', 'Array of String', 'The IDs.'],
      ['extra', 'JSON Object', 'More.'],
    ]);
  });

  it('adds a Required column when an item says optional or required, in parentheses or after the type', () => {
    const [t] = tables('- `uid` (Number, required): The user ID.\n- `sid` (String, optional): The session.\n- `ts`: Number, 可选。时间\n- `n`: Number. Count.\n');
    expect(t.header.map((c) => c.text)).toEqual(['Field', 'Type', 'Required', 'Description']);
    expect(rows(t)).toEqual([
      ['uid', 'Number', 'required', 'The user ID.'],
      ['sid', 'String', 'optional', 'The session.'],
      ['ts', 'Number', '可选', '时间'],
      ['n', 'Number', '', 'Count.'],
    ]);
  });

  it('keeps a nested list of values in the description, one line per value, as cell items', () => {
    const [t] = tables('- `platform`: Number. The platform:\n  - 1: Android\n  - 2: iOS\n- `ts`: Number. Time.\n');
    const desc = t.rows[0].cells[2];
    expect(desc.text.split('\n')).toEqual(['The platform:', '1: Android', '2: iOS']);
    expect(desc.items?.map((i) => i.text)).toEqual(['1: Android', '2: iOS']);
  });

  it('gives a nested field list as dotted child rows', () => {
    const [t] = tables('- `user`: Object. The user.\n  - `id`: String. The ID.\n  - `age`: Integer. The age.\n- `ts`: Number. Time.\n');
    expect(rows(t).map((r) => r[0])).toEqual(['user', 'user.id', 'user.age', 'ts']);
  });

  it('leaves prose lists alone: a name not in code or bold, an item without a type, a single item', () => {
    for (const page of [
      '- channelName: String. The name.\n- ts: Number. Time.\n',
      '- `channelName`: String. The name.\n- `ts`: see the table above.\n',
      '- `channelName`: String. The name.\n',
      '- `Stringify` the body first.\n- `Number` the pages.\n',
    ]) {
      expect(tables(page)).toEqual([]);
      expect(blocks(page).some((b) => b.kind === 'paragraph' && b.list)).toBe(true);
    }
  });
});

describe('field-list cells', () => {
  it('keeps each cell as a table cell would: code spans, links, source text, no bold flag', () => {
    const page = '- `uid`: Number type. The user, see [Users](#users) and `UserInfo`.\n- `name` (String): The name.\n';
    const [t] = tables(page);
    expect(t.header.map((c) => ({ ...c }))).toEqual(['Field', 'Type', 'Description'].map((text) => ({ text, raw: text, links: [], code: [], strong: false })));
    const [name, type, desc] = t.rows[0].cells;
    expect(name).toEqual({ text: 'uid', raw: 'uid', links: [], code: ['uid'], strong: false });
    expect(type).toEqual({ text: 'Number', raw: 'Number type', links: [], code: [], strong: false });
    expect(desc).toEqual({
      text: 'The user, see Users and UserInfo.',
      raw: '- `uid`: Number type. The user, see [Users](#users) and `UserInfo`.',
      links: [{ label: 'Users', href: '#users' }],
      code: ['UserInfo'],
      strong: false,
    });
    expect(t.rows[1].cells[1]).toEqual({ text: 'String', raw: 'String', links: [], code: [], strong: false });
  });

  it('strips a trailing type word, not a type that ends in 型', () => {
    const [t] = tables('- `a`: String 类型，名称\n- `b`: 整型，数量\n- `c`: Boolean type. Flag.\n');
    expect(t.rows.map((r) => r.cells[1].text)).toEqual(['String', '整型', 'Boolean']);
  });

  it('reads a bold name written as code, and keeps paragraphs after the first in the description', () => {
    const [t] = tables('- **`uid`**: Number. The user.\n\n  More about it.\n\n- **name**: String. The name.\n');
    expect(rows(t)).toEqual([
      ['uid', 'Number', 'The user.\nMore about it.'],
      ['name', 'String', 'The name.'],
    ]);
    expect(t.rows[0].line).toBe(1);
    expect(t.rows[1].line).toBe(5);
  });

  it('keeps the nested values as items with their code spans and their own nested items', () => {
    const [t] = tables('- `mode`: Number. The mode:\n  - `0`: off\n    - `00`: hard off\n  - `1`: on\n- `ts`: Number. Time.\n');
    expect(t.rows[0].cells[2].items).toEqual([
      { text: '0: off', code: ['0'], items: [{ text: '00: hard off', code: ['00'], items: [] }] },
      { text: '1: on', code: ['1'], items: [] },
    ]);
    expect(t.rows[1].cells[2].items).toBeUndefined();
  });

  it('is no field list when an item opens with something other than a paragraph, or a bold run holds more than a name', () => {
    expect(tables('- ```\n  code\n  ```\n- `ts`: Number. Time.\n')).toEqual([]);
    expect(tables('- **uid and more**: Number. The user.\n- `ts`: Number. Time.\n')).toEqual([]);
    expect(tables('- **`uid`** *x*: Number. The user.\n- `ts`: Number. Time.\n')).toEqual([]);
  });
});
