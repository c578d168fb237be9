import type { Diagnostic } from '../../shared/diagnostic.js';
import type { FindingFormatter } from './formatter.js';

/** The documented key order of a finding; `column` is kept when a stage gave one. */
const keyOrder = ['code', 'severity', 'message', 'file', 'line', 'column', 'product', 'event', 'api', 'version', 'field', 'lang'] as const;
// a key added to Diagnostic and not listed here would be dropped silently: this fails to compile instead
const everyKeyListed: Exclude<keyof Diagnostic, (typeof keyOrder)[number]> extends never ? true : never = true;
void everyKeyListed;

/** `findings.json`: one object per finding, keys in one stable order, absent keys omitted. */
export const findingsJson: FindingFormatter = {
  path: 'report/findings.json',
  format(findings) {
    const rows = findings.map((f) => Object.fromEntries(keyOrder.filter((k) => f[k] !== undefined && f[k] !== '').map((k) => [k, f[k]])));
    return `${JSON.stringify(rows, null, 2)}\n`;
  },
};
