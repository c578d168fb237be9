import type { Diagnostic } from '../../shared/diagnostic.js';

/** Escapes text for a Markdown table cell: pipes, HTML and line breaks. */
export function mdCell(value: unknown): string {
  // doc text can be anything after a bad page; never let a missing value break a report
  const text = value === undefined || value === null ? '' : String(value);
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/`/g, "'");
}

/** `findings.md`: counts, then one table per product and event, readable in a pull request. */
export function findingsMarkdown(findings: Diagnostic[]): string {
  const count = (s: Diagnostic['severity']): number => findings.filter((f) => f.severity === s).length;
  const lines = ['# Documentation findings', '', `${findings.length} findings: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} info.`, ''];
  const codes = new Map<string, number>();
  for (const f of findings) codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
  lines.push('| rule | count |', '| --- | --- |', ...[...codes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, n]) => `| ${c} | ${n} |`), '');
  const groups = new Map<string, Diagnostic[]>();
  for (const f of findings) {
    const key = `${f.product ?? '(no product)'} / ${f.event ? `${f.event}${f.version ? ` (${f.version})` : ''}` : '(page)'}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [key, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push(`## ${mdCell(key)}`, '', '| severity | rule | field | where | message |', '| --- | --- | --- | --- | --- |');
    for (const f of list) lines.push(`| ${f.severity} | ${f.code} | ${mdCell(f.field ?? '')} | ${mdCell(`${f.file}:${f.line}`)} | ${mdCell(f.message)} |`);
    lines.push('');
  }
  return lines.join('\n');
}
