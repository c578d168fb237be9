import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { definitionLabels } from '../../generator/parse/definition-labels.js';
import { shiftPositions } from '../../generator/parse/mdast-positions.js';
import { cutSegments } from '../../generator/parse/page-segments.js';
import { scanPipeTables } from '../../generator/parse/pipe-table-scan.js';

const processor = unified().use(remarkParse).use(remarkGfm);
const parse = (text: string): Root => processor.parse(text);
const scan = (...lines: string[]) => scanPipeTables(lines);
const cuts = (text: string, maxChars = 1) => cutSegments(text.split('\n'), maxChars).map((s) => [s.from, s.to, s.cut ?? '']);

describe('scanPipeTables', () => {
  it('finds a header line with a pipe over a delimiter row, and the rows holding a pipe after it', () => {
    expect(scan('| a |', '|---|', '| 1 |', '| 2 |')).toEqual([{ header: 0, end: 4 }]);
    expect(scan('a | b', '--- | ---', '1 | 2', '', 'x')).toEqual([{ header: 0, end: 3 }]);
    expect(scan('| a |', '| :-: |', '| 1 |', 'no pipe', '| 2 |')).toEqual([{ header: 0, end: 3 }]);
    expect(scan('x', '| a |', '| - |', '', '| b |', '| :-- |')).toEqual([
      { header: 1, end: 3 },
      { header: 4, end: 6 },
    ]);
  });

  it('needs a delimiter row with a dash, indented at most 3 spaces, and a header line with a pipe', () => {
    expect(scan('| a |', '|    |', '| 1 |')).toEqual([]);
    expect(scan('| a |', '    | - |', '| 1 |')).toEqual([]);
    expect(scan('| a |', '   | - |', '| 1 |')).toEqual([{ header: 0, end: 3 }]);
    expect(scan('a', '| - |')).toEqual([]);
    expect(scan('| a |')).toEqual([]);
    expect(scan('| a | b |', '| - | - | extra', '| 1 |')).toEqual([]);
  });

  it('skips fenced code: a fence closes only with its own character, at least as long', () => {
    expect(scan('```', '| a |', '| - |', '```', '| b |', '| - |')).toEqual([{ header: 4, end: 6 }]);
    expect(scan('````', '```', '| a |', '| - |', '````', '| b |', '| - |')).toEqual([{ header: 5, end: 7 }]);
    expect(scan('~~~', '```', '| a |', '| - |', '~~~', '| b |', '| - |')).toEqual([{ header: 5, end: 7 }]);
    expect(scan('   ```', '| a |', '| - |', '    ```', '| b |', '| - |')).toEqual([]);
  });
});

