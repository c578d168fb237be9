import { describe, expect, it } from 'vitest';
import { queryKeysIn } from '../../generator/model/query-keys.js';
import type { Block } from '../../generator/parse/types.js';

const para = (text: string): Block => ({ kind: 'paragraph', text, strong: false, code: [], links: [], line: 1 });
const code = (text: string): Block => ({ kind: 'code', lang: null, text, line: 1 });
const keys = (...blocks: Block[]) => [...queryKeysIn(blocks)];

describe('queryKeysIn', () => {
  it('reads the keys of every sample URL in paragraphs and code, decoded, once each', () => {
    expect(keys(para('Call https://h.example/cb?a=1&b=$B then'), code('GET http://h/x?c&a=2&%24d=3'))).toEqual(['a', 'b', 'c', '$d']);
  });
  it('stops a URL at spaces, quotes, backticks and angle brackets', () => {
    expect(keys(para('"https://h/p?a=1" x=2'), para("'https://h/p?b=1'q=2"), para('`https://h/p?c=1`d=2'), para('<https://h/p?e=1>f=2'))).toEqual(['a', 'b', 'c', 'e']);
  });
  it('needs a scheme at a word start and a query string', () => {
    expect(keys(para('https://h/p and xhttps://h/p?a=1 and ftp://h/p?b=1 and https://h/p? c=1'))).toEqual([]);
  });
  it('skips empty keys, and keeps a key that cannot be decoded as written', () => {
    expect(keys(para('https://h/p?=1&&%E0%A4%A=2&ok=3'))).toEqual(['%E0%A4%A', 'ok']);
  });
  it('reads no other block', () => {
    expect(keys({ kind: 'heading', depth: 2, text: 'https://h/p?a=1', line: 1 })).toEqual([]);
  });
});
