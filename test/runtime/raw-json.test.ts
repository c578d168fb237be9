import { describe, expect, it } from 'vitest';
import { duplicateKeys, illFormedAt } from '../../generator/runtime/raw-json.js';
import { parseBody } from '../../generator/runtime/validate.js';

describe('duplicate keys in raw JSON', () => {
  it('finds a key given twice at any depth, with its JSON pointer and both positions', () => {
    const text = '{"EventType":"X",\n "EventData":{"a":1,"b":[{"c":1,"c":2}],"a":"s"},\n "EventType":"Y"}';
    expect(duplicateKeys(text).map((d) => [d.path, d.first.line, d.first.column, d.second.line, d.second.column])).toEqual([
      ['/EventData/b/0/c', 2, 27, 2, 33],
      ['/EventData/a', 2, 15, 2, 41],
      ['/EventType', 1, 2, 3, 2],
    ]);
  });

  it('leaves alone equal keys in different objects, keys inside string values, and escaped spellings it must compare decoded', () => {
    expect(duplicateKeys('{"a":{"x":1},"b":{"x":1},"s":"\\"a\\":1, \\"a\\":2"}')).toEqual([]);
    expect(duplicateKeys('{"a":1,"\\u0061":2}').map((d) => d.path)).toEqual(['/a']);
    expect(duplicateKeys('[{"k":1},{"k":2}]')).toEqual([]);
  });

  it('escapes / and ~ in the pointer', () => {
    expect(duplicateKeys('{"*/x":{"~":1,"~":2}}').map((d) => d.path)).toEqual(['/*~1x/~0']);
  });

  it('walks 100,000 levels without recursion', () => {
    const deep = `${'['.repeat(100_000)}{"a":1,"a":2}${']'.repeat(100_000)}`;
    expect(duplicateKeys(deep)).toHaveLength(1);
  });
});

describe('well-formed text', () => {
  it('finds a lone surrogate and accepts a pair', () => {
    expect(illFormedAt('ab\ud800c')).toBe(2);
    expect(illFormedAt('x\udc00')).toBe(1);
    expect(illFormedAt('a\ud83d\ude00b')).toBe(-1);
  });
});

describe('validateCallback(rawString) sees what JSON.parse hides', () => {
  it('rejects a body that gives the discriminator twice, naming both places', () => {
    const result = parseBody('{"EventType":"NoSuchEvent","EventData":{},"EventType":"Started"}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.path, e.keyword])).toEqual([['/EventType', 'duplicateKey']]);
    expect(!result.ok && result.errors[0].message).toMatch(/line 1, column 2 and line 1, column 43/);
  });

  it('rejects text that is not well-formed (bytes that were not UTF-8)', () => {
    const result = parseBody('{"a":"\ud800"}');
    expect(!result.ok && result.errors.map((e) => e.keyword)).toEqual(['utf8']);
  });

  it('accepts a clean body as before', () => {
    expect(parseBody('{"a":1,"b":{"a":2}}')).toEqual({ ok: true, value: { a: 1, b: { a: 2 } } });
  });
});
