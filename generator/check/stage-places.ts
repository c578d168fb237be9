import type { Diagnostic } from '../shared/diagnostic.js';
import type { CallbackEvent, Model } from '../model/types.js';
import { walkFields } from './field-walk.js';
import { pushTo } from '../shared/push-to.js';

/**
 * Gives a stage diagnostic that names only a file and line the event (and version) whose
 * section holds the line, and the field documented on that very line: a duplicate anchor or a
 * short table row is then reported where a reader looks for it. A section runs from its
 * heading to the next event's heading in the same file; a line before the first heading
 * belongs to no event and is left alone.
 */
export function placeStageDiagnostics(model: Model, diagnostics: Diagnostic[]): Diagnostic[] {
  const headings = new Map<string, Array<{ line: number; event: CallbackEvent }>>();
  for (const event of model.events) {
    for (const s of event.sources) pushTo(headings, s.file, { line: s.line, event });
  }
  for (const list of headings.values()) list.sort((a, b) => a.line - b.line);
  return diagnostics.map((d) => {
    if (d.event || d.api) return d;
    let section: { line: number; event: CallbackEvent } | undefined;
    for (const h of headings.get(d.file) ?? []) {
      if (h.line > d.line) break;
      section = h;
    }
    if (!section) return d;
    const { event } = section;
    let field: string | undefined;
    walkFields(model, event.fields, (f, path) => {
      if (field === undefined && f.sources.some((s) => s.file === d.file && s.line === d.line)) field = path;
    });
    return { ...d, product: d.product ?? event.product, event: event.eventType, ...(event.version ? { version: event.version } : {}), ...(field && !d.field ? { field } : {}) };
  });
}
