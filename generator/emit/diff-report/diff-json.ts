import type { DocChange } from '../../diff/changes.js';
import type { DiffReport } from './report.js';
import { changeWords } from './words.js';

/** Every change carries every key (null when it does not apply), in this order, so consumers can rely on the shape. */
const keyOrder = ['kind', 'breaking', 'bump', 'product', 'event', 'version', 'field', 'before', 'after', 'lang', 'file', 'line', 'where', 'section', 'evidence', 'words', 'accepted'] as const;

/** `before` and `after` are the full texts; `words` the word diff of a description change; `where` labels the old and the new place. */
export function jsonChange(c: DocChange): Record<string, unknown> {
  const values: Partial<Record<(typeof keyOrder)[number], unknown>> = {
    ...c,
    where: { old: c.where?.old ?? null, new: c.where?.new ?? null },
    words: changeWords(c),
  };
  return Object.fromEntries(keyOrder.map((k) => [k, values[k] ?? null]));
}

export function diffJson(report: DiffReport): string {
  const body = { summary: report.summary, ...(report.steps ? { steps: report.steps } : {}), changes: report.changes.map(jsonChange), ...(report.overrides?.length ? { overrides: report.overrides } : {}) };
  return `${JSON.stringify(body, null, 2)}\n`;
}
