import { describe, expect, it } from 'vitest';
import { opensUnclosedTable, readHtmlBlock, type HtmlBlockContext } from '../../generator/parse/html-block.js';
import { htmlFragment } from '../../generator/parse/inline-hast.js';
import type { CodeBlock, TableBlock } from '../../generator/parse/types.js';
import type { Diagnostic } from '../../generator/shared/diagnostic.js';
import { snippetDoc } from '../helpers/snippet.js';

const context = (inlineMarkdown?: HtmlBlockContext['inlineMarkdown']): HtmlBlockContext & { diagnostics: Diagnostic[] } => ({
  doc: snippetDoc('', { file: 'docs-src/p/en/h.md', lang: 'en' }),
  diagnostics: [],
  ...(inlineMarkdown ? { inlineMarkdown } : {}),
});
const grid = (t: TableBlock): string[][] => [t.header.map((c) => c.text), ...t.rows.map((r) => r.cells.map((c) => c.text))];

describe('readHtmlBlock: text, anchors and code around tables', () => {
  it('reads loose text as a paragraph at the line of its first node, with its anchors before it', () => {
    const ctx = context();
    expect(readHtmlBlock('<p>\n<span id="k"></span><b>Bold</b> <a href="#x">x</a> <code>c</code></p>', 5, ctx)).toEqual([
      { kind: 'anchor', id: 'k', line: 5 },
      { kind: 'paragraph', text: 'Bold x c', strong: false, code: ['c'], links: [{ label: 'x', href: '#x' }], line: 5 },
    ]);
    expect(readHtmlBlock('\n\n<b>Bold</b>', 5, ctx)).toEqual([{ kind: 'paragraph', text: 'Bold', strong: true, code: [], links: [], line: 5 }]);
    expect(ctx.diagnostics).toEqual([]);
  });

  it('gives no paragraph for an anchor alone, and no block for blank HTML', () => {
    expect(readHtmlBlock('<span id="only"></span>', 3, context())).toEqual([{ kind: 'anchor', id: 'only', line: 3 }]);
    expect(readHtmlBlock('<!-- c -->', 3, context())).toEqual([]);
  });

  it('splits the text before and after a table or a <pre>, each at its own line, nested wrappers opened', () => {
    const html = 'before\n<div><section><table><tr><th>A</th></tr><tr><td>1</td></tr></table></section></div>\nmiddle\n<pre class="lang-ts">x\ny</pre>\nafter';
    const blocks = readHtmlBlock(html, 10, context());
    expect(blocks.map((b) => [b.kind, b.line])).toEqual([
      ['paragraph', 10],
      ['table', 11],
      ['paragraph', 11],
      ['code', 13],
      ['paragraph', 14],
    ]);
    expect(blocks[3]).toEqual({ kind: 'code', lang: 'ts', text: 'x\ny', line: 13 });
  });

  it('reads the language of a <pre> from its <code> class first, then its own, and none without one', () => {
    const code = (html: string): CodeBlock => readHtmlBlock(html, 1, context())[0] as CodeBlock;
    expect(code('<pre class="language-java"><code class="foo language-json">{}</code></pre>')).toMatchObject({ lang: 'json', text: '{}' });
    expect(code('<pre class="language-java"><code>{}</code></pre>').lang).toBe('java');
    expect(code('<pre class="xlang-java">a</pre>').lang).toBeNull();
    expect(code('<pre>a\n</pre>').text).toBe('a');
    expect(code('<pre>\n{}</pre>')).toMatchObject({ text: '{}', line: 2 });
  });

  it('a <pre> with no content takes its own line', () => {
    expect(readHtmlBlock('\n<pre></pre>', 7, context())).toEqual([{ kind: 'code', lang: null, text: '', line: 8 }]);
  });
});

