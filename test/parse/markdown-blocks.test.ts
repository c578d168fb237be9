import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../generator/config/limits.js';
import { readMarkdown } from '../../generator/parse/markdown.js';
import type { Block, ParsedDoc, TableBlock } from '../../generator/parse/types.js';
import { snippetDoc } from '../helpers/snippet.js';

// readMarkdown alone (not parseDoc): the blocks as the GFM reader makes them, before the shared rules
const read = (text: string, limits: Limits = DEFAULT_LIMITS): ParsedDoc => readMarkdown(snippetDoc(text), limits);
const para = (text: string, line: number, extra: Partial<Block> = {}): Block => ({ kind: 'paragraph', text, strong: false, code: [], links: [], line, ...extra }) as Block;
const rowsOf = (t: Block): Array<[number, ...string[]]> => (t as TableBlock).rows.map((r) => [r.line, ...r.cells.map((c) => c.text)]);
const findings = (doc: ParsedDoc): Array<[string, number]> => doc.diagnostics.map((d) => [d.code, d.line]);

describe('GFM reader: lists and quotes', () => {
  it('reads a list as one paragraph of lines marked as a list, with its links, code spans and anchors', () => {
    const doc = read('- a [x](http://l) `c`\n- b [](id:k) tail\n');
    expect(doc.blocks).toEqual([
      { kind: 'anchor', id: 'k', line: 2 },
      para('a [x](http://l) `c`\nb tail', 1, { code: ['c'], links: [{ label: 'x', href: 'http://l' }], list: true }),
    ]);
  });

  it('drops the marker of every kind of list item, ordered or not, and reads nested items and quotes as lines', () => {
    expect(read('1. one\n2. two\n').blocks).toEqual([para('one\ntwo', 1, { list: true })]);
    expect(read('10. ten\n').blocks).toEqual([para('ten', 1, { list: true })]);
    expect(read('* x\n+ y\n').blocks).toEqual([para('x', 1, { list: true }), para('y', 2, { list: true })]);
    expect(read('- a\n  - b\n    > c\n').blocks).toEqual([para('a\nb\nc', 1, { list: true })]);
  });

  it('gives a link over two lines of a list its label on one line', () => {
    expect(read('- [链接 **粗**\n  续](http://x)\n').blocks[0]).toMatchObject({ links: [{ label: '链接 粗 续', href: 'http://x' }] });
  });

  it('takes anchors of a list from HTML and from [](id:x) links, cutting only the empty links from the text', () => {
    const doc = read('- <a name="n"></a>x\n- [](id:a) [](id:b) y\n- [标签](id:c)\n');
    expect(doc.blocks.filter((b) => b.kind === 'anchor')).toEqual([
      { kind: 'anchor', id: 'n', line: 1 },
      { kind: 'anchor', id: 'a', line: 2 },
      { kind: 'anchor', id: 'b', line: 2 },
      { kind: 'anchor', id: 'c', line: 3 },
    ]);
    expect(doc.blocks.at(-1)).toEqual(para('x\ny\n[标签](id:c)', 1, { list: true }));
  });

  it('reads a quote as a paragraph that is no list, without the tip and warning markers', () => {
    expect(read('> plain `q`\n').blocks).toEqual([para('plain `q`', 1, { code: ['q'] })]);
    expect(read('>? 提示\n').blocks).toEqual([para('提示', 1)]);
    expect(read('>! 警告\n').blocks).toEqual([para('警告', 1)]);
    expect(read('> ? tip\n').blocks).toEqual([para('tip', 1)]);
    expect(read('> ?tip\n').blocks).toEqual([para('?tip', 1)]);
    expect(read('>?\n').blocks).toEqual([]);
  });

  it('reads tables, code, headings and HTML tables inside a list item or quote as blocks of their own', () => {
    const table = read('- item\n\n  | a | b |\n  | - | - |\n  | 1 | 2 |\n');
    expect(table.blocks.map((b) => [b.kind, b.line])).toEqual([
      ['paragraph', 1],
      ['table', 3],
    ]);
    expect(table.blocks[0]).toEqual(para('item', 1, { list: true }));
    expect(rowsOf(table.blocks[1])).toEqual([[5, '1', '2']]);
    expect(read('- x\n\n  ## H\n').blocks).toEqual([para('x', 1, { list: true }), { kind: 'heading', depth: 2, text: 'H', line: 3 }]);
    expect(read('- x\n\n  <table><tr><td>c</td></tr></table>\n').blocks.map((b) => [b.kind, b.line])).toEqual([
      ['paragraph', 1],
      ['table', 3],
    ]);
    // a quote holding code is no list: its paragraphs are not marked as one
    const quote = read('> quote\n>\n> ```js\n> code\n> ```\n');
    expect(quote.blocks).toEqual([para('quote', 1), { kind: 'code', lang: 'js', text: 'code', line: 4 }]);
    // an HTML block that is no table leaves a list read as prose
    expect(read('- x\n\n  <div>d</div>\n').blocks).toEqual([para('x\n\nd', 1, { list: true })]);
  });

  it('applies the row limit to a table remark finds where the line scan cannot (in a quote)', () => {
    const doc = read('> | a | b |\n> | - | - |\n> | 1 | 2 |\n> | 3 | 4 |\n> | 5 | 6 |\n> | 7 | 8 |\n', { ...DEFAULT_LIMITS, maxTableRows: 2 });
    expect(rowsOf(doc.blocks[0])).toEqual([
      [3, '1', '2'],
      [4, '3', '4'],
    ]);
    expect(findings(doc)).toEqual([['table-too-many-rows', 5]]);
    expect(doc.diagnostics[0].message).toMatch(/4 rows, over the limit of 2/);
    expect(findings(read('> | a |\n> | - |\n> | 1 |\n> | 2 |\n', { ...DEFAULT_LIMITS, maxTableRows: 2 }))).toEqual([]);
  });
});

