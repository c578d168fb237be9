import { describe, expect, it } from 'vitest';
import { validate } from '../../generator/config/index.js';
import { DEFAULT_LIMITS, MAX_EXAMPLE_DEPTH_CEILING } from '../../generator/config/limits.js';

describe('config limits', () => {
  it('defaults every limit, and takes the ones given', () => {
    expect(validate({}, 'c.json').limits).toEqual(DEFAULT_LIMITS);
    expect(validate({ limits: { maxTableRows: 3 } }, 'c.json').limits).toEqual({ ...DEFAULT_LIMITS, maxTableRows: 3 });
  });

  it('refuses an unknown limit, a value that is not a whole number of at least 1, and a depth over the ceiling', () => {
    expect(() => validate({ limits: { maxRows: 3 } }, 'c.json')).toThrow(/c\.json: "limits" has an unknown setting "maxRows"/);
    for (const bad of [0, -1, 1.5, '3', null]) expect(() => validate({ limits: { maxTableRows: bad } }, 'c.json')).toThrow(/"limits.maxTableRows" must be a whole number/);
    expect(() => validate({ limits: [] }, 'c.json')).toThrow(/"limits" must be an object/);
    expect(() => validate({ limits: { maxExampleDepth: MAX_EXAMPLE_DEPTH_CEILING + 1 } }, 'c.json')).toThrow(/at most 128/);
  });
});
