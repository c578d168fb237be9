import { describe, expect, it } from 'vitest';
import { pushTo } from '../../generator/shared/push-to.js';

describe('pushTo', () => {
  it('groups values by key in the order they come, one list per key, kept in place', () => {
    const groups = new Map<string, number[]>();
    pushTo(groups, 'a', 1);
    const first = groups.get('a');
    pushTo(groups, 'b', 2);
    pushTo(groups, 'a', 3, 4);
    pushTo(groups, 'c');
    expect([...groups]).toEqual([['a', [1, 3, 4]], ['b', [2]], ['c', []]]);
    // the same list grows: nothing is copied per add
    expect(groups.get('a')).toBe(first);
  });
});
