import type { Diagnostic, Lang } from '../shared/diagnostic.js';

export type { Lang };

/** The three page shapes the vendors publish. */
export type SourceFormat = 'markdown' | 'scraped-text' | 'api-page';

/** One documentation page, read and classified, ready for a dialect reader. */
export interface SourceDoc {
  /** Path relative to the repository root, posix separators (e.g. `docs-src/rtc/zh/callbacks.md`). */
  file: string;
  product: string;
  lang: Lang;
  format: SourceFormat;
  /** Where the page came from (manifest `origin`), if known. */
  origin?: string;
  /** Whether product/lang/format came from the manifest or were detected. */
  detected: { lang: boolean; format: boolean; product: boolean };
  text: string;
  /** sha256 of the raw bytes: the cache key of every later stage. */
  hash: string;
}

export interface SourceSet {
  docs: SourceDoc[];
  /** Problems found while reading (binary file, invalid UTF-8, bad manifest…). */
  diagnostics: Diagnostic[];
  /** The docs folder's overrides.json as read (parsed by config/overrides.ts), when there is one. */
  overrides?: { text: string; file: string };
}
