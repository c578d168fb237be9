import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentsOf, OutputFiles, setPieces } from '../../generator/shared/output-files.js';
import { prettyJsonBytes } from '../../generator/shared/pretty-json-bytes.js';

describe('the output held as bytes', () => {
  it('reads back as the strings it was given, in insertion order, through every Map method', () => {
    const files = new OutputFiles([['b.ts', 'export const b = 1;\n']]);
    files.set('a.md', '房间 ID — café');
    files.setBytes('c.json', Buffer.from('{"x":"事件"}\n'));
    expect(files.size).toBe(3);
    expect(files.get('a.md')).toBe('房间 ID — café');
    expect(files.get('c.json')).toBe('{"x":"事件"}\n');
    expect(files.get('none')).toBeUndefined();
    expect(files.has('b.ts') && !files.has('none')).toBe(true);
    expect([...files.keys()]).toEqual(['b.ts', 'a.md', 'c.json']);
    expect([...files]).toEqual([...files.entries()]);
    expect([...files.values()]).toEqual(['export const b = 1;\n', '房间 ID — café', '{"x":"事件"}\n']);
    const seen: string[] = [];
    files.forEach((contents, rel, map) => seen.push(`${rel}=${contents.length}:${map === files}`));
    expect(seen).toEqual(['b.ts=20:true', 'a.md=12:true', 'c.json=11:true']);
    expect(new Map(files).get('a.md')).toBe('房间 ID — café');
    expect(files.delete('b.ts')).toBe(true);
    expect(files.delete('b.ts')).toBe(false);
    expect([...files.keys()]).toEqual(['a.md', 'c.json']);
    files.clear();
    expect(files.size).toBe(0);
  });

  it('keeps UTF-8 bytes, half the size of a two-byte string; a plain Map gives its strings', () => {
    const text = '描述'.repeat(1000);
    const files = new OutputFiles([['zh.md', text]]);
    expect(files.bytes('zh.md')!.length).toBe(6000);
    expect(Buffer.isBuffer(contentsOf(files, 'zh.md'))).toBe(true);
    expect(contentsOf(new Map([['zh.md', text]]), 'zh.md')).toBe(text);
  });
});

describe('a file stored as pieces', () => {
  it('is the pieces joined, as bytes in an OutputFiles and as a string in a plain Map, in its place in the order', () => {
    const pieces = ['// header\n', 'export interface 房间 {\n  id: string;\n}\n', '', '/** café — 😀 */\n', 'x'];
    const files = new OutputFiles([['a.ts', 'a']]);
    setPieces(files, 'types.ts', pieces);
    files.set('z.ts', 'z');
    expect(files.get('types.ts')).toBe(pieces.join(''));
    expect(contentsOf(files, 'types.ts')).toEqual(Buffer.from(pieces.join(''), 'utf8'));
    expect([...files.keys()]).toEqual(['a.ts', 'types.ts', 'z.ts']);
    const plain = new Map<string, string>();
    setPieces(plain, 'types.ts', pieces);
    expect(plain.get('types.ts')).toBe(pieces.join(''));
    setPieces(files, 'empty.ts', []);
    expect(files.get('empty.ts')).toBe('');
  });
});

describe('prettyJsonBytes', () => {
  const same = (value: unknown, depth?: number) => expect(prettyJsonBytes(value, depth).toString('utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);

  it('writes what JSON.stringify(value, null, 2) writes, at every depth of the pieces', () => {
    const value = {
      name: '事件 "quoted"\nnext line',
      empty: {},
      none: [],
      skipped: undefined,
      fn: () => 1,
      allSkipped: { a: undefined },
      list: [1, undefined, null, 'x', { deep: [{ k: [1, 2, { z: NaN }] }], gone: undefined }, [], [[]], () => 0],
      nested: { a: { b: { c: { d: ['e'] } } } },
      when: new Date(0),
      boxed: Object(new String('s')) as object,
      '1': 'integer-like keys come first',
      bare: Object.assign(Object.create(null) as object, { q: 1 }),
    };
    for (const depth of [0, 1, 2, 3, 6]) same(value, depth);
    for (const top of [[], {}, 'text', 3, null, [undefined], [{}]]) same(top);
  });

  it('writes containers of more children than one slice, at every depth, byte for byte', () => {
    const item = (i: number) => ({ name: `事件_${i}`, fields: [{ k: i, text: 'line\n"two"' }, []], gone: undefined, empty: {} });
    const objectOf = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [i % 7 === 0 ? `skip${i}` : `k${i}`, i % 7 === 0 ? undefined : item(i)]));
    const value = {
      list: Array.from({ length: 200 }, (_, i) => (i % 9 === 0 ? undefined : item(i))),
      map: objectOf(150),
      exactly: Array.from({ length: 128 }, (_, i) => i),
      single: [item(0)],
      deep: { a: [{ b: Array.from({ length: 70 }, (_, i) => ({ c: [i] })) }] },
      sparse: [1, , 3], // eslint-disable-line no-sparse-arrays -- a hole is written as null, as JSON.stringify does
      onlySkipped: objectOf(1),
    };
    for (const depth of [1, 2, 3, 4, 5]) same(value, depth);
    same(Array.from({ length: 65 }, (_, i) => ({ i })), 1);
  });

  it('writes the seed model.json byte for byte', async () => {
    const text = await readFile(path.join(process.cwd(), 'generated', 'model.json'), 'utf8');
    expect(prettyJsonBytes(JSON.parse(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('refuses a value that has no JSON text', () => {
    expect(() => prettyJsonBytes(undefined)).toThrow(/no JSON text/);
  });
});
