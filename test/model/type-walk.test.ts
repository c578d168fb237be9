import { describe, expect, it } from 'vitest';
import { forEachRef, mapRefs } from '../../generator/model/type-walk.js';
import type { TypeRef } from '../../generator/model/types.js';
import { deepFreeze, draftField, t } from './passes/drafts.js';

describe('mapRefs', () => {
  it('rewrites refs in arrays and inline objects, passing the field path, and leaves the input alone', () => {
    const type = deepFreeze(t.object([draftField('a', t.array(t.ref('X')), 'zh'), draftField('b', t.object([draftField('c', t.ref('Y'), 'zh')]), 'zh'), draftField('d', t.string, 'zh')]));
    const paths: string[] = [];
    const out = mapRefs(type, (ref, path) => {
      paths.push(`${ref.struct}@${path.join('.')}`);
      return t.ref(`${ref.struct}2`);
    });
    expect(paths).toEqual(['X@a', 'Y@b.c']);
    expect(out).toEqual(t.object([draftField('a', t.array(t.ref('X2')), 'zh'), draftField('b', t.object([draftField('c', t.ref('Y2'), 'zh')]), 'zh'), draftField('d', t.string, 'zh')]));
  });
  it('starts from the path it is given; other kinds are returned as they are', () => {
    const seen: string[][] = [];
    mapRefs(t.ref('X'), (ref, path) => (seen.push(path), ref), ['top']);
    expect(seen).toEqual([['top']]);
    const plain: TypeRef = t.string;
    expect(mapRefs(plain, () => t.integer)).toBe(plain);
  });
  it('rewrites refs inside a union, keeping its other members', () => {
    const union: TypeRef = deepFreeze({ kind: 'union', types: [t.string, t.ref('X')] });
    expect(mapRefs(union, (ref) => t.ref(`${ref.struct}2`))).toEqual({ kind: 'union', types: [t.string, t.ref('X2')] });
  });
});

describe('forEachRef', () => {
  it('visits every ref depth first in field order, through arrays and objects', () => {
    const seen: string[] = [];
    forEachRef([draftField('a', t.object([draftField('b', t.ref('B'), 'zh')]), 'zh'), draftField('c', t.array(t.array(t.ref('C'))), 'zh'), draftField('d', t.ref('D'), 'zh'), draftField('e', t.string, 'zh')], (s) => seen.push(s));
    expect(seen).toEqual(['B', 'C', 'D']);
  });
  it('visits refs inside a union', () => {
    const seen: string[] = [];
    forEachRef([draftField('u', { kind: 'union', types: [t.integer, t.ref('U')] }, 'zh')], (s) => seen.push(s));
    expect(seen).toEqual(['U']);
  });
});
