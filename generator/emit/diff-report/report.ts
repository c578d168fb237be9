import type { DiffSummary, DocChange } from '../../diff/changes.js';
import type { VersionStep } from '../../diff/model-diff.js';
import type { OverrideLine } from '../../diff/overrides.js';

/** What every diff formatter reads: a title, the counts, the sorted changes, and the version steps of a versions report. */
export interface DiffReport {
  title: string;
  summary: DiffSummary;
  changes: DocChange[];
  /** Only in a version-to-version report: every step, the ones without change too. */
  steps?: Array<Omit<VersionStep, 'changes'> & { breaking: number; nonBreaking: number }>;
  /** The local overrides (docs-src/overrides.json) of NEW and OLD: shown apart from the doc changes, never counted in them. */
  overrides?: OverrideLine[];
}

/** Changes grouped by product and event, in report order (the changes are sorted already). */
export function groupByEvent(changes: DocChange[]): Array<{ product: string; event: string; changes: DocChange[] }> {
  const groups = new Map<string, { product: string; event: string; changes: DocChange[] }>();
  for (const c of changes) {
    const key = `${c.product}\u0000${c.event}`;
    const group = groups.get(key) ?? { product: c.product, event: c.event, changes: [] };
    group.changes.push(c);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function summaryLine(summary: DiffSummary): string {
  return `${summary.breaking} breaking${summary.accepted ? ` (${summary.accepted} accepted)` : ''}, ${summary.nonBreaking} non-breaking — suggested bump: ${summary.bump}`;
}
