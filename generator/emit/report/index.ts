import { registry } from '../../check/index.js';
import { compareDiagnostics, type Diagnostic } from '../../shared/diagnostic.js';
import { findingsJson } from './findings-json.js';
import { findingsMarkdown } from './findings-md.js';
import { findingsSarif } from './findings-sarif.js';
import type { FindingFormatter } from './formatter.js';

export type { FindingFormatter, ReportRule } from './formatter.js';
export { mdCell } from './findings-md.js';

/** Formatters behind one interface, chosen from a table: adding a format is adding a file and a line. */
export const findingFormatters: Record<'json' | 'md' | 'sarif', FindingFormatter> = {
  json: findingsJson,
  md: findingsMarkdown,
  sarif: findingsSarif,
};

/** Every findings report, path → contents. Pure and deterministic: the input order does not matter. */
export function emitFindingReports(findings: Diagnostic[]): Map<string, string> {
  const sorted = [...findings].sort(compareDiagnostics);
  const rules = registry();
  return new Map(Object.values(findingFormatters).map((f) => [f.path, f.format(sorted, rules)]));
}
