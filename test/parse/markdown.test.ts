import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../generator/parse/types.js';
import { parseSnippet } from '../helpers/snippet.js';

const tables = (text: string): TableBlock[] => parseSnippet(text).blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('GFM reader', () => {
  it('reads cells with plain text, links, code spans and bold', () => {
    const [t] = tables('| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| List | **Array of [RecordFile](#recordfile)** | 见 `Code` |\n');
    const [name, type, desc] = t.rows[0].cells;
    expect(name.text).toBe('List');
    expect(type.text).toBe('Array of RecordFile');
    expect(type.strong).toBe(true);
    expect(type.links).toEqual([{ label: 'RecordFile', href: '#recordfile' }]);
    expect(desc.code).toEqual(['Code']);
    expect(t.rows[0].line).toBe(3);
  });

  it('turns <br> and <li> into line breaks', () => {
    const [t] = tables('| a | b |\n| --- | --- |\n| x | 状态：<br>`1`：待机<ul><li>`2`：运行</li></ul> |\n');
    expect(t.rows[0].cells[1].text.split('\n')).toEqual(['状态：', '1：待机', '2：运行']);
  });

  it('joins a row continued with a trailing backslash into the row above', () => {
    const [t] = tables('| 参数名 | 类型 | 示例值 | 描述 |\n| --- | --- | --- | --- |\n| Mode | Int | `0` |`0`：静态 |  |\\\n|||| `1`：动态 |\n| Next | String | | n |\n');
    expect(t.rows.map((r) => r.cells[0].text)).toEqual(['Mode', 'Next']);
    expect(t.rows[0].cells[3].text).toBe('0：静态\n1：动态');
  });

  it('reads an anchor line right under a table as an anchor, not as a row', () => {
    const doc = parseSnippet('| a | b |\n| --- | --- |\n| x | y |\n<span id="next"></span>\n\nNext\n');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['table', 'anchor', 'paragraph']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('reports rows with missing or extra cells, with their line', () => {
    const doc = parseSnippet('| a | b | c |\n| --- | --- | --- |\n| x | y |\n| x | y | z | extra |\n');
    expect(doc.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['table-row-cell-count', 3],
      ['table-row-cell-count', 4],
    ]);
    const [t] = tables('| a | b | c |\n| --- | --- | --- |\n| x | y | z | extra |\n');
    expect(t.rows[0].cells[2].text).toBe('z\nextra');
  });

  it('finds anchors in either spelling and keeps a label on the same line', () => {
    const doc = parseSnippet('<span id= "image"></span>\n\n<span id="imagedata"></span> ImageData\n');
    expect(doc.blocks).toMatchObject([
      { kind: 'anchor', id: 'image', line: 1 },
      { kind: 'anchor', id: 'imagedata', line: 3 },
      { kind: 'paragraph', text: 'ImageData', line: 3 },
    ]);
  });

  it('skips front matter and keeps the line numbers of the rest', () => {
    const doc = parseSnippet('---\nis_dir: False    # comment\nkeywords: RTC\n---\n\n## Title\n');
    expect(doc.frontMatter).toEqual({ is_dir: 'False', keywords: 'RTC' });
    expect(doc.blocks).toEqual([{ kind: 'heading', depth: 2, text: 'Title', line: 6 }]);
  });

  it('reports an unclosed code fence', () => {
    const doc = parseSnippet('## A\n\n```json\n{ "a": 1 }\n');
    expect(doc.diagnostics.map((d) => [d.code, d.line])).toEqual([['unclosed-code-fence', 3]]);
  });
});
