import type { Diagnostic } from '../shared/diagnostic.js';

/** `file:line:col: severity code: message [event field]` — the one line every command prints. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}`;
  const what = [(d.event ?? d.api) && `${d.event ?? d.api}${d.version ? `@${d.version}` : ''}`, d.field].filter(Boolean).join(' ');
  return `${where}: ${d.severity} ${d.code}: ${d.message}${what ? ` [${what}]` : ''}`;
}
