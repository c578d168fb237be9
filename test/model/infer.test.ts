import { describe, expect, it } from 'vitest';
import { inferType, inferredField, mergeInferred, valueAt } from '../../generator/model/infer.js';
import type { SourceRef, TypeRef } from '../../generator/model/types.js';

const src: SourceRef = { file: 'docs-src/p/zh/page.md', line: 3, lang: 'zh' };
const S: TypeRef = { kind: 'string' };
const I: TypeRef = { kind: 'integer' };
const N: TypeRef = { kind: 'number' };
const B: TypeRef = { kind: 'boolean' };
const U: TypeRef = { kind: 'unknown' };

describe('inferType', () => {
  it.each([
    ['"a"', S],
    ['true', B],
    ['3', I],
    ['3.5', N],
    ['null', U],
    ['[]', { kind: 'array', items: U }],
    ['[1, 2.5]', { kind: 'array', items: N }],
    ['[1, "a"]', { kind: 'array', items: U }],
  ] as Array<[string, TypeRef]>)('%s', (json, type) => {
    expect(inferType(JSON.parse(json), src)).toEqual(type);
  });

  it('a value JSON cannot hold is unknown', () => {
    expect(inferType(undefined, src)).toEqual(U);
    expect(inferType(() => 1, src)).toEqual(U);
  });

  it('an object gives optional fields typed from their values', () => {
    expect(inferType({ a: 1, b: null }, src)).toEqual({ kind: 'object', fields: [inferredField('a', 1, src), inferredField('b', null, src)] });
  });
});

describe('inferredField', () => {
  it('is optional, inferred, nullable only for null, with its source', () => {
    expect(inferredField('a', 'x', src)).toEqual({
      name: 'a',
      type: S,
      typeSource: 'inferred-from-example',
      required: false,
      requiredReason: 'known only from an example; an example cannot show that a field is always present',
      nullable: false,
      description: {},
      sources: [src],
    });
    expect(inferredField('a', null, src).nullable).toBe(true);
  });
});

describe('mergeInferred', () => {
  it('widens integers to numbers, either way round', () => {
    expect(mergeInferred(I, N)).toEqual(N);
    expect(mergeInferred(N, I)).toEqual(N);
  });
  it('unknown gives way to the other; the same kind stays; two kinds are unknown', () => {
    expect(mergeInferred(U, S)).toEqual(S);
    expect(mergeInferred(S, U)).toEqual(S);
    expect(mergeInferred(S, S)).toEqual(S);
    expect(mergeInferred(S, B)).toEqual(U);
    expect(mergeInferred(I, S)).toEqual(U);
  });
  it('widens only an integer and a number, merges only two objects or two arrays', () => {
    expect(mergeInferred(S, N)).toEqual(U);
    expect(mergeInferred(S, I)).toEqual(U);
    expect(mergeInferred(N, S)).toEqual(U);
    expect(mergeInferred(N, N)).toEqual(N);
    const o = inferType({ x: 1 }, src);
    const a: TypeRef = { kind: 'array', items: I };
    expect(mergeInferred(o, S)).toEqual(U);
    expect(mergeInferred(S, o)).toEqual(U);
    expect(mergeInferred(a, S)).toEqual(U);
    expect(mergeInferred(S, a)).toEqual(U);
    expect(mergeInferred(a, o)).toEqual(U);
  });
  it('merges array items and object fields by name, nullable if either is', () => {
    expect(mergeInferred({ kind: 'array', items: I }, { kind: 'array', items: N })).toEqual({ kind: 'array', items: N });
    const a = inferType({ x: 1, y: 'a' }, src);
    const b = inferType({ x: 2.5, z: true, y: null }, src);
    const merged = mergeInferred(a, b);
    expect(merged.kind === 'object' && merged.fields.map((f) => [f.name, f.type.kind, f.nullable])).toEqual([
      ['x', 'number', false],
      ['y', 'string', true],
      ['z', 'boolean', false],
    ]);
  });
});

describe('valueAt', () => {
  const value = { a: { b: [1], c: null }, d: 0 };
  it('follows own keys of objects', () => {
    expect(valueAt(value, ['a', 'b'])).toEqual([1]);
    expect(valueAt(value, ['d'])).toBe(0);
    expect(valueAt(value, [])).toBe(value);
    expect(valueAt(value, ['a', 'c'])).toBeNull();
  });
  it('is undefined through null, arrays, primitives, missing and inherited keys', () => {
    expect(valueAt(value, ['a', 'c', 'x'])).toBeUndefined();
    expect(valueAt(value, ['a', 'b', '0'])).toBeUndefined();
    expect(valueAt(value, ['d', 'x'])).toBeUndefined();
    expect(valueAt(value, ['x'])).toBeUndefined();
    expect(valueAt(value, ['toString'])).toBeUndefined();
    // a string's own keys (`length`, `0`) are no fields
    expect(valueAt({ s: 'abc' }, ['s', 'length'])).toBeUndefined();
    expect(valueAt({ s: 'abc' }, ['s', '0'])).toBeUndefined();
  });
});
