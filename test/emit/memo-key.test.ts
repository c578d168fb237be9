import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { memoKey } from '../../generator/emit/memo.js';

// the key as it was first defined: kind, then NUL and each part, fed to one hash object
const piecewise = (kind: string, ...parts: string[]): string => {
  const hash = createHash('sha256').update(kind);
  for (const p of parts) hash.update('\u0000').update(p);
  return `${kind}-${hash.digest('hex')}`;
};

describe('memoKey', () => {
  it('is the hash of the kind and the parts fed piece by piece, so remembered results stay valid', () => {
    const cases: [string, ...string[]][] = [['ts'], ['ts', ''], ['vschema', 'codegen-1', '{"type":"object"}'], ['fixture', '事件', 'a\u0000b'], ['x', '\ud800', '\udc00'], ['x', 'é'.repeat(5000)]];
    for (const [kind, ...parts] of cases) expect(memoKey(kind, ...parts)).toBe(piecewise(kind, ...parts));
  });

  it('tells apart the same text split into other parts', () => {
    expect(memoKey('k', 'ab', 'c')).not.toBe(memoKey('k', 'a', 'bc'));
    expect(memoKey('k', 'a')).not.toBe(memoKey('k', 'a', ''));
    expect(memoKey('k', 'a')).toMatch(/^k-[0-9a-f]{64}$/);
  });
});
