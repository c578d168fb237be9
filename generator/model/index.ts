import type { Diagnostic } from '../shared/diagnostic.js';
import type { ParsedDoc } from '../parse/types.js';
import { buildFromApiPage } from './build-api.js';
import { buildFromMarkdown } from './build-markdown.js';
import { buildFromScrapedText } from './build-scraped.js';
import { withDefinitionTables } from './definition-fields.js';
import { asApiPage, isApiReferencePage } from './recognise/api-reference.js';
import type { DocDraft } from './draft.js';
import { assembleModel } from './assemble.js';
import { runPasses } from './passes/index.js';
import type { Model } from './types.js';

export type { Model } from './types.js';
export { MODEL_VERSION } from './types.js';

const builders = {
  // an API reference written in Markdown reads like the scraped API page once its sections are known
  markdown: (written: ParsedDoc) => {
    // fields written as definition entries (`**Name**` / `Type: X` / `Required: No`) read as the table they stand for
    const doc = withDefinitionTables(written);
    return isApiReferencePage(doc) ? buildFromApiPage(asApiPage(doc)) : buildFromMarkdown(doc);
  },
  'scraped-text': buildFromScrapedText,
  'api-page': buildFromApiPage,
} as const;

/** One document's contribution; pure and independent of every other document (cacheable by hash). */
export function buildDocDraft(doc: ParsedDoc): DocDraft {
  return builders[doc.source.format](doc);
}

/**
 * What one document contributes to the model: its identity, the reader's diagnostics and the
 * draft. Plain JSON and a pure function of the page's bytes, so it can be built in a worker
 * thread and cached by content hash.
 */
export interface DocUnit {
  source: ParsedDoc['source'];
  diagnostics: Diagnostic[];
  draft: DocDraft;
}

export function docUnit(parsed: ParsedDoc): DocUnit {
  return { source: parsed.source, diagnostics: parsed.diagnostics, draft: buildDocDraft(parsed) };
}

/** The whole model from every document's parse: drafts, then the passes that join them. */
export function buildModel(parsed: ParsedDoc[]): Model {
  return buildModelFromUnits(parsed.map(docUnit));
}

/** The drafts side by side, then the passes that join them (`passes/index.ts`); the units are never changed. */
export function buildModelFromUnits(units: DocUnit[]): Model {
  return runPasses(assembleModel(units));
}
