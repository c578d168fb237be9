import { describe, expect, it } from 'vitest';
import { firstTooDeep, lineColumnAt } from '../../generator/parse/json-depth.js';
import { Token, endOfLine, jsonTokens } from '../../generator/parse/json-tokens.js';
import { topLevelValues } from '../../generator/parse/json-values.js';

describe('jsonTokens', () => {
  it('lists the tokens with offset and length, leaving out whitespace and line breaks but not comments', () => {
    const text = '{ "a#b": [1, 2] // x\n}';
    const tokens = jsonTokens(text);
    expect(tokens.map((t) => text.slice(t.offset, t.offset + t.length))).toEqual(['{', '"a#b"', ':', '[', '1', ',', '2', ']', '// x', '}']);
    expect(tokens[0]).toEqual({ kind: Token.OpenBrace, offset: 0, length: 1 });
    expect(tokens.map((t) => t.kind)).toContain(Token.LineComment);
    expect(tokens.map((t) => t.kind)).not.toContain(Token.LineBreak);
    expect(tokens.map((t) => t.kind)).not.toContain(Token.Trivia);
  });

  it('gives no token for an empty or blank text', () => {
    expect(jsonTokens('')).toEqual([]);
    expect(jsonTokens(' \n\t')).toEqual([]);
  });

  it('endOfLine: the offset of the next line break, or the end of the text', () => {
    expect(endOfLine('ab\ncd', 0)).toBe(2);
    expect(endOfLine('ab\ncd', 2)).toBe(2);
    expect(endOfLine('ab\ncd', 3)).toBe(5);
  });
});

describe('firstTooDeep', () => {
  it('is the offset of the bracket opening one level past the limit', () => {
    expect(firstTooDeep('[[1]]', 2)).toBeUndefined();
    expect(firstTooDeep('[[[1]]]', 2)).toBe(2);
    expect(firstTooDeep('{"a": {"b": [1]}}', 2)).toBe(12);
    expect(firstTooDeep('{', 0)).toBe(0);
  });

  it('counts closed levels back down, and never below zero', () => {
    expect(firstTooDeep('[1] [2] [3]', 1)).toBeUndefined();
    expect(firstTooDeep('{} {}', 1)).toBeUndefined();
    // stray closers do not buy extra depth for later values
    expect(firstTooDeep(']]]] [[1]]', 1)).toBe(6);
    expect(firstTooDeep('}}}} {{1}}', 1)).toBe(6);
  });

  it('skips brackets inside strings, escaped quotes included', () => {
    expect(firstTooDeep('["[[[[", "\\"[[[["]', 1)).toBeUndefined();
    expect(firstTooDeep('"\\\\" [[1]]', 1)).toBe(6);
    expect(firstTooDeep('"a" [[1]]', 1)).toBe(5);
  });
});

describe('lineColumnAt', () => {
  it('is 1-based, counting line breaks before the offset', () => {
    expect(lineColumnAt('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd\nef', 1)).toEqual({ line: 1, column: 2 });
    expect(lineColumnAt('ab\ncd\nef', 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumnAt('ab\ncd\nef', 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumnAt('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
  });

  it('stops at the end of the text for an offset past it', () => {
    expect(lineColumnAt('a\n', 10)).toEqual({ line: 2, column: 9 });
  });
});

describe('topLevelValues', () => {
  const values = (text: string): string[] | undefined => topLevelValues(text)?.map((s) => text.slice(s.start, s.end));

  it('lists each top-level object or array, nested brackets included', () => {
    expect(values('{"a":[1,{"b":2}]} [3,[4]]')).toEqual(['{"a":[1,{"b":2}]}', '[3,[4]]']);
    expect(values('')).toEqual([]);
  });

  it('keeps the text before each value, since the previous one', () => {
    expect(topLevelValues('// one\n{}\n// two\n[]')?.map((s) => s.before)).toEqual(['// one\n', '\n// two\n']);
  });

  it('runs an unclosed last value to the end of the text', () => {
    expect(values('{} {"a": [1')).toEqual(['{}', '{"a": [1']);
  });

  it('gives up on a stray closer at the top', () => {
    expect(values('{} ]')).toBeUndefined();
    expect(values('} {}')).toBeUndefined();
  });

  it('accepts separators, comments and short label lines between values, but no other text', () => {
    expect(values('{}, {};\n{}')).toHaveLength(3);
    expect(values('{}\n# two\n{}')).toHaveLength(2);
    expect(values('{}\n/* two */\n{}')).toHaveLength(2);
    expect(values('{}\n允许发言:\n{}')).toHaveLength(2);
    expect(values('{}\nfirst line\nsecond line\n{}')).toHaveLength(2);
    expect(values('{}\none\ntwo\nthree\n{}')).toBeUndefined();
    expect(values(`{}\n${'x'.repeat(60)}\n{}`)).toHaveLength(2);
    expect(values(`{}\n${'x'.repeat(61)}\n{}`)).toBeUndefined();
    expect(values('{}\n"a": 1\n{}')).toBeUndefined();
    expect(values('{}\nx ] y\n{}')).toBeUndefined();
    expect(values('{}\n1\n{}')).toHaveLength(2);
    expect(values('"a" {}')).toBeUndefined();
    // blank lines and lone commas do not count as label lines; separators alone never make text
    expect(values('{}\n\nfirst\n\nsecond\n\n{}')).toHaveLength(2);
    expect(values('{}\n,\none\ntwo\n{}')).toHaveLength(2);
    expect(values('{}\n;\n;\n;\n{}')).toHaveLength(2);
    // every line must be a comment or a short plain line, and a comment starts its line
    expect(values('{}\n// c\n"x": 1\n{}')).toBeUndefined();
    expect(values('{}\nsay "hi" // z\n{}')).toBeUndefined();
  });
});
