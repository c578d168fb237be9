import { createHash } from 'node:crypto';

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
  const hash = createHash('sha256').update(kind);
  for (const p of parts) hash.update('\u0000').update(p);
  return `${kind}-${hash.digest('hex')}`;
}

/** Looks the value up, or makes it and remembers it. */
export function memoized(memo: EmitMemo, key: string, make: () => string): string {
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  memo.set(key, value);
  return value;
}
