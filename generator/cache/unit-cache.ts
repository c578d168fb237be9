import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocUnit } from '../model/index.js';
import type { SourceDoc } from '../sources/types.js';

/**
 * Per-document results cached by content hash, outside `generated/`. The key covers the page's
 * bytes, how it is classified, and the generator's own code, so a stale entry is never hit; an
 * unreadable or corrupt entry is ignored and rebuilt.
 */
export class UnitCache {
  constructor(private readonly dir: string, private readonly fingerprint: string) {}

  key(doc: SourceDoc): string {
    return createHash('sha256').update([this.fingerprint, doc.hash, doc.file, doc.product, doc.lang, doc.format, doc.origin ?? ''].join('\u0000')).digest('hex');
  }

  async get(doc: SourceDoc): Promise<DocUnit | undefined> {
    const key = this.key(doc);
    try {
      const entry = JSON.parse(await readFile(this.file(key), 'utf8')) as { key?: string; unit?: DocUnit };
      if (entry.key !== key || !entry.unit || entry.unit.source?.file !== doc.file) return undefined;
      return entry.unit;
    } catch {
      return undefined;
    }
  }

  /** `json`, when given, is `JSON.stringify(unit)` already made (by the worker that built the unit). */
  async set(doc: SourceDoc, unit: DocUnit, json?: string): Promise<void> {
    const key = this.key(doc);
    const target = this.file(key);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      // the same bytes as JSON.stringify({ key, unit })
      await writeFile(tmp, json === undefined ? JSON.stringify({ key, unit }) : `{"key":${JSON.stringify(key)},"unit":${json}}`);
      await rename(tmp, target);
    } catch {
      // a cache that cannot be written only costs time
    }
  }

  private file(key: string): string {
    return path.join(this.dir, 'units', key.slice(0, 2), `${key}.json`);
  }
}

let fingerprint: Promise<string> | undefined;

/** Hash of the generator's own code: a new generator never reads an old cache. */
export function generatorFingerprint(): Promise<string> {
  fingerprint ??= Promise.resolve().then(computeFingerprint);
  return fingerprint;
}

function computeFingerprint(): string {
  const hash = createHash('sha256');
  const top = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  // synchronous reads: some 200 small files, where a promise per open, read and close costs
  // more than the reading (nothing else is waiting at this point of a run)
  const walk = (dir: string): void => {
    const entries = listDir(dir).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(js|ts)$/.test(e.name)) hash.update(path.relative(top, full)).update(readFileSync(full));
    }
  };
  walk(top);
  return hash.digest('hex');
}

function listDir(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