describe('cutSegments', () => {
  it('cuts before a column-0 ATX heading after a blank line, one segment per heading at the smallest size', () => {
    expect(cuts('# A\n\n# B\n\n## C\n#D\n\n####### E\n\n###### F')).toEqual([
      [0, 2, 'heading'],
      [2, 4, 'heading'],
      [4, 9, 'heading'],
      [9, 10, ''],
    ]);
  });

  it('makes each segment at least the size asked, counting line breaks', () => {
    // "aaaa\n\n" is 6 characters: the heading at line 2 is reached at size 6
    expect(cuts('aaaa\n\n# A\n\nbbbb\n\n# B\n\nc\n\n# C', 6)).toEqual([
      [0, 2, 'heading'],
      [2, 6, 'heading'],
      [6, 10, 'heading'],
      [10, 11, ''],
    ]);
    expect(cuts('aaaa\n\n# A\n\nbbbb\n\n# B', 7)).toEqual([
      [0, 6, 'heading'],
      [6, 7, ''],
    ]);
    expect(cuts('# A\n\n# B', 100)).toEqual([[0, 3, '']]);
  });

  it('cuts before a column-0 pipe-table header after a blank line, never an indented one', () => {
    expect(cuts('x\n| a |\n| - |\n\n| b |\n| - |\n\n  | c |\n  | - |')).toEqual([
      [0, 4, 'table'],
      [4, 9, ''],
    ]);
  });

  it('never cuts inside an HTML block that survives blank lines, of any kind and case', () => {
    const text = '# A\n\n<script>\n\n# s\n\n</script>\n\n# B\n\n<?php\n\n# p\n\n?>\n\n# C\n\n<![CDATA[\n\n# d\n\n]]>\n\n# D\n\n<!DOCTYPE x\n\n# e\n\n>\n\n# E';
    expect(cuts(text).map((c) => c[0])).toEqual([0, 8, 16, 24, 32]);
    expect(cuts('# A\n\n<TABLE class=x>\n\n# in\n\n</Table>\n\n# B\n\n<tablex>\n\n# C').map((c) => c[0])).toEqual([0, 8, 12]);
    expect(cuts('# A\n\n<textarea>\n\n# t\n\n</textarea>\n\n# B').map((c) => c[0])).toEqual([0, 8]);
  });

  it('follows several HTML blocks opened and closed on one line', () => {
    expect(cuts('# A\n\n<pre>x</pre> <!--\n\n# in\n\n--> <style>\n\n# st\n\n</style>\n\n# B').map((c) => c[0])).toEqual([0, 12]);
    expect(cuts('# A\n\n<pre>x</pre> <!-- y -->\n\n# B').map((c) => c[0])).toEqual([0, 4]);
  });

  it('never cuts inside fenced code, closed only by its own character at least as long', () => {
    expect(cuts('# A\n\n~~~\n\n# in\n\n```\n\n# in2\n\n~~~~\n\n# B').map((c) => c[0])).toEqual([0, 12]);
    expect(cuts('# A\n\n````\n\n# in\n\n```\n\n# in2\n\n````\n\n# B').map((c) => c[0])).toEqual([0, 12]);
    // a fence marker inside an open HTML block opens no fence
    expect(cuts('# A\n\n<!--\n```\n-->\n\n# B').map((c) => c[0])).toEqual([0, 6]);
  });
});

describe('definitionLabels', () => {
  it('lists footnote definitions first, then link definitions, each as a one-line definition', () => {
    const tree = parse('[b]: https://b\n\n[^n]: note\n\n> [Q]: https://q\n\n[^M]: m\n');
    expect(definitionLabels(tree)).toEqual(['[^n]: x', '[^M]: x', '[b]: x', '[Q]: x']);
  });

  it('uses the identifier when a definition has no label, and skips the subtrees asked', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'definition', identifier: 'id', url: 'u' },
        { type: 'footnoteDefinition', identifier: 'f', children: [] },
        { type: 'blockquote', children: [{ type: 'definition', identifier: 'inner', label: 'Inner', url: 'u' }] },
      ],
    };
    expect(definitionLabels(tree)).toEqual(['[^f]: x', '[id]: x', '[Inner]: x']);
    expect(definitionLabels(tree, (n) => n.type === 'blockquote')).toEqual(['[^f]: x', '[id]: x']);
    expect(definitionLabels(parse('no definitions'))).toEqual([]);
  });
});

describe('shiftPositions', () => {
  it('moves lines and offsets of a node and its children, keeping columns, with new point objects', () => {
    const tree = parse('a **b**');
    const paragraph = tree.children[0];
    const before = paragraph.position!.start;
    shiftPositions(paragraph, { line: 10, offset: 100 });
    expect(paragraph.position).toEqual({ start: { line: 11, column: 1, offset: 100 }, end: { line: 11, column: 8, offset: 107 } });
    expect(paragraph.position!.start).not.toBe(before);
    expect(before).toEqual({ line: 1, column: 1, offset: 0 });
    const strong = (paragraph as { children: Nodes[] }).children[1];
    expect(strong.position).toEqual({ start: { line: 11, column: 3, offset: 102 }, end: { line: 11, column: 8, offset: 107 } });
    expect((strong as { children: Nodes[] }).children[0].position?.start).toEqual({ line: 11, column: 5, offset: 104 });
  });

  it('leaves a missing offset missing, and a node without a position without one', () => {
    const node: Nodes = { type: 'paragraph', children: [{ type: 'text', value: 'x', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } }] };
    shiftPositions(node, { line: 2, offset: 5 });
    expect(node.position).toBeUndefined();
    expect(node.children[0].position).toEqual({ start: { line: 3, column: 1, offset: undefined }, end: { line: 3, column: 2, offset: undefined } });
  });
});
