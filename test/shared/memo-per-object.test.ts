import { describe, expect, it } from 'vitest';
import { memoPerObject } from '../../generator/shared/memo-per-object.js';

describe('memoPerObject', () => {
  it('computes once per object identity, again for another object, and caches undefined results too', () => {
    const seen: object[] = [];
    const f = memoPerObject((o: { n: number }) => {
      seen.push(o);
      return o.n > 0 ? o.n * 2 : undefined;
    });
    const a = { n: 1 };
    const z = { n: 0 };
    expect([f(a), f(a), f({ n: 1 }), f(z), f(z)]).toEqual([2, 2, 2, undefined, undefined]);
    expect(seen).toHaveLength(3);
  });
});
