import type { Diagnostic } from './diagnostic.js';
import { stageDiagnostic } from './stage-diagnostics.js';

/** A page that could not be read, parsed or modelled: the run goes on without it. */
export function pageFailed(file: string, stage: 'read' | 'parse' | 'model', error: unknown): Diagnostic {
  const reason = error instanceof RangeError && /call stack/i.test(error.message) ? 'it is nested too deeply to process' : error instanceof Error ? error.message : String(error);
  return stageDiagnostic({ code: 'page-failed', message: `The page could not be ${stage === 'read' ? 'read' : stage === 'parse' ? 'parsed' : 'modelled'} (${reason}); it was skipped and every other page was generated.`, file, line: 1 });
}
