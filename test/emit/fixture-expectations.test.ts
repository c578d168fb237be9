import { describe, expect, it } from 'vitest';
import { findingsOnExample } from '../../generator/emit/fixtures/expectations.js';
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