describe('GFM reader: headings, paragraphs and code', () => {
  it('reads anchors of a heading in both spellings before it, and its text without them', () => {
    expect(read('## <span id="h"></span>Title [](id:h2)\n').blocks).toEqual([
      { kind: 'anchor', id: 'h', line: 1 },
      { kind: 'anchor', id: 'h2', line: 1 },
      { kind: 'heading', depth: 2, text: 'Title', line: 1 },
    ]);
    expect(read('\n#### 四\n').blocks).toEqual([{ kind: 'heading', depth: 4, text: '四', line: 2 }]);
  });

  it('marks a paragraph that is all bold, and reads a paragraph holding only an anchor as the anchor alone', () => {
    expect(read('**Bold**\n').blocks).toEqual([para('Bold', 1, { strong: true })]);
    expect(read('**Bold** not\n').blocks).toEqual([para('Bold not', 1)]);
    expect(read('<span id="only"></span>\n').blocks).toEqual([{ kind: 'anchor', id: 'only', line: 1 }]);
    expect(read('a [](id:only)\n').blocks).toEqual([{ kind: 'anchor', id: 'only', line: 1 }, para('a', 1)]);
    expect(read('text <span id="p"></span> more\n').blocks).toEqual([{ kind: 'anchor', id: 'p', line: 1 }, para('text more', 1)]);
  });

  it('gives fenced code the line after its fence, indented code its own line, and its language', () => {
    expect(read('~~~\nx\n~~~\n').blocks).toEqual([{ kind: 'code', lang: null, text: 'x', line: 2 }]);
    expect(read('text\n\n    indented\n').blocks.at(-1)).toEqual({ kind: 'code', lang: null, text: 'indented', line: 3 });
    expect(read('```json title\n{}\n```\n').blocks).toEqual([{ kind: 'code', lang: 'json', text: '{}', line: 2 }]);
  });

  it('reports a fence never closed at the fence line, with the page, and no closed fence', () => {
    const doc = read('```\nx\n');
    expect(doc.blocks).toEqual([{ kind: 'code', lang: null, text: 'x', line: 2 }]);
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ code: 'unclosed-code-fence', message: 'A code fence is never closed; the rest of the page was read as code.', file: 'docs-src/p/zh/page.md', line: 1, product: 'p', lang: 'zh' }),
    ]);
    expect(findings(read('~~~\nx\n'))).toEqual([['unclosed-code-fence', 1]]);
    expect(findings(read('```\nx\n```   \n'))).toEqual([]);
    expect(findings(read('- a\n\n  ```\n  x\n  ```\n'))).toEqual([]);
  });

  it('finds the closing fence of code in a quote, and takes indented code starting with a fence for no fence', () => {
    expect(findings(read('> ```\n> x\n> ```\n'))).toEqual([]);
    expect(findings(read('- > ~~~\n  > x\n  > ~~~\n'))).toEqual([]);
    expect(findings(read('> ```\n> x\n'))).toEqual([['unclosed-code-fence', 1]]);
    const indented = read('    ```\n    x\n');
    expect(indented.blocks).toEqual([{ kind: 'code', lang: null, text: '```\nx', line: 1 }]);
    expect(indented.diagnostics).toEqual([]);
  });
});

