import type { SourceDoc } from '../sources/types.js';
import { readApiPage } from './api-page.js';
import { readMarkdown } from './markdown.js';
import { readScrapedText } from './scraped-text.js';
import type { ParsedDoc } from './types.js';

export type { ParsedDoc } from './types.js';

const readers = {
  markdown: readMarkdown,
  'scraped-text': readScrapedText,
  'api-page': readApiPage,
} as const;

/** One reader per dialect; the source stage already decided which. Pure: text in, blocks out. */
export function parseDoc(doc: SourceDoc): ParsedDoc {
  return readers[doc.format](doc);
}
