import type { Element, Root } from 'hast';
import type { PhrasingContent } from 'mdast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { htmlFragment, inlineHast } from '../../generator/parse/inline-hast.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const html = (value: string): PhrasingContent => ({ type: 'html', value });
const tags = (root: Root): string[] => {
  const out: string[] = [];
  const walk = (nodes: Root['children'] | Element['children']): void => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      out.push(n.tagName);
      walk(n.children);
    }
  };
  walk(root.children);
  return out;
};

describe('inlineHast', () => {
  it('keeps a link target as written, not percent-encoded', () => {
    const root = inlineHast([{ type: 'link', url: '#查询 事件', children: [text('see')] }]);
    const a = root.children[0] as Element;
    expect(a).toMatchObject({ type: 'element', tagName: 'a', properties: { href: '#查询 事件' } });
    expect(a.children).toEqual([expect.objectContaining({ type: 'text', value: 'see' })]);
  });

  it('parses raw HTML among the nodes as one tree, also when it is nested in another node', () => {
    expect(tags(inlineHast([html('<ul><li>'), { type: 'inlineCode', value: '1' }, html('</li></ul>')]))).toEqual(['ul', 'li', 'code']);
    expect(tags(inlineHast([{ type: 'strong', children: [html('<br>')] }]))).toEqual(['strong', 'br']);
    expect(tags(inlineHast([{ type: 'strong', children: [text('a'), html('<br>')] }]))).toEqual(['strong', 'br']);
  });

  it('leaves nodes without HTML as they are (no raw nodes to parse)', () => {
    const root = inlineHast([{ type: 'emphasis', children: [text('a')] }, text('b')]);
    expect(tags(root)).toEqual(['em']);
    expect(root.children[1]).toMatchObject({ type: 'text', value: 'b' });
  });
});

describe('htmlFragment', () => {
  it('reads a fragment the way a browser does: implied rows, stray end tags ignored', () => {
    expect(tags(htmlFragment('<table><td>x</td></table></thead>'))).toEqual(['table', 'tbody', 'tr', 'td']);
    expect(htmlFragment('<p>a</p>').children).toHaveLength(1);
  });
});

describe('a generic type written in a cell (List<String>)', () => {
  const cellText = (nodes: PhrasingContent[]): string => toText(inlineHast(nodes));

  it('keeps a tag that is no HTML element, right after a word, as its text', () => {
    expect(cellText([text('List'), html('<String>')])).toBe('List<String>');
    expect(cellText([text('Array'), html('<Object>'), text(' 列表')])).toBe('Array<Object> 列表');
  });

  it('still reads HTML elements, and a tag that opens the text (a component), as HTML', () => {
    expect(tags(inlineHast([text('a'), html('<br>'), text('b')]))).toEqual(['br']);
    expect(tags(inlineHast([text('one'), html('<li>'), text('two')]))).toEqual(['li']);
    expect(cellText([text('List'), html('<string>')])).toBe('List<string>');
    expect(tags(inlineHast([html('<Note>'), text('x'), html('</Note>')]))).toEqual(['note']);
  });
});
