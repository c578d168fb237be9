import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapGrowthFlag } from '../../generator/cli/heap-growth.js';

describe('the heap growth the CLI sets', () => {
  it('bounds how far the heap grows past its live data', () => {
    expect(heapGrowthFlag([], '')).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(heapGrowthFlag(['--max-old-space-size=4096'], '--enable-source-maps')).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(HEAP_GROWING_PERCENT).toBeGreaterThan(0);
  });

  it("leaves the user's own setting alone, in node's arguments or in NODE_OPTIONS, with - or _", () => {
    expect(heapGrowthFlag(['--heap-growing-percent=80'], '')).toBeUndefined();
    expect(heapGrowthFlag([], '--max-old-space-size=2048 --heap_growing_percent=10')).toBeUndefined();
    expect(heapGrowthFlag([], undefined)).toBeDefined();
  });
});
