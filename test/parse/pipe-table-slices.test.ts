import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../generator/config/limits.js';
import { readMarkdown } from '../../generator/parse/markdown.js';
import { planSlices } from '../../generator/parse/pipe-table-slices.js';
import type { ParsedDoc, TableBlock } from '../../generator/parse/types.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { snippetDoc } from '../helpers/snippet.js';

const processor = unified().use(remarkParse).use(remarkGfm);
const parse = (text: string) => processor.parse(text);

/** The page read whole and read with slices of `sliceRows` rows. */
const both = (text: string, sliceRows = 2, limits: Limits = DEFAULT_LIMITS): { whole: ParsedDoc; sliced: ParsedDoc } => ({
  whole: readMarkdown(snippetDoc(text), limits, { sliceRows: Infinity }),
  sliced: readMarkdown(snippetDoc(text), limits, { sliceRows }),
});
const tables = (doc: ParsedDoc): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
const rowTexts = (doc: ParsedDoc): string[][] => tables(doc).map((t) => t.rows.map((r) => r.cells.map((c) => c.text).join('|')));
/** Whether the page's text given to remark had rows blanked, i.e. slices were planned. */
const sliced = (text: string, sliceRows = 2): boolean => planSlices(text, text.split('\n'), sliceRows, parse) !== undefined;

const table = (rows: string[], header = '| 参数名 | 类型 | 描述 |\n| --- | --- | --- |'): string => `${header}\n${rows.join('\n')}\n`;
const plain = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `| F${from + i} | String | 第 ${from + i} 个 |`);

describe('pipe tables read in slices', () => {
  it('reads the rows of a long table with the same text, cells, raw source and lines as a whole parse', () => {
    const text = `# T\n\n${table(plain(7))}\nafter\n`;
    expect(sliced(text)).toBe(true);
    const { whole, sliced: s } = both(text);
    expect(rowTexts(s)[0]).toHaveLength(7);
    expect(rowTexts(s)[0][6]).toBe('F6|String|第 6 个');
    expect(tables(s)[0].rows.map((r) => r.line)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(s).toEqual(whole);
  });

  it('keeps inline code, links, bold, HTML, anchors and escaped pipes in cells of later slices', () => {
    const rows = [
      '| A | `int` | 见 [B](#b) |',
      '| <span id="x"></span>B | **Array of [C](#c)** | 状态：<br>`1`：待机<ul><li>`2`：运行</li></ul> |',
      '| C | a \\| b | [](id:y) 锚 |',
      '| D | `x \\| y` | <b>粗</b> &amp; 实体 |',
      '| E | [ref][r] | 脚注[^1] |',
      '| F | <https://e.x> | https://auto.link |',
    ];
    const text = `${table(rows)}\n[r]: https://r.example\n\n[^1]: note\n`;
    const { whole, sliced: s } = both(text);
    expect(tables(s)[0].rows).toHaveLength(6);
    expect(tables(s)[0].rows[2].cells[1].text).toBe('a | b');
    expect(tables(s)[0].rows[1].cells[2].code).toEqual(['1', '2']);
    expect(s).toEqual(whole);
  });

  it('joins rows continued with a trailing backslash across a slice boundary', () => {
    const header = '| 参数名 | 类型 | 示例值 | 描述 |\n| --- | --- | --- | --- |';
    const rows = ['| A | Int | `0` | a |', '| Mode | Int | `0` |`0`：静态 |  |\\', '|||| `1`：动态 |\\', '|||| `2`：第三 |', '| Next | String | | n |'];
    const { whole, sliced: s } = both(table(rows, header));
    expect(tables(s)[0].rows.map((r) => r.cells[0].text)).toEqual(['A', 'Mode', 'Next']);
    expect(tables(s)[0].rows[1].cells[3].text).toBe('0：静态\n1：动态\n2：第三');
    expect(s).toEqual(whole);
  });

  it('gives the same row-width findings, at the same lines, in later slices', () => {
    const rows = [...plain(3), '| short | row |', '| long | row | with | extra |', ...plain(2, 3)];
    const { whole, sliced: s } = both(table(rows));
    expect(s.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['table-row-cell-count', 6],
      ['table-row-cell-count', 7],
    ]);
    expect(s).toEqual(whole);
  });

  it('reads pipe-less lines right after a table as the blocks after it, as a whole parse does', () => {
    const text = `${table(plain(5))}<span id="next"></span>\n下一个表\n\n| a | b |\n| - | - |\n| 1 | 2 |\n`;
    expect(sliced(text)).toBe(true);
    const { whole, sliced: s } = both(text);
    expect(s.blocks.map((b) => b.kind)).toEqual(['table', 'anchor', 'paragraph', 'table']);
    expect(s).toEqual(whole);
  });

  it('reads two long tables on one page, and leaves short ones alone', () => {
    const text = `${table(plain(5))}\n## 中间\n\n${table(plain(2, 10))}\n${table(plain(6, 20))}`;
    const { whole, sliced: s } = both(text);
    expect(rowTexts(s).map((t) => t.length)).toEqual([5, 2, 6]);
    expect(s).toEqual(whole);
  });

  it('falls back to a whole parse for a table in a list item the scan sees as top-level', () => {
    const text = `- 列表项\n\n  ${table(plain(5)).replace(/\n(?=.)/g, '\n  ')}\n  <span id="z"></span>\n`;
    expect(sliced(text)).toBe(true);
    const { whole, sliced: s } = both(text);
    expect(rowTexts(whole)[0]).toHaveLength(5);
    expect(s).toEqual(whole);
  });

  it('falls back to a whole parse when a piped line in a later slice starts another block', () => {
    const text = table([...plain(4), '> 引用 | 不是行', ...plain(2, 4)]);
    expect(sliced(text)).toBe(true);
    const { whole, sliced: s } = both(text);
    expect(s.blocks.map((b) => b.kind)).toEqual(whole.blocks.map((b) => b.kind));
    expect(s).toEqual(whole);
  });

  it('applies the row limit inside a later slice with the same finding and rows', () => {
    // a pipe-less trailing line makes remark's table one row longer than the limit the line scan cut at
    const limits = { ...DEFAULT_LIMITS, maxTableRows: 5 };
    const text = `${table(plain(5))}尾行\n`;
    const { whole, sliced: s } = both(text, 2, limits);
    expect(s.diagnostics.map((d) => [d.code, d.line])).toEqual([['table-too-many-rows', 8]]);
    expect(rowTexts(s)[0]).toHaveLength(5);
    expect(s).toEqual(whole);
    const cut = both(table(plain(9)), 2, limits);
    expect(cut.sliced.diagnostics.map((d) => [d.code, d.line])).toEqual([['table-too-many-rows', 8]]);
    expect(cut.sliced).toEqual(cut.whole);
  });

  it('leaves tables inside fenced code alone', () => {
    const text = `\`\`\`\n${table(plain(6))}\`\`\`\n`;
    expect(sliced(text)).toBe(false);
    const { whole, sliced: s } = both(text);
    expect(s).toEqual(whole);
  });
});
