import type { Model } from '../../model/types.js';
import { summarize, type DocChange, type DiffSummary } from '../../diff/changes.js';
import { diffVersions } from '../../diff/model-diff.js';
import { diffHtml } from './diff-html.js';
import { diffJson } from './diff-json.js';
import { diffMarkdown } from './diff-md.js';

/** Formatters behind one interface, chosen from a table. */
export const diffFormatters: Record<'md' | 'json' | 'html', (summary: DiffSummary, changes: DocChange[], title?: string) => string> = {
  md: diffMarkdown,
  json: diffJson,
  html: diffHtml,
};

/** `report/versions.*`: each dated version of an event against the one before it. */
export function emitVersionReports(model: Model): Map<string, string> {
  const changes = diffVersions(model);
  const summary = summarize(changes);
  const title = 'Changes between dated versions of each event';
  return new Map([
    ['report/versions.md', diffMarkdown(summary, changes, title)],
    ['report/versions.json', diffJson(summary, changes)],
  ]);
}
