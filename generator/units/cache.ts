import { createHash } from 'node:crypto';
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

  async set(doc: SourceDoc, unit: DocUnit): Promise<void> {
    const key = this.key(doc);
    const target = this.file(key);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify({ key, unit }));
      await rename(tmp, target);
    } catch {
      // a cache that cannot be written only costs time
    }
  }

  private file(key: string): string {
    return path.join(this.dir, 'units', key.slice(0, 2), `${key}.json`);
  }
}

/** Hash of the generator's compiled reader and model code: a new generator never reads an old cache. */
export async function generatorFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const here = path.dirname(new URL(import.meta.url).pathname);
  for (const dir of ['../parse', '../model', '../model/passes', '../sources']) {
    const abs = path.resolve(here, dir);
    const { readdir } = await import('node:fs/promises');
    const names = (await readdir(abs).catch(() => [] as string[])).filter((n) => /\.(js|ts)$/.test(n)).sort();
    for (const name of names) hash.update(name).update(await readFile(path.join(abs, name)));
  }
  return hash.digest('hex');
}
