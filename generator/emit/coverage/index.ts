import type { Model } from '../../model/types.js';
import { coverageJson } from './coverage-json.js';
import { coverageMarkdown } from './coverage-md.js';

export { coverageReport, pageReport, type CoverageReport, type PageReport } from './coverage-json.js';
export { coverageMarkdown, pageMarkdown } from './coverage-md.js';
export { pageText, pageYield, type PageYield } from './coverage-text.js';
export { pageCounts, summaryLine, type CoverageCounts } from './summary.js';

/** `report/coverage.*`, written by `generate`: pure, from the model's per-page coverage. */
export function emitCoverageReports(model: Model): Map<string, string> {
  return new Map([
    ['report/coverage.md', coverageMarkdown(model.coverage)],
    ['report/coverage.json', coverageJson(model.coverage)],
  ]);
}
