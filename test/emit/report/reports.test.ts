import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { registry } from '../../../generator/check/index.js';
import { emitFindingReports, findingFormatters } from '../../../generator/emit/report/index.js';
import type { Diagnostic } from '../../../generator/shared/diagnostic.js';

// the official SARIF 2.1.0 schema (rtm.5, as shipped in @microsoft/jest-sarif, MIT); draft-04 keys dropped for Ajv 8
const schema = JSON.parse(readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
delete schema.$schema;
delete schema.id;
// the schema's language-tag pattern is not valid with the u flag; formats are not what this test is about
const validateSarif = new Ajv({ strict: false, unicodeRegExp: false, formats: { 'date-time': true, uri: true, 'uri-reference': true } }).compile(schema);

const findings: Diagnostic[] = [
  { code: 'version-change', severity: 'info', message: 'Bucket was renamed from TosBucket from 2020-12-01 to 2022-06-01; each version keeps its own type.', file: 'docs-src/rtc/zh/callbacks.md', line: 1467, product: 'rtc', event: 'SegmentRealTimeData', version: '2022-06-01', field: 'Bucket', lang: 'zh' },
  { code: 'example-type-mismatch', severity: 'warning', message: 'The example gives Data[].SampleRate as string "44100", but the table says integer | <b>Int</b>; typed as integer.', file: 'docs-src/rtc/zh/callbacks.md', line: 1437, product: 'rtc', event: 'SegmentRealTimeData', version: '2020-12-01', field: 'Data[].SampleRate', lang: 'zh' },
  { code: 'example-invalid-json', severity: 'error', message: 'The example is not valid JSON: an unclosed string (line 928, column 15).', file: 'docs-src/rtc/zh/callbacks.md', line: 928, column: 15, product: 'rtc', event: 'RecordAudioStreamStateChanged' },
  { code: 'duplicate-anchor', severity: 'warning', message: 'Anchor #x is defined again.', file: 'docs-src/tiw/zh/page.md', line: 3 },
];

describe('findings reports', () => {
  const reports = emitFindingReports(findings);

  it('writes the three reports from one lookup table, the same whatever the input order', () => {
    expect([...reports.keys()].sort()).toEqual(['report/findings.json', 'report/findings.md', 'report/findings.sarif']);
    expect(Object.values(findingFormatters).map((f) => f.path).sort()).toEqual([...reports.keys()].sort());
    expect(emitFindingReports([...findings].reverse())).toEqual(reports);
  });

  it('findings.json: sorted, the documented keys in one order, absent keys omitted', () => {
    const rows = JSON.parse(reports.get('report/findings.json')!) as Array<Record<string, unknown>>;
    expect(rows.map((r) => `${String(r.file)}:${String(r.line)}`)).toEqual(['docs-src/rtc/zh/callbacks.md:928', 'docs-src/rtc/zh/callbacks.md:1437', 'docs-src/rtc/zh/callbacks.md:1467', 'docs-src/tiw/zh/page.md:3']);
    expect(Object.keys(rows[1])).toEqual(['code', 'severity', 'message', 'file', 'line', 'product', 'event', 'version', 'field', 'lang']);
    expect(Object.keys(rows[3])).toEqual(['code', 'severity', 'message', 'file', 'line']);
  });

  it('findings.md: counts first, one section per product and event, cells escaped', () => {
    const md = reports.get('report/findings.md')!;
    expect(md).toMatch(/^# Documentation findings\n\n4 findings: 1 error, 2 warning, 1 info\.\n/);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## (no product) / (page)', '## rtc / RecordAudioStreamStateChanged', '## rtc / SegmentRealTimeData (2020-12-01)', '## rtc / SegmentRealTimeData (2022-06-01)']);
    const row = md.split('\n').find((l) => l.includes('SampleRate') && l.startsWith('| warning'))!;
    expect(row).toContain('integer \\| &lt;b&gt;Int&lt;/b&gt;');
    // every table row has the header's five cells: no message pipe leaks into a cell break
    const sectionRows = md.slice(md.indexOf('\n## ')).split('\n').filter((x) => x.startsWith('| '));
    expect(sectionRows.length).toBe(4 + 2 * headings.length);
    for (const l of sectionRows) expect(l.split(/(?<!\\)\|/).length - 2, l).toBe(5);
  });

  it('findings.sarif: valid against the SARIF 2.1.0 schema, with rules from the registry and locations on the doc lines', () => {
    const sarif = JSON.parse(reports.get('report/findings.sarif')!);
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    expect(run.tool.driver.name).toBe('docs2ts');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(registry().map((r) => r.id));
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'version-change');
    expect(rule).toMatchObject({ shortDescription: { text: expect.stringMatching(/\.$/) }, defaultConfiguration: { level: 'note' } });
    expect(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['example-invalid-json', 'error'],
      ['example-type-mismatch', 'warning'],
      ['version-change', 'note'],
      ['duplicate-anchor', 'warning'],
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'docs-src/rtc/zh/callbacks.md' }, region: { startLine: 928, startColumn: 15 } });
    expect(run.results[0].message.text).toBe(findings[2].message);
  });

  it('the schema check is real: a wrong level fails it', () => {
    const sarif = JSON.parse(reports.get('report/findings.sarif')!);
    sarif.runs[0].results[0].level = 'info';
    expect(validateSarif(sarif)).toBe(false);
  });

  it('an empty list still gives a valid, readable report', () => {
    const empty = emitFindingReports([]);
    expect(JSON.parse(empty.get('report/findings.json')!)).toEqual([]);
    expect(empty.get('report/findings.md')).toContain('0 findings');
    expect(validateSarif(JSON.parse(empty.get('report/findings.sarif')!))).toBe(true);
  });
});
