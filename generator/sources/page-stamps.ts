import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import path from 'node:path';
import type { Lang, SourceFormat } from './types.js';

/** What reading a page found, kept so an unchanged page need not be read again. */
export interface PageReading {
  /** sha256 of the raw bytes. */
  hash: string;
  /** Language and format as detected from the text (the manifest may still override them). */
  lang: Lang;
  format: SourceFormat;
  /** Problems the text itself showed (invalid UTF-8, an empty page), reported again each run. */
  notes: Array<'invalid-utf8' | 'empty-document'>;
}

interface StampedReading extends PageReading {
  stamp: string;
}

/** Identity of a file on disk: inode, size and modification time (ns); any write changes it. */
export function pageStamp(s: BigIntStats): string {
  return `${s.ino}:${s.size}:${s.mtimeNs}`;
}

/** Clock granularity margin (file systems stamp in coarse ticks), as in the output writer. */
const RACY_MS = 2000;

/**
 * The readings of the last run by page stamp (kept in the cache folder): a page whose inode,
 * size and mtime are what they were is not read or hashed, its text is read only if a later
 * stage asks for it. As in git's racy-clean rule, a stamp within 2 s of when the last run
 * saved proves nothing (an edit in the same clock tick keeps the mtime): such a page is read.
 * A missing, foreign or corrupt file is an empty store; a failed save only costs time.
 */
export class PageStamps {
  private readonly seen = new Map<string, StampedReading>();

  private constructor(private readonly file: string, private readonly docsDir: string, private readonly generator: string, private readonly previous: Map<string, StampedReading>, private readonly savedAt: number) {}

  /** `generator`: the generator's fingerprint (another generator may detect languages otherwise). */
  static async load(file: string, docsDir: string, generator: string): Promise<PageStamps> {
    const docs = path.resolve(docsDir);
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as { docsDir?: string; generator?: string; savedAt?: number; pages?: Record<string, StampedReading> };
      if (data.docsDir !== docs || data.generator !== generator || typeof data.savedAt !== 'number' || !data.pages || typeof data.pages !== 'object') return new PageStamps(file, docs, generator, new Map(), 0);
      return new PageStamps(file, docs, generator, new Map(Object.entries(data.pages)), data.savedAt);
    } catch {
      return new PageStamps(file, docs, generator, new Map(), 0);
    }
  }

  /** The last reading of `page` when its stamp is unchanged and old enough to be trusted. */
  lookup(page: string, stats: BigIntStats): PageReading | undefined {
    const known = this.previous.get(page);
    if (!known || known.stamp !== pageStamp(stats) || Number(stats.mtimeMs) >= this.savedAt - RACY_MS) return undefined;
    this.seen.set(page, known);
    return known;
  }

  record(page: string, stats: BigIntStats, reading: PageReading): void {
    this.seen.set(page, { stamp: pageStamp(stats), ...reading });
  }

  /** Keeps the readings of this run's pages only (a removed page drops out). */
  async save(): Promise<void> {
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      const pages = Object.fromEntries([...this.seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      await writeFile(tmp, JSON.stringify({ docsDir: this.docsDir, generator: this.generator, savedAt: Date.now(), pages }));
      await rename(tmp, this.file);
    } catch {
      // only costs time next run
    }
  }
}
