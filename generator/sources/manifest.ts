import { getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Diagnostic } from '../shared/diagnostic.js';
import type { Lang, SourceFormat } from './types.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';

export interface ManifestEntry {
  file: string;
  product?: string;
  lang?: Lang;
  format?: SourceFormat;
  origin?: string;
  /** 1-based line of the entry in the manifest, for diagnostics about the page it names. */
  line?: number;
}

const formats: SourceFormat[] = ['markdown', 'scraped-text', 'api-page'];

/** Reads `manifest.json`: `{ documents: [{ file, product?, lang?, format?, origin? }] }`. Pure. */
export function parseManifest(text: string, file: string): { entries: Map<string, ManifestEntry>; diagnostics: Diagnostic[] } {
  const entries = new Map<string, ManifestEntry>();
  const diagnostics: Diagnostic[] = [];
  const position = lineIndex(text);
  const problem = (message: string, offset = 0, withColumn = false): void => {
    const { line, column } = position(offset);
    diagnostics.push(stageDiagnostic({ code: 'manifest-invalid', message, file, line, ...(withColumn ? { column } : {}) }));
  };
  // the tree keeps offsets, so every problem points at its own entry; strict JSON: no comments, no trailing commas
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const reason = first ? `${printParseErrorCode(first.error)} at line ${position(first.offset).line}` : 'empty';
    problem(`The manifest is not valid JSON (${reason}); it was ignored and every page was detected from its text.`, first?.offset ?? 0, first !== undefined);
    return { entries, diagnostics };
  }
  const documentsProp = root.type === 'object' ? root.children?.find((p) => p.children?.[0]?.value === 'documents') : undefined;
  const documents = documentsProp?.children?.[1];
  if (documents?.type !== 'array') {
    problem('The manifest has no "documents" array; it was ignored.', documentsProp?.offset ?? 0);
    return { entries, diagnostics };
  }
  (documents.children ?? []).forEach((node, index) => {
    const e = getNodeValue(node) as Record<string, unknown> | null;
    const at = (message: string): void => problem(message, node.offset);
    const line = position(node.offset).line;
    if (node.type !== 'object' || typeof e?.file !== 'string' || e.file === '') return at(`Manifest entry ${index} has no "file"; it was ignored.`);
    if (e.lang !== undefined && e.lang !== 'zh' && e.lang !== 'en') return at(`Manifest entry for ${e.file} has lang ${JSON.stringify(e.lang)}; expected "zh" or "en". The entry was ignored.`);
    if (e.format !== undefined && !formats.includes(e.format as SourceFormat)) {
      return at(`Manifest entry for ${e.file} has format ${JSON.stringify(e.format)}; expected one of ${formats.join(', ')}. The entry was ignored.`);
    }
    if (e.product !== undefined && (typeof e.product !== 'string' || !/^[a-z][a-z0-9-]*$/.test(e.product))) {
      return at(`Manifest entry for ${e.file} has product ${JSON.stringify(e.product)}; expected a lowercase name. The entry was ignored.`);
    }
    const key = e.file.replace(/\\/g, '/');
    const earlier = entries.get(key);
    if (earlier) return at(`Manifest entry for ${e.file} repeats the entry at line ${earlier.line}; it was ignored.`);
    entries.set(key, {
      file: e.file,
      product: e.product,
      lang: e.lang,
      format: e.format as SourceFormat | undefined,
      origin: typeof e.origin === 'string' ? e.origin : undefined,
      line,
    });
  });
  return { entries, diagnostics };
}

/** Offset → 1-based line and column. */
function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}
