import { describe, expect, it } from 'vitest';
import { MAX_EXAMPLE_DEPTH, describeInvalidJson, parseExampleBlock, parseExampleJson } from '../../generator/model/example-json.js';
import { MAX_EXAMPLE_DEPTH_CEILING } from '../../generator/config/limits.js';

// Reading an example: strict JSON first, then what makes it invalid, each break in words.
const message = (text: string): string | undefined => parseExampleJson(text).error?.message;

describe('parseExampleJson: the depth limit', () => {
  it('a text nesting deeper than the limit is not read, and says where it goes too deep', () => {
    expect(parseExampleJson('[\n [[1]]]', 2)).toEqual({ error: { message: 'the example nests deeper than 2 levels', offset: 4, line: 2, column: 3, limit: 'depth' } });
    expect(parseExampleJson('[[1]]', 2)).toEqual({ value: [[1]] });
  });
  it('is the configured ceiling by default', () => {
    expect(MAX_EXAMPLE_DEPTH).toBe(MAX_EXAMPLE_DEPTH_CEILING);
    expect(parseExampleJson('['.repeat(MAX_EXAMPLE_DEPTH) + ']'.repeat(MAX_EXAMPLE_DEPTH)).value).toBeDefined();
    expect(parseExampleJson('['.repeat(MAX_EXAMPLE_DEPTH + 1) + ']'.repeat(MAX_EXAMPLE_DEPTH + 1)).error?.limit).toBe('depth');
  });
});

describe('parseExampleBlock', () => {
  it('a block the parse stage found over a limit is never read', () => {
    const overLimit = { limit: 'bytes' as const, message: 'too big', offset: 0, line: 1, column: 1 };
    const parsed = parseExampleBlock({ kind: 'code', lang: 'json', text: '{"a": 1}', line: 3, overLimit });
    expect(parsed).toEqual({ error: overLimit });
    expect(parsed.error).not.toBe(overLimit);
    expect(parseExampleBlock({ kind: 'code', lang: 'json', text: '{"a": 1}', line: 3 })).toEqual({ value: { a: 1 } });
  });
});

describe('parseExampleJson: the lenient habits', () => {
  it('/* */ comments, one or several', () => {
    expect(parseExampleJson('{"a": 1 /* c */}')).toEqual({
      error: { message: 'a /* */ comment', offset: 8, line: 1, column: 9 },
      defects: [{ kind: 'block-comment', offset: 8, line: 1, column: 9 }],
      repaired: { a: 1 },
    });
    expect(message('{"a": 1 /* c */, /* d */ "b": 2}')).toBe('2 /* */ comments');
  });
  it('a # comment runs to the end of its line only, and a # in a string is text', () => {
    expect(parseExampleJson('[1, # c ]\n2]')).toMatchObject({ repaired: [1, 2], defects: [{ kind: 'hash-comment', line: 1, column: 5 }] });
    expect(parseExampleJson('{"a":"x"}#')).toMatchObject({ repaired: { a: 'x' }, error: { message: 'a # comment', line: 1, column: 10 } });
    expect(parseExampleJson('[1, # a\n # b\n2]').defects?.map((d) => [d.kind, d.line])).toEqual([['hash-comment', 1], ['hash-comment', 2]]);
    expect(parseExampleJson('["#", 1,]').defects?.map((d) => d.kind)).toEqual(['trailing-comma']);
  });
  it('a trailing comma is one before a closing brace or bracket, not before a comment', () => {
    expect(parseExampleJson('{"a": 1, /* c */}').defects?.map((d) => [d.kind, d.column])).toEqual([['trailing-comma', 8], ['block-comment', 10]]);
    expect(parseExampleJson('[1,]').defects?.map((d) => d.kind)).toEqual(['trailing-comma']);
    expect(message('{"a": 1, # c\n}')).toBe('a trailing comma, a # comment');
  });
  it('an elision (`...`, `…`) where a member or an element would be: read past, with its comma', () => {
    expect(parseExampleJson('{"a": 1,\n  ...\n}')).toEqual({
      error: { message: 'an elision (...)', offset: 11, line: 2, column: 3 },
      defects: [{ kind: 'elision', offset: 11, line: 2, column: 3 }],
      repaired: { a: 1 },
    });
    expect(parseExampleJson('{"a": 1, ..., "b": 2}')).toMatchObject({ repaired: { a: 1, b: 2 }, defects: [{ kind: 'elision' }] });
    expect(parseExampleJson('[1, …]')).toMatchObject({ repaired: [1], defects: [{ kind: 'elision' }] });
    expect(parseExampleJson('[...]')).toMatchObject({ repaired: [], defects: [{ kind: 'elision' }] });
    // in a string it is text; as a value it is a break, not an elision
    expect(parseExampleJson('{"a": "..."}')).toEqual({ value: { a: '...' } });
    expect(parseExampleJson('{"a": ...}').defects).toBeUndefined();
  });
  it('habits are listed in the order they occur', () => {
    expect(message('[1] // c\n#x')).toBe('a // comment, a # comment');
    expect(parseExampleJson('[1] // c\n#x').defects?.map((d) => [d.kind, d.line, d.column])).toEqual([['line-comment', 1, 5], ['hash-comment', 2, 1]]);
  });
});

