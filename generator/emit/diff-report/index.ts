import { fieldTimelines, timelineMarkdown } from '../field-timeline.js';
import { summarize } from '../../diff/changes.js';
import { diffVersions, versionSteps } from '../../diff/model-diff.js';
import type { Model } from '../../model/types.js';
import { diffHtml } from './diff-html.js';
import { diffJson } from './diff-json.js';
import { diffMarkdown } from './diff-md.js';
import { diffSarif } from './diff-sarif.js';
import type { DiffReport } from './report.js';

export type { DiffReport } from './report.js';

export type DiffFormat = 'md' | 'json' | 'html' | 'sarif';

/** Formatters behind one interface, chosen from a table. */
export const diffFormatters: Record<DiffFormat, (report: DiffReport) => string> = {
  md: diffMarkdown,
  json: diffJson,
  html: diffHtml,
  sarif: diffSarif,
};

export function isDiffFormat(name: string): name is DiffFormat {
  return Object.hasOwn(diffFormatters, name);
}

/** Each dated version of each event against the one before it, in one snapshot. */
export function versionReport(model: Model, title = 'Changes between dated versions of each event'): DiffReport {
  const steps = versionSteps(model);
  const changes = diffVersions(model);
  const counted = steps.map(({ changes: list, ...step }) => ({ ...step, breaking: list.filter((c) => c.breaking).length, nonBreaking: list.filter((c) => !c.breaking).length }));
  return { title, summary: summarize(changes), changes, steps: counted };
}

/** `report/versions.*`, written by `generate`. */
export function emitVersionReports(model: Model): Map<string, string> {
  const report = versionReport(model);
  return new Map([
    ['report/versions.md', diffMarkdown(report) + timelineMarkdown(fieldTimelines(model))],
    ['report/versions.json', diffJson(report)],
  ]);
}
