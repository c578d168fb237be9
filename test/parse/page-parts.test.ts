import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../generator/parse/front-matter.js';
import { dropRepeatedHeaderRows } from '../../generator/parse/repeated-header.js';
import { emptyCell } from '../../generator/parse/row-width.js';
import { columnRole, isHeaderCell } from '../../generator/parse/table-vocabulary.js';
import type { Block, Cell, CodeBlock, TableBlock } from '../../generator/parse/types.js';
import { splitJsonValues } from '../../generator/parse/json-values.js';
import type { Diagnostic } from '../../generator/shared/diagnostic.js';

describe('splitFrontMatter', () => {
  it('reads key: value lines, without comments or surrounding spaces, and blanks the block keeping its lines', () => {
    const text = '---\ntitle:  Events  # the page title\nsort_key: 3\nbad line\n# only a comment\n---\nbody\n';
    expect(splitFrontMatter(text)).toEqual({ body: '\n\n\n\n\n\nbody\n', frontMatter: { title: 'Events', sort_key: '3' } });
  });

  it('accepts spaces after the markers, a hyphen in a key, and a block that ends the text', () => {
    expect(splitFrontMatter('--- \nmy-key:v\n---\t')).toEqual({ body: '\n\n', frontMatter: { 'my-key': 'v' } });
  });

  it('keeps an empty value', () => {
    expect(splitFrontMatter('---\nk:\n---\n').frontMatter).toEqual({ k: '' });
  });

  it('leaves a page without front matter at its top alone', () => {
    expect(splitFrontMatter('text\n---\nk: v\n---\n')).toEqual({ body: 'text\n---\nk: v\n---\n' });
    expect(splitFrontMatter('---\nk: v\n')).toEqual({ body: '---\nk: v\n' });
    expect(splitFrontMatter('----\nk: v\n---\n')).toEqual({ body: '----\nk: v\n---\n' });
    expect(splitFrontMatter('---\nk: v\n---x\n')).toEqual({ body: '---\nk: v\n---x\n' });
  });
});

describe('table vocabulary', () => {
  it('names the role of each header spelling, markup and spaces around ignored', () => {
    const roles = Object.fromEntries(
      ['参数名称', '公共参数', 'Callback Parameters', 'Parameter Name', ' **字段名** ', '`key`', '类型', 'Data Type', '是否必填', 'Required?', '示例值', 'Example Value', '说明', 'Remarks', '枚举值', 'Enum Value', '含义', 'EventType', 'event name', '回调事件', 'Category'].map((h) => [h, columnRole(h)]),
    );
    expect(roles).toEqual({
      参数名称: 'name',
      公共参数: 'name',
      'Callback Parameters': 'name',
      'Parameter Name': 'name',
      ' **字段名** ': 'name',
      '`key`': 'name',
      类型: 'type',
      'Data Type': 'type',
      是否必填: 'required',
      'Required?': 'required',
      示例值: 'example',
      'Example Value': 'example',
      说明: 'description',
      Remarks: 'description',
      枚举值: 'value',
      'Enum Value': 'value',
      含义: 'meaning',
      EventType: 'eventType',
      'event name': 'eventType',
      回调事件: 'eventType',
      Category: 'group',
    });
  });

  it('knows no role for other words, nor for a header word inside a longer title', () => {
    expect(columnRole('Status')).toBeUndefined();
    expect(columnRole('Type of field')).toBeUndefined();
    expect(columnRole('')).toBeUndefined();
    expect(isHeaderCell('Type')).toBe(true);
    expect(isHeaderCell('TaskId')).toBe(false);
  });
});

const cell = (text: string): Cell => ({ ...emptyCell(), text, raw: text });
const table = (header: string[], rows: string[][]): TableBlock => ({
  kind: 'table',
  dialect: 'gfm',
  line: 1,
  header: header.map(cell),
  rows: rows.map((r, i) => ({ cells: r.map(cell), line: 3 + i })),
});
const where = { file: 'docs-src/p/en/x.md', product: 'p', lang: 'en' as const, format: 'markdown' as const, hash: 'h', detected: { lang: false, format: false, product: false } };

