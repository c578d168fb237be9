import { describe, expect, it } from 'vitest';
import { describeInvalidJson, parseExampleJson } from '../../generator/model/example-json.js';
import type { CodeBlock } from '../../generator/parse/types.js';
import { parseSnippet } from '../helpers/snippet.js';

const codes = (text: string): CodeBlock[] => parseSnippet(text).blocks.filter((b): b is CodeBlock => b.kind === 'code');

describe('several JSON values in one code block', () => {
  it('splits values on their own lines into examples, each with its line and the comment before it as caption', () => {
    const blocks = codes('```json\n// 允许发言\n{\n  "a": 1\n}\n// 禁止发言\n{\n  "a": 2\n}\n```\n');
    expect(blocks.map((b) => [b.text, b.line, b.caption])).toEqual([
      ['{\n  "a": 1\n}', 3, '允许发言'],
      ['{\n  "a": 2\n}', 7, '禁止发言'],
    ]);
  });

  it('splits squashed values on one line', () => {
    const blocks = codes('```\n{"a":1}{"b":[1,2]} [3]\n```\n');
    expect(blocks.map((b) => [b.text, b.line])).toEqual([
      ['{"a":1}', 2],
      ['{"b":[1,2]}', 2],
      ['[3]', 2],
    ]);
  });

  it('leaves one value alone, even broken or with braces inside strings and comments', () => {
    expect(codes('```json\n{ "a": "}{", // }{\n  "b": 1 }\n```\n')).toHaveLength(1);
    expect(codes('```json\n{ "a": 1 }\n}\n```\n')).toHaveLength(1);
    expect(codes('```json\n{ "a": 1,\n```\n')).toHaveLength(1);
  });

  it('does not split code that is not JSON', () => {
    expect(codes('```java\n{ a(); }\n{ b(); }\n```\n')).toHaveLength(1);
  });
});

describe('invalid JSON examples: a lenient reading and an accurate finding', () => {
  it('reads past // and # comments and trailing commas, and names each with its first place', () => {
    const parsed = parseExampleJson('{\n  "a": 1, // one\n  "b": "x#y", # two\n  "c": [1,],\n  "d": 2 // three\n}');
    expect(parsed.value).toBeUndefined();
    expect(parsed.repaired).toEqual({ a: 1, b: 'x#y', c: [1], d: 2 });
    expect(parsed.broken).toBeUndefined();
    expect(parsed.defects?.map((d) => [d.kind, d.line, d.column])).toEqual([
      ['line-comment', 2, 11],
      ['hash-comment', 3, 15],
      ['trailing-comma', 4, 10],
      ['line-comment', 5, 10],
    ]);
    expect(parsed.error).toMatchObject({ line: 2, column: 11 });
    expect(describeInvalidJson(parsed, 10)).toBe(
      'The example is not valid JSON: 2 // comments (first at line 12, column 11), a # comment (line 13, column 15), a trailing comma (line 14, column 10); read leniently, the example still serves inference and checks.',
    );
  });

  it('reads a comment glued to a value ("1670574414123"//毫秒)', () => {
    const parsed = parseExampleJson('{"t":"1670574414123"//毫秒\n}');
    expect(parsed.repaired).toEqual({ t: '1670574414123' });
    expect(parsed.defects?.map((d) => d.kind)).toEqual(['line-comment']);
  });

  it('says when a break remains that no lenient reading undoes', () => {
    const parsed = parseExampleJson('{\n  "a": "x，\n  "b": 1,\n}');
    expect(parsed.broken).toBeDefined();
    expect(describeInvalidJson(parsed, 0)).toMatch(/^The example is not valid JSON: .*\(line 2, column \d+\); a trailing comma \(line 3, column 9\); the example is read as far as it parses/);
  });

  it('leaves valid JSON alone', () => {
    expect(parseExampleJson('{"a":[1,2]}')).toEqual({ value: { a: [1, 2] } });
  });
});