describe('GFM reader: tables', () => {
  it('reads an HTML table cut by a blank line as one table', () => {
    const doc = read('<table>\n<tr><td>a</td>\n\n<td>b</td></tr>\n</table>\n\nafter\n');
    expect(doc.blocks.map((b) => [b.kind, b.line])).toEqual([
      ['table', 1],
      ['paragraph', 7],
    ]);
    expect((doc.blocks[0] as TableBlock).header.map((c) => c.text)).toEqual(['a', 'b']);
  });

  it('reads a pipe-less line after a table as the blocks it holds, at its line', () => {
    const doc = read('| a | b |\n| - | - |\n| 1 | 2 |\n尾 **粗** `c` [l](u) <span id="z"></span>\n');
    expect(rowsOf(doc.blocks[0])).toEqual([[3, '1', '2']]);
    expect(doc.blocks.slice(1)).toEqual([{ kind: 'anchor', id: 'z', line: 4 }, para('尾 粗 c l', 4, { code: ['c'], links: [{ label: 'l', href: 'u' }] })]);
    expect(read('| a | b |\n| - | - |\n<span id="z"></span>\n').blocks.slice(1)).toEqual([{ kind: 'anchor', id: 'z', line: 3 }]);
  });

  it('drops an empty extra cell at the end of a row without a finding, but keeps a filled one', () => {
    const doc = read('| a | b |\n| - | - |\n| 1 | 2 | |\n| 3 | 4 |\n');
    expect(rowsOf(doc.blocks[0])).toEqual([
      [3, '1', '2'],
      [4, '3', '4'],
    ]);
    expect(doc.diagnostics).toEqual([]);
    const short = read('| a | b | c |\n| - | - | - |\n| 1 | |\n');
    expect(rowsOf(short.blocks[0])).toEqual([[3, '1', '', '']]);
    expect(findings(short)).toEqual([['table-row-cell-count', 3]]);
  });

  it('continues a row into the next one: text, raw source, links and code of each filled cell', () => {
    const doc = read('| a | b |\n| - | - |\n| `x` [l](u) | p |\\\n| `y` [m](v) | |\\\n| | q |\n| n | o |\n');
    const [first, second] = (doc.blocks[0] as TableBlock).rows;
    expect(first.line).toBe(3);
    expect(first.cells[0]).toEqual({ text: 'x l\ny m', raw: '`x` [l](u)\n`y` [m](v)', links: [{ label: 'l', href: 'u' }, { label: 'm', href: 'v' }], code: ['x', 'y'], strong: false });
    expect(first.cells[1]).toMatchObject({ text: 'p\nq', raw: 'p\nq' });
    expect(second).toMatchObject({ line: 6, cells: [{ text: 'n' }, { text: 'o' }] });
    expect(doc.diagnostics).toEqual([]);
  });

  it('ends a continuation at a row without the backslash, and ignores cells past the row continued', () => {
    const doc = read('| a | b |\n| - | - |\n| A | x |\\\n| | y | z |\n| B | w |\n');
    expect(rowsOf(doc.blocks[0])).toEqual([
      [3, 'A', 'x\ny'],
      [5, 'B', 'w'],
    ]);
    expect(findings(doc)).toEqual([]);
  });

  it('keeps the raw source of a cell trimmed, and reads a header cell like a body cell', () => {
    const doc = read('| **名** | [类型](#t) |\n| - | - |\n|  a  | `b` |\n');
    const t = doc.blocks[0] as TableBlock;
    expect(t.header).toEqual([
      { text: '名', raw: '**名**', links: [], code: [], strong: true },
      { text: '类型', raw: '[类型](#t)', links: [{ label: '类型', href: '#t' }], code: [], strong: false },
    ]);
    expect(t.rows[0].cells.map((c) => c.raw)).toEqual(['a', '`b`']);
  });
});
