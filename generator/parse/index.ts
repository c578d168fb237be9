import type { SourceDoc } from '../sources/types.js';
import { readApiPage } from './api-page.js';
import { splitJsonValues } from './json-values.js';
import { readMarkdown } from './markdown.js';
import { dropRepeatedHeaderRows } from './repeated-header.js';
import { readScrapedText } from './scraped-text.js';
import type { ParsedDoc } from './types.js';

export type { ParsedDoc } from './types.js';

const readers = {
  markdown: readMarkdown,
  'scraped-text': readScrapedText,
  'api-page': readApiPage,
} as const;

/**
 * One reader per dialect; the source stage already decided which. Then the rules every dialect
 * shares, on the blocks. Pure: text in, blocks out.
 */
export function parseDoc(doc: SourceDoc): ParsedDoc {
  const parsed = readers[doc.format](doc);
  const blocks = splitJsonValues(dropRepeatedHeaderRows(parsed.blocks, parsed.source, parsed.diagnostics));
  return { ...parsed, blocks };
}
