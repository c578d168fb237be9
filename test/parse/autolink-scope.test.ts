import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Paragraph, Root } from 'mdast';
import { mayAutolink, scopedAutolinks, scopeTransform } from '../../generator/parse/autolink-scope.js';

const plain = unified().use(remarkParse).use(remarkGfm);
const scoped = unified().use(remarkParse).use(remarkGfm).use(scopedAutolinks);

/** The transform of the literal-autolink extension of a (frozen) processor. */
function autolinkTransform(processor: { freeze(): unknown; data(key: 'fromMarkdownExtensions'): unknown }): unknown {
  processor.freeze();
  const extensions = (processor.data('fromMarkdownExtensions') ?? []) as unknown as Array<{ enter?: Record<string, unknown>; transforms?: unknown[] }[]>;
  return extensions.flat().find((e) => e.enter && 'literalAutolink' in e.enter)?.transforms?.[0];
}

describe('scopedAutolinks', () => {
  it.each([
    ['a URL in a paragraph among plain ones', '# Title\n\nplain text\n\nsee https://example.com/a_b?x=1. now\n\nmore text'],
    ['www and an address in a table cell', '| a | b |\n| - | - |\n| www.example.com | mail ops@example.com |\n| none | none |'],
    ['mailto and xmpp', 'write mailto:a@b.co or xmpp:me@host.org/res now'],
    ['a URL inside a link stays as written', '[https://inner.example.com](https://x.y) and http://outer.example.com'],
    // remark's tokenizer links the plain spellings itself; the transform alone links these
    ['an address made by a character reference', 'plain\n\nops&#64;example.com'],
    ['a www made by a character reference', 'plain\n\nw&#119;w.example.com'],
    ['a URL with an escaped colon', 'plain\n\nhttp\\://example.com/path'],
    ['an upper-case URL with an escaped colon', 'plain\n\nHTTPS\\://EXAMPLE.COM/path'],
    ['URLs in a list and a quote', '- item https://a.example.com\n- plain\n\n> quoted www.b.example.com)'],
    ['no candidate at all', '# Only\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nplain'],
    ['an at sign that is no address', 'user@ and @mention and a@b'],
  ])('parses to the tree remark-gfm alone makes: %s', (_name, markdown) => {
    expect(scoped.parse(markdown)).toStrictEqual(plain.parse(markdown));
  });

  it('replaces the literal-autolink transform of remark-gfm', () => {
    const original = autolinkTransform(unified().use(remarkParse).use(remarkGfm));
    const replaced = autolinkTransform(unified().use(remarkParse).use(remarkGfm).use(scopedAutolinks));
    expect(typeof original).toBe('function');
    expect(typeof replaced).toBe('function');
    expect(replaced).not.toBe(original);
  });
});

describe('scopeTransform', () => {
  it('runs the transform on each top-level block that may hold an autolink, and on no other', () => {
    const tree = plain.parse('plain\n\nsee https://a.example.com\n\n# head\n\nmail a@b.example.com');
    const seen: unknown[] = [];
    scopeTransform((node) => {
      seen.push(node);
    })(tree);
    expect(seen).toEqual([tree.children[1], tree.children[3]]);
  });

  it('runs it on the whole tree when text sits straight under the root', () => {
    const tree = { type: 'root', children: [{ type: 'text', value: 'www.example.com' }] } as unknown as Root;
    const seen: unknown[] = [];
    scopeTransform((node) => {
      seen.push(node);
    })(tree);
    expect(seen).toEqual([tree]);
  });
});

describe('mayAutolink', () => {
  const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value }] }] });
  it.each([
    ['https://x.y', true],
    ['HTTP://X.Y', true],
    ['WWW.x.y', true],
    ['a@b', true],
    ['http:/x', false],
    ['www example', false],
    ['plain 文本', false],
  ])('%s nested in a paragraph: %s', (value, expected) => {
    expect(mayAutolink(paragraph(value))).toBe(expected);
  });

  it('ignores code and HTML (the transform reads text nodes only)', () => {
    expect(mayAutolink({ type: 'paragraph', children: [{ type: 'inlineCode', value: 'https://x.y' }, { type: 'html', value: '<a href="https://x.y">' }] })).toBe(false);
  });
});
