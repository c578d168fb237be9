import type { DocChange, DiffSummary } from '../../diff/changes.js';

const keyOrder = ['kind', 'breaking', 'product', 'event', 'version', 'field', 'before', 'after', 'lang', 'file', 'line', 'evidence'] as const;

export function diffJson(summary: DiffSummary, changes: DocChange[]): string {
  return `${JSON.stringify({ summary, changes: changes.map((c) => Object.fromEntries(keyOrder.filter((k) => c[k] !== undefined).map((k) => [k, c[k]]))) }, null, 2)}\n`;
}
