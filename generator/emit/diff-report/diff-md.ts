import type { DocChange, DiffSummary } from '../../diff/changes.js';
import { mdCell } from '../report/findings-md.js';

/** A pull-request comment: the summary line, then one table per product and event. */
export function diffMarkdown(summary: DiffSummary, changes: DocChange[], title = 'Documentation changes'): string {
  const lines = [`# ${title}`, '', `**${summary.breaking} breaking, ${summary.nonBreaking} non-breaking — suggested bump: ${summary.bump}**`, ''];
  if (changes.length === 0) lines.push('No change.', '');
  const groups = new Map<string, DocChange[]>();
  for (const c of changes) groups.set(`${c.product} / ${c.event}`, [...(groups.get(`${c.product} / ${c.event}`) ?? []), c]);
  for (const [key, list] of groups) {
    lines.push(`## ${mdCell(key)}`, '', '| | change | version | field | before | after | lang | where |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const c of list) {
      lines.push(`| ${c.breaking ? '**breaking**' : ''} | ${c.kind}${c.evidence ? ` (${mdCell(c.evidence)})` : ''} | ${mdCell(c.version ?? '')} | ${mdCell(c.field ?? '')} | ${mdCell(c.before ?? '')} | ${mdCell(c.after ?? '')} | ${c.lang ?? ''} | ${c.file ? mdCell(`${c.file}:${c.line}`) : ''} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
