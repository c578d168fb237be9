import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EmitMemo } from '../emit/memo.js';

/**
 * The emit memo on disk, in the cache folder next to the per-page units. Keys are content
 * hashes; a missing or unreadable entry is a miss, a failed write only costs time.
 */
export class FileMemo implements EmitMemo {
  constructor(private readonly dir: string) {}

  get(key: string): string | undefined {
    try {
      return readFileSync(this.file(key), 'utf8');
    } catch {
      return undefined;
    }
  }

  set(key: string, value: string): void {
    const target = this.file(key);
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      writeFileSync(tmp, value);
      renameSync(tmp, target);
    } catch {
      // a memo that cannot be written only costs time
    }
  }

  private file(key: string): string {
    const dash = key.indexOf('-');
    return path.join(this.dir, key.slice(0, dash), key.slice(dash + 1, dash + 3), key.slice(dash + 1));
  }
}
