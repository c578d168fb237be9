import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { summarize, type DocChange } from '../../generator/diff/changes.js';
import { diffSarif } from '../../generator/emit/diff-report/diff-sarif.js';
import { diffFormatters } from '../../generator/emit/diff-report/index.js';

// the official SARIF 2.1.0 schema kept next to the findings report test (no network)
const schema = JSON.parse(readFileSync(new URL('../emit/report/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
delete schema.$schema;
delete schema.id;
const validateSarif = new Ajv({ strict: false, unicodeRegExp: false, formats: { 'date-time': true, uri: true, 'uri-reference': true } }).compile(schema);

const base = { product: 'rtc', event: 'RoomCreate' };
const changes: DocChange[] = [
  { ...base, kind: 'field-removed', breaking: true, bump: 'major', field: 'Timestamp', before: 'int64', file: 'docs-src/rtc/zh/callbacks.md', line: 120, where: { old: { file: 'docs-src/rtc/zh/callbacks.md', line: 120 } }, section: { file: 'docs-src/rtc/zh/callbacks.md', line: 101 } },
  { ...base, kind: 'field-retyped', breaking: true, bump: 'major', field: 'RoomId', before: 'integer', after: 'string', lang: 'zh', file: 'docs-src/rtc/zh/callbacks.md', line: 119, where: { old: { file: 'docs-src/rtc/zh/callbacks.md', line: 119 }, new: { file: 'docs-src/rtc/zh/callbacks.md', line: 119 } }, accepted: 'the vendor sends strings since March' },
  { ...base, kind: 'description-changed', breaking: false, bump: 'patch', field: 'RoomId', before: 'a', after: 'b', lang: 'zh' },
];
const sarif = JSON.parse(diffSarif({ title: 'T', summary: summarize(changes), changes }));

describe('diff --format sarif', () => {
  it('is valid SARIF 2.1.0, chosen from the formatter table', () => {
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.version).toBe('2.1.0');
    expect(diffFormatters.sarif).toBe(diffSarif);
    const empty = JSON.parse(diffSarif({ title: 'T', summary: summarize([]), changes: [] }));
    expect(validateSarif(empty)).toBe(true);
    expect(empty.runs[0].results).toEqual([]);
  });

  it('annotates the doc line of each breaking change, and only those', () => {
    const [run] = sarif.runs;
    expect(run.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['field-removed', 'field-retyped']);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    // a removed field has no new line: the annotation sits on its event's section in the new docs, the old line is related
    const [removed, retyped] = run.results;
    expect(removed.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'docs-src/rtc/zh/callbacks.md' }, region: { startLine: 101 } });
    expect(removed.relatedLocations[0].physicalLocation.region.startLine).toBe(120);
    expect(removed.relatedLocations[0].message.text).toMatch(/old docs/);
    expect(removed.message.text).toBe('rtc RoomCreate: field Timestamp removed (was int64). Breaking for consumers; suggested bump: major.');
    expect(retyped.locations[0].physicalLocation.region.startLine).toBe(119);
    expect(retyped.relatedLocations).toBeUndefined();
  });

  it('marks an accepted change as suppressed with the team\'s reason', () => {
    const [removed, retyped] = sarif.runs[0].results;
    expect(removed.suppressions).toBeUndefined();
    expect(retyped.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'the vendor sends strings since March' }]);
  });

  it('the schema check is real: a result without a message fails it', () => {
    const broken = structuredClone(sarif);
    delete broken.runs[0].results[0].message;
    expect(validateSarif(broken)).toBe(false);
  });
});
