import type { DocChange } from '../../diff/changes.js';
import type { DiffReport } from './report.js';

/** Every change carries every key (null when it does not apply), in this order, so consumers can rely on the shape. */
const keyOrder = ['kind', 'breaking', 'bump', 'product', 'event', 'version', 'field', 'before', 'after', 'lang', 'file', 'line', 'evidence'] as const;

export function jsonChange(c: DocChange): Record<string, unknown> {
  return Object.fromEntries(keyOrder.map((k) => [k, c[k] ?? null]));
}

export function diffJson(report: DiffReport): string {
  const body = { summary: report.summary, ...(report.steps ? { steps: report.steps } : {}), changes: report.changes.map(jsonChange) };
  return `${JSON.stringify(body, null, 2)}\n`;
}
