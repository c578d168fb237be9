import type { FindingFormatter } from './formatter.js';

/** The documented key order of a finding; `column` is kept when a stage gave one. */
const keyOrder = ['code', 'severity', 'message', 'file', 'line', 'column', 'product', 'event', 'version', 'field', 'lang'] as const;

/** `findings.json`: one object per finding, keys in one stable order, absent keys omitted. */
export const findingsJson: FindingFormatter = {
  path: 'report/findings.json',
  format(findings) {
    const rows = findings.map((f) => Object.fromEntries(keyOrder.filter((k) => f[k] !== undefined && f[k] !== '').map((k) => [k, f[k]])));
    return `${JSON.stringify(rows, null, 2)}\n`;
  },
};
