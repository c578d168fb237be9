import { describe, expect, it } from 'vitest';
import { joinMultilineCells } from '../../generator/parse/multiline-cells.js';
import { parseSnippet } from '../helpers/snippet.js';
import type { TableBlock } from '../../generator/parse/types.js';

// A pipe-table row whose last cell runs over several lines, blank lines included, and closes
// with a `|` on a later line (pages exported from a doc site's editor write cells that way).
// GFM ends the table at the blank line; the rows after it would be lost.

const page = `## 请求参数

|名称|类型|是否必选|示例值|描述|
|--|--|----|---|--|
|Action|String|是|DescribeThings|系统规定参数。取值：DescribeThings。

 |
|PageSize|Integer|否|10|每页行数。取值范围：1~50。

默认值：10。 |
|DiskType|String|否|all|类型。取值范围：

 -   all：全部。
 -   data：数据盘。

 |
|RegionId|String|是|cn-hangzhou|地域ID。|

After the table.
`;

const tables = (text: string) => parseSnippet(text).blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('table rows whose cell runs over several lines', () => {
  it('are read as one row each, every row of the table kept', () => {
    const [t] = tables(page);
    expect(t.rows.map((r) => r.cells[0].text)).toEqual(['Action', 'PageSize', 'DiskType', 'RegionId']);
    expect(t.rows[1].cells[4].text).toBe('每页行数。取值范围：1~50。\n默认值：10。');
    expect(t.rows[2].cells[4].text).toContain('all：全部。');
  });

  it('each row keeps the line it starts on in the page, and the text after the table keeps its line', () => {
    const doc = parseSnippet(page);
    const [t] = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(t.rows.map((r) => r.line)).toEqual([5, 8, 11, 17]);
    const after = doc.blocks.find((b) => b.kind === 'paragraph' && b.text === 'After the table.');
    expect(after?.line).toBe(19);
  });

  it('leaves rows alone that end without a pipe when the next line is another row, and code fences', () => {
    const text = '|a|b|\n|--|--|\n|x|1\n|y|2|\n\n```\n|a|b|\n|--|--|\n|x|1\n\nmore |\n```\n';
    expect(joinMultilineCells(text).body).toBe(text);
  });

  it('joins nothing when the closing line would give the row more cells than the header', () => {
    const text = '|a|b|\n|--|--|\n|x|1\n\nnot | a | cell |\n';
    expect(joinMultilineCells(text).body).toBe(text);
  });

  it('the lines a joined row frees become blank lines after the table, so the page keeps its length', () => {
    const { body, rowLines } = joinMultilineCells('|a|b|\n|--|--|\n|x|one\n\ntwo |\n|y|2|\nend\n');
    expect(body).toBe('|a|b|\n|--|--|\n|x|one<br>two |\n|y|2|\n\n\nend\n');
    expect([...rowLines]).toEqual([[3, 3], [4, 6]]);
  });
});
