import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { parseSkippingFences, topLevelFences } from '../../generator/parse/fence-skip.js';

const processor = unified().use(remarkParse).use(remarkGfm);

/** parseSkippingFences with remark, and every text remark was given. */
function skipping(markdown: string): { tree: Root; parsed: string[] } {
  const parsed: string[] = [];
  const tree = parseSkippingFences(markdown, (text) => {
    parsed.push(text);
    return processor.parse(text);
  });
  return { tree, parsed };
}

describe('parseSkippingFences', () => {
  // each of these has a fence the scan empties: remark parses the emptied text once, and the tree is the same
  it.each([
    ['a fence with an info string', '# Title\n\nSee:\n\n```json title="x"\n{\n  "a": 1,\n  "b": [1, 2]\n}\n```\n\nafter *this* [link](http://x.y)\n'],
    ['a tilde fence with a longer closing fence', 'para\n~~~ python extra\ndef f():\n    return "~~"\n~~~~~\ntext'],
    ['a fence right after a paragraph line', 'lead in\n```\nbody line\n```\nfollow'],
    ['a closing fence indented and followed by spaces', '```\nx\n   ```  \n\n| a | b |\n| - | - |\n| 1 | 2 |'],
    ['body lines with tabs, CJK and emoji, blank lines and trailing spaces', '```text\n\ta\t b  \n\n中文 🎉 `x`\n\n```\n\n中文段落 **强** ok'],
    ['a body that looks like Markdown: headings, tables, lists, HTML, a setext underline', '```md\n# not a heading\n| a | b |\n| - | - |\n- item\n<div>\n===\n[x]: /not-a-definition\n```\n\n[x]\n\n- list\n  - nested'],
    ['a body holding a fence of the other character', '````\n~~~\ninner\n~~~\n````\nend'],
    ['several fences and a definition used after them', '```\na\n```\n\n[ref]\n\n~~~\nb\n~~~\n\n[ref]: https://example.com "T"\n\n```\nc\n```'],
    ['a fence in a list item and one at the top level', '- item\n\n  ```\n  in list\n  ```\n\n```\ntop\n```\n'],
    ['a fence after a blockquote', '> quoted\n```\ncode\n```\n> again'],
    ['a page ending on the closing fence', 'x\n\n```\nlast\n```'],
    ['a fence between table rows and an HTML block', '| a |\n| - |\n| 1 |\n```\nz\n```\n<table><tr><td>x</td></tr></table>'],
  ])('gives the tree remark gives: %s', (_name, markdown) => {
    const { tree, parsed } = skipping(markdown);
    expect(tree).toStrictEqual(processor.parse(markdown));
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).not.toBe(markdown);
    expect(parsed[0].split('\n')).toHaveLength(markdown.split('\n').length);
  });

  // the scan cannot be sure of these: remark reads the text as it is
  it.each([
    ['an unclosed fence', 'para\n\n```\nnever closed\n\nrest'],
    ['an indented fence (its body lines lose the indent)', '  ```\n  a\n   b\n  ```'],
    ['a body holding a fence-like line of the same character', '```\n  ```js\ninner\n```'],
    ['a body holding an indented fence of the same character', '~~~\n\t~~~\n~~~'],
    ['a backtick line whose info string holds a backtick (inline code)', '```a`b\nnot code\n```'],
    ['no body', '```\n```'],
    ['a shorter backtick run inside a longer fence', '````js\n```\n````\n\ntail'],
    ['a fence inside an unclosed outer fence of more backticks', '````\n```\nbody\n```\n'],
    ['a lone CR', '```\na\rb\n```'],
  ])('parses the text as it is: %s', (_name, markdown) => {
    const { tree, parsed } = skipping(markdown);
    expect(tree).toStrictEqual(processor.parse(markdown));
    expect(parsed).toEqual([markdown]);
  });

  // the scan takes these for top-level fences, remark does not: the check sees it and parses again
  it.each([
    ['a fence inside an HTML block', '<div>\n```\n\nx\n```\n</div>'],
    ['a fence inside an HTML comment', '<!--\n```\nbody\n```\n-->\ntext'],
  ])('parses again when remark reads the fence otherwise: %s', (_name, markdown) => {
    const { tree, parsed } = skipping(markdown);
    expect(tree).toStrictEqual(processor.parse(markdown));
    expect(parsed.at(-1)).toBe(markdown);
  });
});

describe('topLevelFences', () => {
  it('finds closed column-0 fences with a body, by 0-based line', () => {
    expect(topLevelFences(['a', '```js', 'x', '```', '', '~~~', 'y', 'z', '~~~~', '```', '```'])).toEqual([
      { open: 1, close: 3 },
      { open: 5, close: 8 },
    ]);
  });

  it('stops at a fence that is never closed', () => {
    expect(topLevelFences(['```', 'a', '```', '~~~', 'b', '```', 'c'])).toEqual([{ open: 0, close: 2 }]);
  });

  it('closes only on the same character, at least as long, with nothing after it', () => {
    expect(topLevelFences(['````', '```', '~~~~', '````x', '````'])).toEqual([]);
    expect(topLevelFences(['~~~', '```', '~~', '~~~ \t', 'after'])).toEqual([{ open: 0, close: 3 }]);
  });
});
