import type { Diagnostic, Severity } from '../../shared/diagnostic.js';

/** A registry entry as the reports need it. */
export interface ReportRule {
  id: string;
  severity: Severity;
  description: string;
}

/** One report format: where it goes under the output folder and how findings become its text. */
export interface FindingFormatter {
  path: string;
  /** `findings` arrive sorted with compareDiagnostics; the formatter must not depend on anything else. */
  format(findings: Diagnostic[], rules: ReportRule[]): string;
}
