import type { Diagnostic } from '../../shared/diagnostic.js';
import { registry } from '../../check/index.js';
import { findingsJson } from './findings-json.js';
import { findingsMarkdown } from './findings-md.js';
import { findingsSarif } from './findings-sarif.js';

/** Formatters behind one interface, chosen from a table. */
export const findingFormatters: Record<string, { path: string; format(findings: Diagnostic[]): string }> = {
  json: { path: 'report/findings.json', format: findingsJson },
  md: { path: 'report/findings.md', format: findingsMarkdown },
  sarif: { path: 'report/findings.sarif', format: (f) => findingsSarif(f, registry()) },
};

export function emitFindingReports(findings: Diagnostic[]): Map<string, string> {
  return new Map(Object.values(findingFormatters).map((f) => [f.path, f.format(findings)]));
}
