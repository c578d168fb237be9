import { describe, expect, it } from 'vitest';
import { findingsOnExample, indexExampleFindings } from '../../generator/emit/fixtures/expectations.js';
import type { Example } from '../../generator/model/types.js';
import type { Diagnostic } from '../../generator/shared/diagnostic.js';

const FILE = 'docs-src/p/zh/page.md';
// an example on lines 20–24 of its page
const example: Example = { kind: 'payload', raw: '{\n  "A": "1",\n  "B": 2,\n  "C": 3\n}', value: { A: '1', B: 2, C: 3 }, source: { file: FILE, line: 20, lang: 'zh' } };
const finding = (code: string, line: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({ code, severity: 'warning', message: 'M.', file: FILE, line, product: 'p', event: 'E', ...extra });

describe('fixture expectations from the findings', () => {
  it('takes the contradicting findings on the example\'s own lines, and labels the test with their ids and fields', () => {
    const found = findingsOnExample([
      finding('example-type-mismatch', 21, { field: 'A' }),
      finding('example-enum-value', 22, { field: 'B' }),
      finding('example-missing-required-field', 20),
      finding('example-undocumented-field', 23, { field: 'C' }),
      finding('example-undocumented-field', 24, { field: 'C' }),
    ], 'p', { event: 'E' }, null, example);
    expect(found.contradictions).toEqual([['example-type-mismatch', 'A'], ['example-enum-value', 'B'], ['example-missing-required-field', '']]);
    expect(found.undocumented).toEqual(['C']);
    expect(found.label).toBe(' — example-type-mismatch at A, example-enum-value at B, example-missing-required-field, example-undocumented-field at C, example-undocumented-field at C');
  });

  it('expects a clean pass when no finding is on the example: other lines, files, events, versions and rules do not count', () => {
    const found = findingsOnExample([
      finding('example-type-mismatch', 19, { field: 'A' }),
      finding('example-type-mismatch', 25, { field: 'A' }),
      finding('example-type-mismatch', 21, { field: 'A', file: 'docs-src/p/en/page.md' }),
      finding('example-type-mismatch', 21, { field: 'A', event: 'Other' }),
      finding('example-type-mismatch', 21, { field: 'A', product: 'q' }),
      finding('example-type-mismatch', 21, { field: 'A', version: '2020-01-01' }),
      finding('description-values-vs-type', 21, { field: 'A' }),
    ], 'p', { event: 'E' }, null, example);
    expect(found).toEqual({ contradictions: [], undocumented: [], label: '' });
    expect(findingsOnExample([finding('example-type-mismatch', 21, { field: 'A', version: '2020-01-01' })], 'p', { event: 'E' }, '2020-01-01', example).contradictions).toEqual([['example-type-mismatch', 'A']]);
  });

  it('matches an API example by the Action in `api`, never by an event of the same name', () => {
    const onApi = finding('example-type-mismatch', 21, { field: 'A', event: undefined, api: 'E' });
    expect(findingsOnExample([onApi], 'p', { api: 'E' }, null, example).contradictions).toEqual([['example-type-mismatch', 'A']]);
    expect(findingsOnExample([onApi], 'p', { event: 'E' }, null, example).contradictions).toEqual([]);
    expect(findingsOnExample([finding('example-type-mismatch', 21, { field: 'A' })], 'p', { api: 'E' }, null, example).contradictions).toEqual([]);
  });
});

describe('the index of example findings', () => {
  it('gives each example the same findings as a search of the whole list, in the list\'s order', () => {
    const findings = [
      finding('example-type-mismatch', 21, { field: 'A' }),
      finding('example-type-mismatch', 21, { field: 'A', file: 'docs-src/p/en/page.md' }),
      finding('example-enum-value', 22, { field: 'B', version: '2020-01-01' }),
      finding('example-undocumented-field', 23, { field: 'C' }),
      finding('example-missing-required-field', 20, { event: 'Other' }),
      finding('description-values-vs-type', 21, { field: 'A' }),
      finding('example-type-mismatch', 21, { field: 'D', product: undefined }),
      finding('example-type-mismatch', 21, { field: 'F', event: undefined, api: 'E' }),
    ];
    const index = indexExampleFindings(findings);
    // one group per product, event, version and file; other rules and findings on no event are left out
    expect([...index.values()].map((list) => list.map((f) => f.field ?? f.event))).toEqual([['A', 'C'], ['A'], ['B'], ['Other'], ['F']]);
    for (const [event, version] of [['E', null], ['E', '2020-01-01'], ['Other', null], ['F', null]] as const) {
      expect(findingsOnExample(index, 'p', { event }, version, example)).toEqual(findingsOnExample(findings, 'p', { event }, version, example));
      expect(findingsOnExample(index, 'p', { api: event }, version, example)).toEqual(findingsOnExample(findings, 'p', { api: event }, version, example));
    }
    expect(findingsOnExample(index, 'p', { event: 'E' }, null, example).label).toBe(' — example-type-mismatch at A, example-undocumented-field at C');
    expect(findingsOnExample(index, 'p', { api: 'E' }, null, example).label).toBe(' — example-type-mismatch at F');
  });

  it('keeps a null version apart from a version written as empty text', () => {
    const index = indexExampleFindings([finding('example-type-mismatch', 21, { field: 'A', version: '' })]);
    expect(findingsOnExample(index, 'p', { event: 'E' }, null, example).contradictions).toEqual([]);
    expect(findingsOnExample(index, 'p', { event: 'E' }, '', example).contradictions).toEqual([['example-type-mismatch', 'A']]);
  });
});
