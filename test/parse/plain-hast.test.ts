import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Paragraph, PhrasingContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { plainHast, trimLines } from '../../generator/parse/plain-hast.js';

const processor = unified().use(remarkParse).use(remarkGfm);
/** The inline children of the first paragraph (or table cell) of a snippet. */
function inline(markdown: string): PhrasingContent[] {
  const tree = processor.parse(markdown);
  const first = tree.children[0];
  if (first.type === 'table') return first.children[1].children[0].children;
  return (first as Paragraph).children;
}
const viaToHast = (node: PhrasingContent) => toHast(node, { allowDangerousHtml: true });

describe('plainHast', () => {
  it.each([
    ['plain text', 'String'],
    ['text over several lines', 'one  \t\ntwo\t \n  three'],
    ['a code span', '`int`'],
    ['a code span over a line break', '`a\nb` tail'],
    ['bold, italics and strike-through, nested', '**bold _it `code` it_** and ~~gone~~ end'],
    ['Chinese text with code', '用户 ID，取值为 `1` 或 `2`。'],
  ])('builds the tree toHast builds: %s', (_name, markdown) => {
    const nodes = inline(markdown);
    for (const node of nodes) expect(plainHast(node)).toStrictEqual(viaToHast(node));
  });

  it('builds the tree toHast builds for a pipe-table cell', () => {
    const nodes = inline('| a | b |\n| --- | --- |\n| `x` **y** z | w |');
    expect(nodes.length).toBeGreaterThan(1);
    for (const node of nodes) expect(plainHast(node)).toStrictEqual(viaToHast(node));
  });

  it('leaves links, HTML, breaks and nodes holding them to toHast', () => {
    for (const markdown of ['[a](b)', 'a <br> b', 'a\\\nb', '**a [b](c)**', '_x<span>y</span>_', '![i](src)']) {
      const nodes = inline(markdown);
      const outside = nodes.filter((n) => n.type !== 'text' || n.data);
      expect(outside.length, markdown).toBeGreaterThan(0);
      for (const node of outside) expect(plainHast(node), markdown).toBeUndefined();
    }
  });

  it('leaves a node with data (hName and friends) to toHast', () => {
    expect(plainHast({ type: 'text', value: 'x', data: { hName: 'span' } })).toBeUndefined();
  });

  it('copies an unusable position as toHast does (the key kept, undefined)', () => {
    const node: PhrasingContent = { type: 'text', value: 'x', position: { start: { line: 0, column: 1 }, end: { line: 1, column: 2 } } };
    expect(plainHast(node)).toStrictEqual(viaToHast(node));
  });

  it.each([
    ['column 0', { line: 1, column: 0 }],
    ['no line', { column: 1 }],
    ['no column', { line: 1 }],
    ['offset -1', { line: 1, column: 1, offset: -1 }],
    ['offset 0', { line: 1, column: 1, offset: 0 }],
    ['no offset', { line: 1, column: 1 }],
  ])('copies a start point with %s as toHast does', (_name, start) => {
    const node = { type: 'text', value: 'x', position: { start, end: { line: 1, column: 2, offset: 1 } } } as PhrasingContent;
    expect(plainHast(node)).toStrictEqual(viaToHast(node));
  });
});

describe('trimLines', () => {
  it.each(['a', ' a ', 'a \n b', 'a\t\r\n\tb \r c ', '\n\n', ' x \n'])('trims as trim-lines does: %j', (value) => {
    expect(trimLines(value)).toBe((viaToHast({ type: 'text', value }) as { value: string }).value);
  });
});
