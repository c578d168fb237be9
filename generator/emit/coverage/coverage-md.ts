import type { BlockUse, PageCoverage } from '../../model/types.js';
import { mdCell } from '../report/findings-md.js';
import { coverageReport, type PageReport } from './coverage-json.js';
import { yieldsNothing } from './summary.js';

const NOTHING = 'no event and no API';

function blockRow(b: BlockUse): string {
  const what = b.kind === 'table' && b.tableKind ? `table (${b.tableKind})` : b.kind === 'code' ? (b.json ? 'code (JSON)' : 'code') : b.kind;
  return `| ${b.line} | ${what} | ${mdCell(b.excerpt ?? '')} | ${b.role ? mdCell(b.role) : '**not used**'} | ${mdCell(b.role ? b.claimedBy ?? '' : b.reason ?? '')} |`;
}

/** One page's section: where it comes from, its summary line, and every block with its role or reason. */
export function pageMarkdown(page: PageReport, depth = 2): string[] {
  const lines = [`${'#'.repeat(depth)} ${mdCell(page.file)}`, ''];
  lines.push(`${mdCell(page.product)} · ${page.lang} · shapes: ${page.shapes.length ? page.shapes.map(mdCell).join(', ') : '(none)'}`, '');
  lines.push(`${page.summary}${yieldsNothing(page) ? ` — **${NOTHING}**` : ''}`, '');
  if (page.blocks.length === 0) return [...lines, 'No table, list or code block on this page.', ''];
  lines.push('| line | kind | block | role | claimed by / reason not used |', '| --: | --- | --- | --- | --- |');
  for (const b of page.blocks) lines.push(blockRow(b));
  lines.push('');
  return lines;
}

/** `coverage.md`: the totals, one line per page, then every page's blocks. */
export function coverageMarkdown(pages: PageCoverage[]): string {
  const report = coverageReport(pages);
  const t = report.totals;
  const lines = ['# Coverage: what was read on each page', ''];
  lines.push(`${t.pages} pages: ${t.summary}.${t.pagesWithoutEventsOrApis ? ` ${t.pagesWithoutEventsOrApis} page(s) gave ${NOTHING}.` : ''}`, '');
  lines.push('Every table, list and code block of every page, with the role it was given or the reason it was not used.', '');
  lines.push('| page | shapes | tables used | examples attached | lists used | events | APIs | structs |', '| --- | --- | --: | --: | --: | --: | --: | --: |');
  for (const p of report.pages) {
    const c = p.counts;
    lines.push(`| ${mdCell(p.file)} | ${mdCell(p.shapes.join(', '))} | ${c.tables.used}/${c.tables.total} | ${c.examples.used}/${c.examples.total} | ${c.lists.used}/${c.lists.total} | ${c.events} | ${c.apis} | ${c.structs} |`);
  }
  lines.push('');
  for (const p of report.pages) lines.push(...pageMarkdown(p));
  return lines.join('\n');
}
