import { describe, expect, it } from 'vitest';
import { emitCoverageReports, pageCounts, summaryLine, type CoverageReport } from '../../../generator/emit/coverage/index.js';
import type { PageCoverage } from '../../../generator/model/types.js';
import { modelOf } from '../../helpers/snippet.js';

const page: PageCoverage = {
  file: 'docs-src/p/zh/page.md',
  product: 'p',
  lang: 'zh',
  shapes: ['named-section'],
  blocks: [
    { kind: 'table', line: 3, tableKind: 'params', excerpt: '参数 | 类型 | 描述', role: 'payload of A', claimedBy: 'named-section' },
    { kind: 'table', line: 9, tableKind: 'other', excerpt: 'a | b', reason: 'its columns are not those of a parameter table' },
    { kind: 'code', line: 14, json: true, excerpt: '{ "a": 1 }', role: 'example of A', claimedBy: 'named-section' },
    { kind: 'code', line: 20, json: true, excerpt: '{ "b": 1 }', reason: 'a JSON block outside every event, API and reply section' },
    { kind: 'code', line: 25, json: false, excerpt: 'curl x', reason: 'not JSON (sh): not an example' },
    { kind: 'code', line: 30, json: false, excerpt: 'https://x?a=1', role: 'request example of B', claimedBy: 'api-reference' },
    { kind: 'list', line: 40, excerpt: 'one', reason: 'a prose list: read as text only' },
  ],
  events: 1,
  apis: 0,
  structs: 0,
};

describe('the per-page summary line', () => {
  it('counts used tables, attached examples (JSON, or any code given a role) and used lists', () => {
    const counts = pageCounts(page);
    expect(summaryLine(counts)).toBe('tables used 1/2, examples attached 2/3, lists used 0/1, events 1, APIs 0, structs 0');
    expect(counts.otherCode).toBe(1);
  });
});

describe('report/coverage.md and coverage.json', () => {
  const bare: PageCoverage = { file: 'docs-src/q/en/empty.md', product: 'q', lang: 'en', shapes: [], blocks: [], events: 0, apis: 0, structs: 0 };
  const files = emitCoverageReports({ ...modelOf(['x']), coverage: [page, bare] });

  it('lists every block of every page with its role, or "not used" and the reason', () => {
    const md = files.get('report/coverage.md') ?? '';
    expect(md).toContain('2 pages: tables used 1/2, examples attached 2/3, lists used 0/1, events 1, APIs 0, structs 0. 1 page(s) gave no event and no API.');
    expect(md).toContain('| docs-src/p/zh/page.md | named-section | 1/2 | 2/3 | 0/1 | 1 | 0 | 0 |');
    expect(md).toContain('| 3 | table (params) | 参数 \\| 类型 \\| 描述 | payload of A | named-section |');
    expect(md).toContain('| 20 | code (JSON) | { "b": 1 } | **not used** | a JSON block outside every event, API and reply section |');
    expect(md).toContain('tables used 0/0, examples attached 0/0, lists used 0/0, events 0, APIs 0, structs 0 — **no event and no API**');
    expect(md).toContain('No table, list or code block on this page.');
  });

  it('gives the same in JSON, with the counts and the summary line of each page and of all', () => {
    const json = JSON.parse(files.get('report/coverage.json') ?? '{}') as CoverageReport;
    expect(json.pages.map((p) => [p.file, p.summary, p.blocks.length])).toEqual([
      ['docs-src/p/zh/page.md', 'tables used 1/2, examples attached 2/3, lists used 0/1, events 1, APIs 0, structs 0', 7],
      ['docs-src/q/en/empty.md', 'tables used 0/0, examples attached 0/0, lists used 0/0, events 0, APIs 0, structs 0', 0],
    ]);
    expect([json.totals.pages, json.totals.pagesWithoutEventsOrApis, json.totals.tables]).toEqual([2, 1, { used: 1, total: 2 }]);
  });

  it('escapes doc text: a pipe, a tag or a line break in a header cannot break the table', () => {
    const hostile: PageCoverage = { ...page, blocks: [{ kind: 'table', line: 1, tableKind: 'other', excerpt: 'a|b <script>', reason: 'x\ny' }] };
    const md = emitCoverageReports({ ...modelOf(['x']), coverage: [hostile] }).get('report/coverage.md') ?? '';
    expect(md).toContain('| 1 | table (other) | a\\|b &lt;script&gt; | **not used** | x y |');
  });
});
