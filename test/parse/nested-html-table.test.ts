import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../generator/parse/types.js';
import { fieldSummary, modelOf, parseSnippet } from '../helpers/snippet.js';

// An HTML parameter table whose row after an object row is one wide cell holding a table of that
// object's fields: the inner rows are fields of the row above (`Data.StreamName`), column by column.
const page = `# 流状态回调

<table>
<tr><th>参数名称</th><th>参数类型</th><th>是否必选</th><th>描述</th></tr>
<tr><td>EventType</td><td>String</td><td>是</td><td>事件类型</td></tr>
<tr><td>Data</td><td>Object</td><td>是</td><td>事件数据<br>包含以下字段：</td></tr>
<tr><td colspan="4">
<table>
<tr><th>参数名称</th><th>描述</th><th>参数类型</th></tr>
<tr><td>StreamName</td><td>流名称</td><td>String</td></tr>
<tr><td>Info</td><td>流信息</td><td>Object</td></tr>
<tr><td colspan="3"><table><tr><th>参数名称</th><th>参数类型</th></tr><tr><td>Width</td><td>Integer</td></tr></table></td></tr>
</table>
</td></tr>
<tr><td>Extra</td><td>String</td><td>否</td><td>透传字段</td></tr>
</table>
`;
const tables = (text: string): TableBlock[] => parseSnippet(text).blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('a table nested in a wide cell under an object row', () => {
  it('gives its rows to the outer table as dotted rows, each cell under the column of the same header', () => {
    const [t, ...rest] = tables(page);
    expect(rest).toEqual([]);
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['EventType', 'String', '是', '事件类型'],
      ['Data', 'Object', '是', '事件数据\n包含以下字段：'],
      ['Data.StreamName', 'String', '', '流名称'],
      ['Data.Info', 'Object', '', '流信息'],
      ['Data.Info.Width', 'Integer', '', ''],
      ['Extra', 'String', '否', '透传字段'],
    ]);
    expect(t.rows[2].line).toBe(10);
  });

  it('types the object from them', () => {
    const m = modelOf([page.replace('| EventType |', '') + '\n```json\n{"EventType": "S", "Data": {"StreamName": "s", "Info": {"Width": 1}}}\n```\n']);
    const struct = Object.values(m.structs)[0] ?? m.events[0];
    expect(JSON.stringify(struct.fields.map((f) => f.name))).toBe('["EventType","Data","Extra"]');
    const data = struct.fields[1].type as { kind: string; fields: Array<{ name: string }> };
    expect(data.kind).toBe('object');
    expect(data.fields.map((f) => f.name)).toEqual(['StreamName', 'Info']);
    void fieldSummary;
  });

  it('leaves a wide cell of text, or a nested table of other columns, as it was', () => {
    const note = tables('<table>\n<tr><th>Field</th><th>Type</th></tr>\n<tr><td>a</td><td>Object</td></tr>\n<tr><td colspan="2">A note across the table.</td></tr>\n</table>\n')[0];
    expect(note.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['a', 'Object'], ['A note across the table.', 'A note across the table.']]);
    const other = tables('<table>\n<tr><th>Field</th><th>Type</th></tr>\n<tr><td>a</td><td>Object</td></tr>\n<tr><td colspan="2"><table><tr><th>Code</th><th>Reason</th></tr><tr><td>1</td><td>x</td></tr></table></td></tr>\n</table>\n')[0];
    expect(other.rows.map((r) => r.cells[0].text)).toEqual(['a', 'Code Reason\n1 x']);
  });
});