describe('parseExampleJson: breaks no lenient reading undoes', () => {
  it.each([
    ['{"a" 1}', 'a colon is missing', 6],
    ['{"a": "x\n"}', 'a string is not closed before the end of the line', 7],
    ['{"a": 1} x', 'unexpected character "x"', 10],
    ['{"a": }', 'a value is expected (a missing value?)', 7],
    ['{"a": [1}', 'a comma is missing', 9],
    ['{"a": {"b": 1}', 'a closing brace is missing', 15],
    ['[1', 'a closing bracket is missing', 3],
    ['{1: 2}', 'a property name is expected', 2],
    ['{} {}', 'text follows the end of the JSON value', 4],
    ['{"a": "x\ty"}', 'invalid character "\\"x\\ty\\"}"', 7],
    ['"\\u12"', 'invalid unicode escape', 1],
    ['"\\q"', 'invalid escape character', 1],
    ['[1e]', 'UnexpectedEndOfNumber', 2],
    ['{"a": tru}', 'unexpected character "tru}"', 7],
    ['{"a": "abcdefghijklmnop}', 'a string is not closed before the end of the line', 7],
  ])('%j: %s', (text, words, column) => {
    const parsed = parseExampleJson(text);
    expect(parsed.broken).toMatchObject({ message: words, line: 1, column });
    expect(parsed.error).toEqual(parsed.broken);
    expect(parsed).not.toHaveProperty('defects');
    expect(parsed).not.toHaveProperty('value');
  });
  it('quotes at most 12 characters of the text near an unexpected character', () => {
    expect(message('[@abcdefghijklmnop]')).toBe('unexpected character "@abcdefghijk"');
  });
  it('an unclosed comment is a habit and a break', () => {
    expect(parseExampleJson('{"a": 1 /* c')).toMatchObject({ error: { message: 'a /* */ comment' }, broken: { message: 'a comment is not closed', column: 9 }, repaired: { a: 1 } });
  });
  it('the first of a habit and a break is the error; a habit at the same place as a break wins', () => {
    expect(parseExampleJson('{"a" 1, // c\n}')).toMatchObject({ error: { message: 'a colon is missing', column: 6 }, broken: { message: 'a colon is missing' } });
    expect(parseExampleJson('{,}')).toMatchObject({ error: { message: 'a trailing comma', column: 2 }, broken: { message: 'a value is expected (a missing value?)', column: 2 } });
    expect(parseExampleJson('[1,] x')).toMatchObject({ error: { message: 'a trailing comma', column: 3 }, broken: { column: 6 } });
  });
  it('an empty text is a missing value, with nothing repaired', () => {
    const parsed = parseExampleJson('');
    expect(parsed.error).toMatchObject({ message: 'a value is expected (a missing value?)', line: 1, column: 1 });
    expect(parsed.repaired).toBeUndefined();
  });
});

describe('describeInvalidJson', () => {
  it('names each habit once with its count and first place in the file, and whether the reading is whole', () => {
    const parsed = parseExampleJson('{\n "a": 1, /* x */\n "b": [1,], /* y */\n}');
    expect(describeInvalidJson(parsed, 10)).toBe('The example is not valid JSON: 2 /* */ comments (first at line 12, column 10), 2 trailing commas (first at line 13, column 9); read leniently, the example still serves inference and checks.');
  });
  it('a break after the habits comes after them, one before them first, at its file line', () => {
    expect(describeInvalidJson(parseExampleJson('[1,]\n x'), 4)).toBe('The example is not valid JSON: a trailing comma (line 5, column 3); unexpected character "x" (line 6, column 2); the example is read as far as it parses, for inference and checks.');
    expect(describeInvalidJson(parseExampleJson('{"a" 1, // c\n}'), 0)).toBe('The example is not valid JSON: a colon is missing (line 1, column 6); a trailing comma (line 1, column 7), a // comment (line 1, column 9); the example is read as far as it parses, for inference and checks.');
    expect(describeInvalidJson(parseExampleJson('{,}'), 0)).toBe('The example is not valid JSON: a trailing comma (line 1, column 2); a value is expected (a missing value?) (line 1, column 2); the example is read as far as it parses, for inference and checks.');
  });
  it('with neither habits nor a break, the error itself at its file line', () => {
    expect(describeInvalidJson({ error: { message: 'odd', offset: 0, line: 2, column: 3 } }, 5)).toBe('The example is not valid JSON: odd (line 7, column 3); read leniently, the example still serves inference and checks.');
    expect(describeInvalidJson({ defects: [], error: { message: 'odd', offset: 0, line: 1, column: 1 } }, 0)).toBe('The example is not valid JSON: odd (line 1, column 1); read leniently, the example still serves inference and checks.');
  });
});
