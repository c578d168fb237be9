import { cmp, type Diagnostic, type Severity } from '../../shared/diagnostic.js';
import type { FindingFormatter } from './formatter.js';
import { pushTo } from '../../shared/push-to.js';

/** Escapes text for a Markdown table cell: HTML, pipes and line breaks; backticks become quotes so a stray one cannot open a code span across cells. */
export function mdCell(value: unknown): string {
  // doc text can be anything after a bad page; never let a missing value break a report
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/`/g, "'")
    .replace(/\r?\n/g, ' ');
}

const severities: Severity[] = ['error', 'warning', 'info'];

function groupTitle(f: Diagnostic): string {
  const subject = f.event ?? f.api;
  const event = subject ? `${subject}${f.version ? ` (${f.version})` : ''}` : '(page)';
  return `${f.product ?? '(no product)'} / ${event}`;
}

/** `findings.md`: counts first, then one table per product and event, readable in a pull request. */
export const findingsMarkdown: FindingFormatter = {
  path: 'report/findings.md',
  format(findings) {
    const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
    const lines = ['# Documentation findings', '', `${findings.length} findings: ${severities.map((s) => `${count(s)} ${s}`).join(', ')}.`, ''];
    if (findings.length === 0) return `${lines.join('\n')}\n`;
    const byCode = new Map<string, { severity: Severity; n: number }>();
    for (const f of findings) byCode.set(f.code, { severity: f.severity, n: (byCode.get(f.code)?.n ?? 0) + 1 });
    lines.push('| rule | severity | count |', '| --- | --- | --: |');
    for (const [code, { severity, n }] of [...byCode].sort(([a], [b]) => cmp(a, b))) lines.push(`| ${code} | ${severity} | ${n} |`);
    lines.push('');
    const groups = new Map<string, Diagnostic[]>();
    for (const f of findings) pushTo(groups, groupTitle(f), f);
    for (const [title, list] of [...groups].sort(([a], [b]) => cmp(a, b))) {
      lines.push(`## ${mdCell(title)}`, '', '| severity | rule | field | where | message |', '| --- | --- | --- | --- | --- |');
      for (const f of list) lines.push(`| ${f.severity} | ${f.code} | ${mdCell(f.field ?? '')} | ${mdCell(`${f.file}:${f.line}`)} | ${mdCell(f.message)} |`);
      lines.push('');
    }
    return lines.join('\n');
  },
};
