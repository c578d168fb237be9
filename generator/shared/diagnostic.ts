/**
 * One diagnostic shape for every stage (after vfile-message): parser diagnostics,
 * model diagnostics, check findings and diff entries all carry it, and every
 * formatter reads only it.
 */
export type Severity = 'error' | 'warning' | 'info';

export type Lang = 'zh' | 'en';

export interface Diagnostic {
  /** Stable kebab-case rule id, e.g. `example-invalid-json`. */
  code: string;
  severity: Severity;
  /** One sentence: what is wrong and what the generator did about it. */
  message: string;
  /** Path relative to the repository root (posix separators). */
  file: string;
  /** 1-based line in `file`. */
  line: number;
  column?: number;
  product?: string;
  /** The callback's event type, for findings on a callback. */
  event?: string;
  /** The API's Action, for findings on an API page (never in `event`). */
  api?: string;
  version?: string;
  field?: string;
  lang?: Lang;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: file, line, column, code, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    (a.column ?? 0) - (b.column ?? 0) ||
    cmp(a.code, b.code) ||
    severityRank[a.severity] - severityRank[b.severity] ||
    cmp(a.field ?? '', b.field ?? '') ||
    cmp(a.message, b.message)
  );
}

/** Code-unit comparison: independent of locale, unlike localeCompare. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
