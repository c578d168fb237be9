import type { SourceDoc } from '../sources/types.js';
import { readApiPage } from './api-page.js';
import { splitJsonValues } from './json-values.js';
import { readMarkdown } from './markdown.js';
import { dropRepeatedHeaderRows } from './repeated-header.js';
import { readScrapedText } from './scraped-text.js';
import type { ParsedDoc } from './types.js';
import { applyPageLimits } from './page-limits.js';
import { DEFAULT_LIMITS, type Limits } from '../config/limits.js';

export type { ParsedDoc } from './types.js';

const readers = {
  markdown: readMarkdown,
  'scraped-text': readScrapedText,
  'api-page': readApiPage,
} as const;

/**
 * One reader per dialect; the source stage already decided which. Then the rules every dialect
 * shares, on the blocks, and the per-page limits. Pure: text in, blocks out.
 */
export function parseDoc(doc: SourceDoc, limits: Limits = DEFAULT_LIMITS): ParsedDoc {
  const parsed = readers[doc.format](doc, limits);
  const blocks = splitJsonValues(dropRepeatedHeaderRows(parsed.blocks, parsed.source, parsed.diagnostics));
  return { ...parsed, blocks: applyPageLimits(blocks, limits, parsed.source, parsed.diagnostics) };
}
