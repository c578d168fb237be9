import type { PageCoverage } from '../../model/types.js';
import { addCounts, pageCounts, summaryLine, type CoverageCounts } from './summary.js';

export interface PageReport extends PageCoverage {
  counts: CoverageCounts;
  summary: string;
}

export interface CoverageReport {
  pages: PageReport[];
  totals: CoverageCounts & { pages: number; pagesWithoutEventsOrApis: number; summary: string };
}

export function pageReport(page: PageCoverage): PageReport {
  const counts = pageCounts(page);
  return { ...page, counts, summary: summaryLine(counts) };
}

/** Pages in the model's order (sorted by file), blocks in page order: deterministic. */
export function coverageReport(pages: PageCoverage[]): CoverageReport {
  const reports = pages.map(pageReport);
  const totals = addCounts(reports.map((p) => p.counts));
  return { pages: reports, totals: { ...totals, pages: pages.length, pagesWithoutEventsOrApis: pages.filter((p) => p.events === 0 && p.apis === 0).length, summary: summaryLine(totals) } };
}

export function coverageJson(pages: PageCoverage[]): string {
  return `${JSON.stringify(coverageReport(pages), null, 2)}\n`;
}