describe('dropRepeatedHeaderRows', () => {
  it('drops each body row that repeats the header (markup, case and spaces aside), with a finding at its line', () => {
    const diagnostics: Diagnostic[] = [];
    const [out] = dropRepeatedHeaderRows([table(['Parameter', 'Type'], [['a', 'String'], ['**parameter**', '`TYPE`'], ['b', 'Int'], ['Para meter', 'Type']])], where, diagnostics);
    expect((out as TableBlock).rows.map((r) => r.line)).toEqual([3, 5]);
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.product, d.lang])).toEqual([
      ['table-repeated-header', 'docs-src/p/en/x.md', 4, 'p', 'en'],
      ['table-repeated-header', 'docs-src/p/en/x.md', 6, 'p', 'en'],
    ]);
    expect(diagnostics[0].message).toBe('A table row repeats the header row; it was dropped (not read as a field).');
  });

  it('keeps rows that match only part of the header, or have a different width', () => {
    const diagnostics: Diagnostic[] = [];
    const t = table(['Parameter', 'Type'], [['Parameter', 'x'], ['Parameter', 'Type', 'more']]);
    expect(dropRepeatedHeaderRows([t], where, diagnostics)).toEqual([t]);
    expect(diagnostics).toEqual([]);
  });

  it('leaves tables with an empty or blank header, and other blocks, as they are', () => {
    const diagnostics: Diagnostic[] = [];
    const blank = table(['', ' '], [['', ''], ['a', 'b']]);
    const none = table([], [['a']]);
    const paragraph: Block = { kind: 'paragraph', line: 1, text: 'Parameter' } as Block;
    const out = dropRepeatedHeaderRows([blank, none, paragraph], where, diagnostics);
    expect(out[0]).toBe(blank);
    expect(out[1]).toBe(none);
    expect(out[2]).toBe(paragraph);
    expect(diagnostics).toEqual([]);
  });
});

describe('splitJsonValues', () => {
  const code = (text: string, extra: Partial<CodeBlock> = {}): CodeBlock => ({ kind: 'code', lang: 'json', text, line: 10, ...extra });
  const split = (block: CodeBlock): Array<[string, number, string | undefined]> =>
    (splitJsonValues([block]) as CodeBlock[]).map((b) => [b.text, b.line, b.caption]);

  it('splits under every JSON language, or none, in any case', () => {
    for (const lang of ['json', 'JSON5', 'jsonc', 'javascript', 'js', undefined, '']) expect(split(code('{}\n{}', { lang }))).toHaveLength(2);
    for (const lang of ['java', 'jsonx', 'xjson']) expect(split(code('{}\n{}', { lang }))).toHaveLength(1);
  });

  it('keeps the lang of the block on each value, and its caption on the first value without a comment', () => {
    const out = splitJsonValues([code('{"a":1}\n// second:\n{"b":2}', { caption: 'Example', lang: 'JSON' })]) as CodeBlock[];
    expect(out).toEqual([
      { kind: 'code', lang: 'JSON', text: '{"a":1}', line: 10, caption: 'Example' },
      { kind: 'code', lang: 'JSON', text: '{"b":2}', line: 12, caption: 'second' },
    ]);
  });

  it('a comment before the first value wins over the caption of the block; later values get no caption of their own', () => {
    expect(split(code('/* one */\n{}\n{}', { caption: 'Block' }))).toEqual([
      ['{}', 11, 'one'],
      ['{}', 12, undefined],
    ]);
  });

  it('captions from every comment spelling, separators and colons trimmed, lines joined', () => {
    expect(split(code('## 允许发言：\n{}\n,\n  /** 禁止 */ ;\n{}\n// a\n// b\n{}'))).toEqual([
      ['{}', 11, '允许发言'],
      ['{}', 14, '禁止'],
      ['{}', 17, 'a b'],
    ]);
  });

  it('keeps the indentation of a value that starts its line, not of one after text on its line', () => {
    expect(split(code('  {\n  }\n  {}'))).toEqual([
      ['  {\n  }', 10, undefined],
      ['  {}', 12, undefined],
    ]);
    expect(split(code('{}  {}'))).toEqual([
      ['{}', 10, undefined],
      ['{}', 10, undefined],
    ]);
    expect(split(code('\n\n{}\n\n{}'))).toEqual([
      ['{}', 12, undefined],
      ['{}', 14, undefined],
    ]);
  });

  it('leaves one value, no value, or text that is not a sequence of values as one block', () => {
    const one = code('{"a": 1}');
    expect(splitJsonValues([one])).toEqual([one]);
    const none = code('');
    expect(splitJsonValues([none])).toEqual([none]);
    const prose = code('{} and then some more text that is not a label at all, being long\n{}');
    expect(splitJsonValues([prose])).toEqual([prose]);
  });

  it('leaves other blocks alone', () => {
    const p = { kind: 'paragraph', line: 1, text: '{}{}' } as Block;
    expect(splitJsonValues([p])).toEqual([p]);
  });
});
