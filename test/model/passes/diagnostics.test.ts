import { describe, expect, it } from 'vitest';
import { dedupeDiagnostics } from '../../../generator/model/passes/diagnostics.js';
import type { Diagnostic } from '../../../generator/shared/diagnostic.js';
import { deepFreeze } from './drafts.js';
import { emptyModel } from './model-fixtures.js';

const d = (line: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({ code: 'table-unused', severity: 'warning', message: `m${line}`, file: 'docs-src/p/zh/page.md', line, ...extra });

describe('diagnostics pass', () => {
  it('sorts by place and keeps each diagnostic once; two that differ in anything are both kept', () => {
    const model = emptyModel({ diagnostics: [d(9), d(2), d(9), d(2, { field: 'A' }), d(2), d(1, { file: 'docs-src/p/en/page.md' })] });
    expect(dedupeDiagnostics.run(deepFreeze(model)).diagnostics).toEqual([d(1, { file: 'docs-src/p/en/page.md' }), d(2), d(2, { field: 'A' }), d(9)]);
  });
});
