import type { Diagnostic } from '../../shared/diagnostic.js';

const keyOrder = ['code', 'severity', 'message', 'file', 'line', 'column', 'product', 'event', 'version', 'field', 'lang'] as const;

/** `findings.json`: the findings in one stable key order, absent keys omitted. */
export function findingsJson(findings: Diagnostic[]): string {
  const rows = findings.map((f) => Object.fromEntries(keyOrder.filter((k) => f[k] !== undefined).map((k) => [k, f[k]])));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
