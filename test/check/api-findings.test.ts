import { describe, expect, it } from 'vitest';
import { runChecks } from '../../generator/check/index.js';
import { newErrors } from '../../generator/check/baseline.js';
import { findingsJson } from '../../generator/emit/report/findings-json.js';
import type { ApiAction } from '../../generator/model/types.js';
import { field, tinyModel } from '../helpers/tiny-model.js';

const FILE = 'docs-src/p/en/api-describe-thing.md';
const raw = '{\n  "Response": {\n    "Count": "three"\n  }\n}';
const api: ApiAction = {
  id: 'p/DescribeThing@2020-01-01',
  product: 'p',
  action: 'DescribeThing',
  apiVersion: '2020-01-01',
  typeName: 'DescribeThing',
  summary: { en: 'Describes a thing.' },
  sources: [{ file: FILE, line: 1, lang: 'en' }],
  input: [],
  output: [field('Count', { kind: 'integer' }, { sources: [{ file: FILE, line: 8, lang: 'en' }] })],
  errors: [],
  examples: [{ kind: 'response', raw, value: JSON.parse(raw) as unknown, source: { file: FILE, line: 20, lang: 'en' } }],
  responseWrapper: 'Response',
};

describe('findings on an API page', () => {
  const findings = runChecks(tinyModel({ apis: [api] }));
  const mismatch = findings.find((f) => f.code === 'example-type-mismatch');

  it('name the API by its Action in `api`, never as an event', () => {
    expect(mismatch).toMatchObject({ product: 'p', api: 'DescribeThing', version: '2020-01-01', field: 'Count', file: FILE });
    expect(findings.filter((f) => f.event !== undefined)).toEqual([]);
  });

  it('keep `api` in findings.json', () => {
    const [row] = JSON.parse(findingsJson.format([mismatch!], [])) as Array<Record<string, unknown>>;
    expect(row.api).toBe('DescribeThing');
    expect(row).not.toHaveProperty('event');
  });

  it('are accepted by a baseline entry naming the Action as `api`, or as `event` (entries written before `api`)', () => {
    const errors = [{ ...mismatch!, severity: 'error' as const }];
    const entry = { code: 'example-type-mismatch', file: FILE, field: 'Count' };
    expect(newErrors(errors, { accepted: [{ ...entry, api: 'DescribeThing' }] })).toEqual([]);
    expect(newErrors(errors, { accepted: [{ ...entry, event: 'DescribeThing' }] })).toEqual([]);
    expect(newErrors(errors, { accepted: [{ ...entry, api: 'DescribeOther' }] })).toHaveLength(1);
  });
});
