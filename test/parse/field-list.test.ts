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
