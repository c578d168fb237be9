import { describe, expect, it } from 'vitest';
import { baselineFrom, newErrors, parseBaseline } from '../../generator/check/index.js';
import type { Diagnostic } from '../../generator/shared/diagnostic.js';

const finding = (extra: Partial<Diagnostic>): Diagnostic => ({ code: 'example-invalid-json', severity: 'error', message: 'm.', file: 'docs-src/p/zh/page.md', line: 10, event: 'A', ...extra });

describe('the findings baseline', () => {
  it('accepts a listed error even when its line drifted', () => {
    const { baseline, diagnostics } = parseBaseline(JSON.stringify({ accepted: [{ code: 'example-invalid-json', file: 'docs-src/p/zh/page.md', event: 'A', line: 3 }] }), 'b.json');
    expect(diagnostics).toEqual([]);
    expect(newErrors([finding({ line: 40 })], baseline)).toEqual([]);
  });

  it('reports errors it does not list, ignores warnings, and spends one entry per finding', () => {
    const { baseline } = parseBaseline(JSON.stringify({ accepted: [{ code: 'example-invalid-json', file: 'docs-src/p/zh/page.md', event: 'A' }] }), 'b.json');
    const other = finding({ event: 'B' });
    const second = finding({ line: 50 });
    expect(newErrors([finding({}), second, other, finding({ event: 'B', severity: 'warning' })], baseline)).toEqual([second, other]);
  });

  it('matches the version when the entry names one', () => {
    const { baseline } = parseBaseline(JSON.stringify({ accepted: [{ code: 'example-invalid-json', file: 'docs-src/p/zh/page.md', event: 'A', version: '2022-06-01' }] }), 'b.json');
    const old = finding({ version: '2020-12-01' });
    expect(newErrors([old, finding({ version: '2022-06-01' })], baseline)).toEqual([old]);
  });

  it('round-trips what baselineFrom writes', () => {
    const findings = [finding({ version: '2020-12-01', field: 'Data[].Rate' }), finding({ severity: 'info', code: 'version-change' })];
    const { baseline, diagnostics } = parseBaseline(baselineFrom(findings), 'b.json');
    expect(diagnostics).toEqual([]);
    expect(baseline.accepted).toHaveLength(1);
    expect(newErrors(findings, baseline)).toEqual([]);
  });

  it('says why a baseline cannot be read, and accepts nothing then', () => {
    for (const text of ['{', '[]', '{"accepted": 1}']) {
      const { baseline, diagnostics } = parseBaseline(text, 'docs-src/findings-baseline.json');
      expect(baseline.accepted).toEqual([]);
      expect(diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([['baseline-invalid', 'error', 'docs-src/findings-baseline.json']]);
    }
    const { baseline, diagnostics } = parseBaseline('{"accepted": [\n  {"code": "a-b", "file": "f"},\n  {"code": 1}\n]}', 'b.json');
    expect(baseline.accepted).toEqual([{ code: 'a-b', file: 'f' }]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['baseline-entry-invalid', 3]]);
  });
});
