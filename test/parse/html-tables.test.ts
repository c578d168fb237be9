import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../generator/parse/types.js';
import { parseSnippet } from '../helpers/snippet.js';

const tables = (text: string): TableBlock[] => parseSnippet(text).blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (t: TableBlock): string[][] => [t.header.map((c) => c.text), ...t.rows.map((r) => r.cells.map((c) => c.text))];

describe('raw HTML tables in Markdown', () => {
  it('reads a table into the same block as a GFM table, with the line of every row', () => {
    const doc = parseSnippet('## P\n\n<table>\n<tr><th>字段名称</th><th>类型</th></tr>\n<tr>\n<td>t</td>\n<td>int64</td>\n</tr></table>\n\nafter\n');
    const [t] = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(t).toMatchObject({ kind: 'table', dialect: 'html', line: 3 });
    expect(texts(t)).toEqual([['字段名称', '类型'], ['t', 'int64']]);
    expect(t.rows[0].line).toBe(5);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'table', 'paragraph']);
  });

  it('repeats rowspan and colspan cells so every row has one cell per column', () => {
    const [t] = tables('<table>\n<tr><th>a</th><th>b</th><th>c</th></tr>\n<tr><td rowspan="2">x</td><td colspan="2">wide</td></tr>\n<tr><td>y</td><td>z</td></tr>\n</table>\n');
    expect(texts(t)).toEqual([['a', 'b', 'c'], ['x', 'wide', 'wide'], ['x', 'y', 'z']]);
    expect(t.rows.map((r) => r.line)).toEqual([3, 4]);
  });

  it('reads rows without <tr> and ignores a stray </thead>', () => {
    const [t] = tables('<table>\n<thead><tr><th>k</th><th>v</th></tr></thead></thead>\n<td>a</td><td>1</td>\n</table>\n');
    expect(texts(t)).toEqual([['k', 'v'], ['a', '1']]);
    expect(t.rows[0].line).toBe(3);
  });

  it('keeps <a href> links as cell links and <ul><li> / <li/> lists as cell items', () => {
    const [t] = tables(
      '<table>\n<tr><th>n</th><th>d</th></tr>\n<tr><td>sign</td><td>see <a href="#key">key</a><ul><li>`1`: one<li>two<ul><li/>deep</ul></ul></td></tr>\n</table>\n',
    );
    const cell = t.rows[0].cells[1];
    expect(cell.links).toEqual([{ label: 'key', href: '#key' }]);
    expect(cell.items).toEqual([
      { text: '1: one', code: ['1'], items: [] },
      { text: 'two', code: [], items: [{ text: 'deep', code: [], items: [] }] },
    ]);
    expect(cell.text.split('\n')).toEqual(['see key', '1: one', 'two', 'deep']);
  });

  it('reads a table cut by a blank line (where CommonMark ends the HTML block) as one table', () => {
    const [t] = tables('<table>\n<tr><th>a</th><th>b</th></tr>\n\n<tr><td>x</td><td>y</td></tr>\n\n    <tr><td>z</td><td>w</td></tr>\n</table>\n');
    expect(texts(t)).toEqual([['a', 'b'], ['x', 'y'], ['z', 'w']]);
    expect(t.rows.map((r) => r.line)).toEqual([4, 6]);
  });

  it('reads Markdown written inside HTML cells: code spans, bold and links', () => {
    const [t] = tables('<table>\n<tr><th>n</th><th>d</th></tr>\n<tr><td>sign</td><td>见 [key](#key)，\n **必填**，值 `1`<br>第二行</td></tr>\n</table>\n');
    const cell = t.rows[0].cells[1];
    expect(cell.links).toEqual([{ label: 'key', href: '#key' }]);
    expect(cell.code).toEqual(['1']);
    expect(cell.text.split('\n')).toEqual(['见 key， 必填，值 1', '第二行']);
    expect(cell.raw).toContain('[key](#key)');
  });

  it('reads a table indented under a list item as a table', () => {
    const doc = parseSnippet('- 参数如下：\n\n  | a | b |\n  | - | - |\n  | x | y |\n\n- 示例：\n\n  ```json\n  {"a": 1}\n  ```\n');
    expect(doc.blocks.map((b) => [b.kind, b.line, b.kind === 'paragraph' ? b.list : undefined])).toEqual([
      ['paragraph', 1, true],
      ['table', 3, undefined],
      ['paragraph', 7, true],
      ['code', 10, undefined],
    ]);
  });

  it('reports a row with too few cells, with its line', () => {
    const doc = parseSnippet('<table>\n<tr><th>a</th><th>b</th></tr>\n<tr><td>x</td></tr>\n</table>\n');
    expect(doc.diagnostics.map((d) => [d.code, d.line])).toEqual([['table-row-cell-count', 3]]);
  });
});

describe('HTML inside GFM cells', () => {
  it('reads <ul><li> with Markdown code spans as nested cell items', () => {
    const [t] = tables('| p | d |\n| --- | --- |\n| u | Fields:<ul><li>`userUuid`: String.</li><li>`role`: Integer:<ul><li>`1`: Teacher.</li></ul></li></ul> |\n');
    expect(t.rows[0].cells[1].items).toEqual([
      { text: 'userUuid: String.', code: ['userUuid'], items: [] },
      { text: 'role: Integer:', code: ['role'], items: [{ text: '1: Teacher.', code: ['1'], items: [] }] },
    ]);
  });

  it('reads bare <li> items without a list', () => {
    const [t] = tables('| p | d |\n| --- | --- |\n| u | Each:<li>`a`: String.</li><li>`b`: Integer.</li> |\n');
    expect(t.rows[0].cells[1].items?.map((i) => i.text)).toEqual(['a: String.', 'b: Integer.']);
  });

  it('keeps <a href> links and a link target as written (not percent-encoded)', () => {
    const [t] = tables('| p | d |\n| --- | --- |\n| u | 见 <a href="#多媒体">多媒体</a> 与 [说明](#说明) |\n');
    expect(t.rows[0].cells[1].links).toEqual([
      { label: '多媒体', href: '#多媒体' },
      { label: '说明', href: '#说明' },
    ]);
  });

  it('reads a component inside a cell as its text, not its tags', () => {
    const [t] = tables('| p | d |\n| --- | --- |\n| u | ID。<Note title="说明">可能为空。</Note> |\n');
    expect(t.rows[0].cells[1].text).toBe('ID。可能为空。');
    expect(t.rows[0].cells[1].items).toBeUndefined();
  });
});

describe('table rows', () => {
  it('drops a body row that repeats the header, and says where', () => {
    const doc = parseSnippet('| Parameter | Type |\n| --- | --- |\n| Parameter | Type |\n| `a` | String |\n');
    const [t] = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(t.rows.map((r) => r.cells[0].text)).toEqual(['a']);
    expect(doc.diagnostics.map((d) => [d.code, d.line])).toEqual([['table-repeated-header', 3]]);
  });

  it('keeps a row that only partly matches the header', () => {
    const doc = parseSnippet('| Name | Type |\n| --- | --- |\n| Name | String |\n');
    expect(doc.diagnostics).toEqual([]);
  });
});
