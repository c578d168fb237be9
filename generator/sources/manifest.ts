import type { Diagnostic } from '../shared/diagnostic.js';
import type { Lang, SourceFormat } from './types.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';

export interface ManifestEntry {
  file: string;
  product?: string;
  lang?: Lang;
  format?: SourceFormat;
  origin?: string;
}

const formats: SourceFormat[] = ['markdown', 'scraped-text', 'api-page'];

/** Reads `manifest.json`: `{ documents: [{ file, product?, lang?, format?, origin? }] }`. Pure. */
export function parseManifest(text: string, file: string): { entries: Map<string, ManifestEntry>; diagnostics: Diagnostic[] } {
  const entries = new Map<string, ManifestEntry>();
  const diagnostics: Diagnostic[] = [];
  const problem = (message: string, line = 1): void => {
    diagnostics.push(stageDiagnostic({ code: 'manifest-invalid', message, file, line }));
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problem(`The manifest is not valid JSON (${(error as Error).message}); it was ignored and every page was detected from its text.`);
    return { entries, diagnostics };
  }
  const documents = (data as { documents?: unknown })?.documents;
  if (!Array.isArray(documents)) {
    problem('The manifest has no "documents" array; it was ignored.');
    return { entries, diagnostics };
  }
  documents.forEach((entry, index) => {
    const e = entry as Record<string, unknown>;
    const line = lineOfIndex(text, index);
    if (typeof e?.file !== 'string' || e.file === '') return problem(`Manifest entry ${index} has no "file"; it was ignored.`, line);
    if (e.lang !== undefined && e.lang !== 'zh' && e.lang !== 'en') return problem(`Manifest entry for ${e.file} has lang ${JSON.stringify(e.lang)}; expected "zh" or "en". The entry was ignored.`, line);
    if (e.format !== undefined && !formats.includes(e.format as SourceFormat)) {
      return problem(`Manifest entry for ${e.file} has format ${JSON.stringify(e.format)}; expected one of ${formats.join(', ')}. The entry was ignored.`, line);
    }
    if (e.product !== undefined && (typeof e.product !== 'string' || !/^[a-z][a-z0-9-]*$/.test(e.product))) {
      return problem(`Manifest entry for ${e.file} has product ${JSON.stringify(e.product)}; expected a lowercase name. The entry was ignored.`, line);
    }
    entries.set(e.file.replace(/\\/g, '/'), {
      file: e.file,
      product: e.product,
      lang: e.lang,
      format: e.format as SourceFormat | undefined,
      origin: typeof e.origin === 'string' ? e.origin : undefined,
    });
  });
  return { entries, diagnostics };
}

/** Line of the n-th `"file"` key: good enough to point a person at the entry. */
function lineOfIndex(text: string, index: number): number {
  let count = -1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (/"file"\s*:/.test(lines[i]) && ++count === index) return i + 1;
  }
  return 1;
}
