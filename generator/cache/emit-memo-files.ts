import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EmitMemo } from '../emit/memo.js';

interface Pack {
  entries: Map<string, string>;
  /** Keys this run looked up or stored: the only ones the next pack keeps. */
  used: Set<string>;
  dirty: boolean;
}

/** Packs already read by this process (watch runs generate again and again): path → entries. */
const loaded = new Map<string, Map<string, string>>();

/**
 * The emit memo on disk, in the cache folder next to the per-page units: one pack file per kind
 * of result (printed declarations, fixture outcomes, …), read once and written back once per run
 * by `flush`, instead of a file per entry. Keys are content hashes, so any value stored under a
 * key is right; the pack keeps only what the last run used, so it does not grow without bound.
 * A missing or unreadable pack is empty; a failed write only costs time.
 */
export class FileMemo implements EmitMemo {
  private readonly packs = new Map<string, Pack>();

  constructor(private readonly dir: string) {}

  get(key: string): string | undefined {
    const pack = this.pack(key);
    const value = pack.entries.get(key);
    if (value !== undefined) pack.used.add(key);
    return value;
  }

  set(key: string, value: string): void {
    const pack = this.pack(key);
    pack.entries.set(key, value);
    pack.used.add(key);
    pack.dirty = true;
  }

  /** Writes every pack that gained or lost an entry this run. */
  flush(): void {
    for (const [kind, pack] of this.packs) {
      if (!pack.dirty && pack.used.size === pack.entries.size) continue;
      const kept = new Map([...pack.used].sort().map((k) => [k, pack.entries.get(k)!]));
      const target = this.file(kind);
      try {
        mkdirSync(path.dirname(target), { recursive: true });
        const tmp = `${target}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(Object.fromEntries(kept)));
        renameSync(tmp, target);
        loaded.set(target, kept);
      } catch {
        // a memo that cannot be written only costs time
      }
      this.packs.set(kind, { entries: kept, used: new Set(), dirty: false });
    }
  }

  private pack(key: string): Pack {
    const kind = key.slice(0, key.indexOf('-'));
    let pack = this.packs.get(kind);
    if (!pack) {
      pack = { entries: readPack(this.file(kind)), used: new Set(), dirty: false };
      this.packs.set(kind, pack);
    }
    return pack;
  }

  private file(kind: string): string {
    return path.join(this.dir, kind, 'pack.json');
  }
}

function readPack(file: string): Map<string, string> {
  const known = loaded.get(file);
  if (known) return new Map(known);
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return new Map();
    const entries = new Map(Object.entries(data as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
    loaded.set(file, entries);
    return new Map(entries);
  } catch {
    return new Map();
  }
}