describe('readHtmlBlock: tables', () => {
  it('reads header and rows with the line of each row, thead, tbody and tfoot alike, not rows of a nested table (its text joins the cell)', () => {
    const html = '<table>\n<thead><tr><th>Name</th><th>Type</th></tr></thead>\n<tbody>\n<tr><td>A</td><td>String<table><tr><td>inner</td></tr></table></td></tr>\n</tbody>\n<tfoot><tr><td>F</td><td>Int</td></tr></tfoot>\n</table>';
    const [t] = readHtmlBlock(html, 20, context()) as TableBlock[];
    expect(t).toMatchObject({ kind: 'table', dialect: 'html', line: 20 });
    expect(grid(t)).toEqual([
      ['Name', 'Type'],
      ['A', 'Stringinner'],
      ['F', 'Int'],
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([23, 25]);
  });

  it('fills rowspan and colspan cells as copies, caps huge spans to the rows there are, and ignores bad spans', () => {
    const html = '<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td rowspan="100">r</td><td colspan="2">c</td></tr><tr><td colspan="x">x</td><td rowspan="0">y</td></tr></table>';
    const [t] = readHtmlBlock(html, 1, context()) as TableBlock[];
    expect(grid(t)).toEqual([
      ['A', 'B', 'C'],
      ['r', 'c', 'c'],
      ['r', 'x', 'y'],
    ]);
    expect(t.rows[0].cells[1]).not.toBe(t.rows[0].cells[2]);
    expect(t.rows[0].cells[0]).not.toBe(t.rows[1].cells[0]);
    expect(t.rows[0].cells[2].links).not.toBe(t.rows[0].cells[1].links);
    expect(t.rows[0].cells[2].code).not.toBe(t.rows[0].cells[1].code);
  });

  it('pads a short row, reporting it at its line, and skips empty rows', () => {
    const ctx = context();
    const [t] = readHtmlBlock('<table>\n<tr><th>A</th><th>B</th></tr>\n<tr><td>1</td></tr>\n<tr><td></td><td> </td></tr>\n<tr></tr>\n</table>', 4, ctx) as TableBlock[];
    expect(grid(t)).toEqual([
      ['A', 'B'],
      ['1', ''],
    ]);
    expect(ctx.diagnostics.map((d) => [d.code, d.line, d.file, d.product, d.lang])).toEqual([['table-row-cell-count', 6, 'docs-src/p/en/h.md', 'p', 'en']]);
    expect(ctx.diagnostics[0].message).toMatch(/1 cells where the header has 2/);
  });

  it('keeps a cell whose raw source is not empty although its text is', () => {
    const [t] = readHtmlBlock('<table><tr><th>A</th></tr><tr><td><img src="x"></td></tr></table>', 1, context()) as TableBlock[];
    expect(t.rows.map((r) => r.cells[0].raw)).toEqual(['<img src="x">']);
  });

  it('reads an empty table as one without header or rows', () => {
    const [t] = readHtmlBlock('<table></table>', 2, context()) as TableBlock[];
    expect(t).toEqual({ kind: 'table', dialect: 'html', header: [], rows: [], line: 2 });
  });

  it('keeps the raw source of a cell, trimmed, and its list items', () => {
    const [t] = readHtmlBlock('<table><tr><th>A</th></tr><tr><td>  x <b>y</b><ul><li>i</li></ul>  </td></tr></table>', 1, context()) as TableBlock[];
    const cell = t.rows[0].cells[0];
    expect(cell.raw).toBe('x <b>y</b><ul><li>i</li></ul>');
    expect(cell.items?.map((i) => i.text)).toEqual(['i']);
    expect('items' in t.header[0]).toBe(false);
  });

  it('reads a cell written in Markdown through the inline Markdown reader, its spaces collapsed; other cells as HTML', () => {
    const seen: string[] = [];
    const ctx = context((source) => {
      seen.push(source);
      return htmlFragment('<code>md</code>');
    });
    const [t] = readHtmlBlock('<table><tr><th>A</th></tr><tr><td>see  `x`\n here</td></tr><tr><td><span>**b**</span></td></tr><tr><td>[l](#l)</td></tr><tr><td><code>`c`</code> plain</td></tr><tr><td><a href="#a">**a**</a></td></tr><tr><td>a * b</td></tr></table>', 1, ctx) as TableBlock[];
    expect(seen).toEqual(['see `x` here', '<span>**b**</span>', '[l](#l)']);
    expect(t.rows.map((r) => r.cells[0].text)).toEqual(['md', 'md', 'md', '`c` plain', '**a**', 'a * b']);
    expect(t.rows[0].cells[0]).toMatchObject({ code: ['md'], raw: 'see  `x`\n here' });
  });

  it('reads the cell as HTML when the inline Markdown reader gives nothing', () => {
    const [t] = readHtmlBlock('<table><tr><th>A</th></tr><tr><td>`x`</td></tr></table>', 1, context(() => undefined)) as TableBlock[];
    expect(t.rows[0].cells[0].text).toBe('`x`');
  });
});

describe('opensUnclosedTable', () => {
  it('is true when <table is opened more often than closed', () => {
    expect(opensUnclosedTable('<table><tr>')).toBe(true);
    expect(opensUnclosedTable('<TABLE class="x"><table></table >')).toBe(true);
    expect(opensUnclosedTable('<table></table>')).toBe(false);
    expect(opensUnclosedTable('<tables>')).toBe(false);
    expect(opensUnclosedTable('no tags')).toBe(false);
    expect(opensUnclosedTable('</table>')).toBe(false);
  });
});
