import crypto from 'node:crypto';

/**
 * A store for emit results keyed by the hash of what they were made from. The emitters stay
 * pure: the pipeline hands them a memo (backed by the cache folder, or nothing).
 */
export interface EmitMemo {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  /** Stores what this run remembered (a memo on disk writes it in one go at the end of emit). */
  flush?(): void;
}

export const noMemo: EmitMemo = { get: () => undefined, set: () => undefined };

export function memoKey(kind: string, ...parts: string[]): string {
  // one string hashed in one call: a run makes thousands of keys, and each update() to a hash
  // object costs more than hashing a short text. The separators keep every part whole, so the
  // digest is the one of feeding kind, NUL, part, NUL, part… piece by piece.
  return `${kind}-${sha256Hex(parts.length === 0 ? kind : `${kind}\u0000${parts.join('\u0000')}`)}`;
}

/** crypto.hash (Node 20.12+: one call, no hash object), or a hash object on older Node 20. */
const sha256Hex: (text: string) => string = typeof (crypto as { hash?: unknown }).hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** Looks the value up, or makes it and remembers it. */
export function memoized(memo: EmitMemo, key: string, make: () => string): string {
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  memo.set(key, value);
  return value;
}
