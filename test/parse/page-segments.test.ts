import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../generator/config/limits.js';
import { readMarkdown } from '../../generator/parse/markdown.js';
import { cutSegments } from '../../generator/parse/page-segments.js';
import type { ParsedDoc } from '../../generator/parse/types.js';
import { snippetDoc } from '../helpers/snippet.js';

/** The page read whole and read in segments as small as the safe cuts allow. */
const both = (text: string, sizes: { segmentChars?: number; sliceRows?: number } = {}): { whole: ParsedDoc; parts: ParsedDoc } => ({
  whole: readMarkdown(snippetDoc(text), DEFAULT_LIMITS, { sliceRows: Infinity, segmentChars: Infinity }),
  parts: readMarkdown(snippetDoc(text), DEFAULT_LIMITS, { segmentChars: 1, ...sizes }),
});
const cuts = (text: string): number[] => cutSegments(text.split('\n'), 1).map((s) => s.from);
const event = (n: number): string => `### Event${n}\n\n**EventType**\n\n\`Event${n}\`\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| RoomId | Integer | 房间号 [见](#e${n}) |\n| UserId | String | 用户 |\n\n`;

describe('a long page parsed in segments', () => {
  it('cuts before column-0 headings and table headers after a blank line, and reads the same blocks, lines and findings', () => {
    const text = `前言\n\n${event(1)}${event(2)}| a | b |\n| - | - |\n| 1 | 2 | 3 |\n\n${event(3)}`;
    expect(cuts(text)).toEqual([0, 2, 8, 13, 19, 24, 28, 34]);
    const { whole, parts } = both(text);
    expect(parts.blocks.filter((b) => b.kind === 'table')).toHaveLength(4);
    expect(parts.diagnostics.map((d) => [d.code, d.line])).toEqual([['table-row-cell-count', 27]]);
    expect(parts).toEqual(whole);
  });

  it('never cuts inside fenced code, <pre>, comments or an HTML table, and reads them as a whole parse does', () => {
    const text = [
      '# A', '', '```md', '', '# not a heading', '', '```', '',
      '# B', '', '<pre>', '', '# inside pre', '', '</pre>', '',
      '# C', '', '<!--', '', '# in a comment', '', '-->', '',
      '# D', '', '<table><tr><td>', '', '# in a cell', '', '</td></tr></table>', '',
      '# E', '',
    ].join('\n');
    expect(cuts(text)).toEqual([0, 8, 16, 24, 32]);
    const { whole, parts } = both(text);
    expect(parts).toEqual(whole);
  });

  it('resolves references and footnotes defined in another segment, the first definition winning', () => {
    const text = `# A\n\n见 [甲][x] 和[^n]\n\n| a | b |\n| - | - |\n| [乙][y] | [丙][x] |\n\n# B\n\n[x]: https://first\n[y]: https://y\n\n# C\n\n[x]: https://second\n\n[^n]: 注\n`;
    expect(cuts(text).length).toBeGreaterThan(2);
    const { whole, parts } = both(text);
    expect(parts).toEqual(whole);
  });

  it('reads a list, a quote and indented code before a cut as a whole parse does', () => {
    const text = `- a\n- b\n\n  继续\n\n# H\n\n> 引用\n继续\n\n## I\n\n    code\n\n### J\n`;
    const { whole, parts } = both(text);
    expect(parts).toEqual(whole);
  });

  it('reads a long table sliced inside a segmented page as a whole parse does', () => {
    const rows = Array.from({ length: 7 }, (_, i) => `| F${i} | String | [x][r] 第 ${i} 个 |`).join('\n');
    const text = `# A\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n${rows}\n尾行\n\n# B\n\n[r]: https://r\n`;
    const { whole, parts } = both(text, { sliceRows: 2 });
    expect(parts).toEqual(whole);
  });

  it('falls back to a whole parse when a cut falls inside a block remark keeps open', () => {
    // the scan takes the list item's fence for one at the root, and so cuts inside the real fence below
    const text = '- a\n\n  ```\n\n# H1\n\n```\n\n# H2 in code\n\n```\n';
    expect(cuts(text)).toContain(8);
    const { whole, parts } = both(text);
    expect(whole.blocks.map((b) => b.kind)).toEqual(['paragraph', 'code', 'heading', 'code']);
    expect(parts).toEqual(whole);
  });

  it('falls back when an HTML table with a blank line inside runs past a cut the scan took as safe', () => {
    // the scan closes the outer table at the nested table's end tag; remark's nodes are read as one HTML table
    const text = '# A\n\n<table><tr><td><table><tr><td>x</td></tr></table>\n\n# in a cell\n\n</td></tr></table>\n';
    expect(cuts(text)).toContain(4);
    const { whole, parts } = both(text);
    expect(parts).toEqual(whole);
  });
});
