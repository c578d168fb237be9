import { docUnit, type DocUnit } from '../model/index.js';
import { parseDoc } from '../parse/index.js';
import { pageFailed } from '../shared/page-failed.js';
import type { SourceDoc } from '../sources/types.js';
import { DEFAULT_LIMITS, type Limits } from '../config/limits.js';

/**
 * Parse + draft of one page, isolated: whatever goes wrong on this page (a stack overflow, a bug a
 * page shape triggers) becomes a `page-failed` finding on it, and the page counts as empty.
 */
export function pageUnit(doc: SourceDoc, limits: Limits = DEFAULT_LIMITS): DocUnit {
  let parsed;
  try {
    parsed = parseDoc(doc, limits);
  } catch (error) {
    return failedUnit(doc, 'parse', error);
  }
  try {
    return docUnit(parsed);
  } catch (error) {
    return failedUnit(doc, 'model', error);
  }
}

function failedUnit(doc: SourceDoc, stage: 'parse' | 'model', error: unknown): DocUnit {
  // the page counts as an empty Markdown page: its format may be what failed
  const empty = docUnit(parseDoc({ file: doc.file, product: doc.product, lang: doc.lang, format: 'markdown', detected: doc.detected, hash: doc.hash, text: '' }));
  return { ...empty, diagnostics: [...empty.diagnostics, { ...pageFailed(doc.file, stage, error), product: doc.product }] };
}
