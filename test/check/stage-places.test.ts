import { describe, expect, it } from 'vitest';
import { placeStageDiagnostics } from '../../generator/check/stage-places.js';
import type { Diagnostic } from '../../generator/shared/diagnostic.js';
import { event, FILE, field, model, struct, type } from './model-builder.js';

const m = model({
  structList: [struct('ImageData', [field('Format', type.integer(), { line: 34 })])],
  events: [event('A', [field('Id', type.string, { line: 12 })], { line: 10 }), event('S', [field('Data', type.array(type.ref('p/ImageData')), { line: 24 })], { line: 20, version: '2020-12-01' })],
});
const at = (line: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({ code: 'table-row-cell-count', severity: 'warning', message: 'm.', file: FILE, line, ...extra });

describe('placeStageDiagnostics', () => {
  it('names the event whose section holds the line, and the field documented on it', () => {
    const [a, data, format, anchor] = placeStageDiagnostics(m, [at(12), at(24), at(34), at(30, { code: 'duplicate-anchor' })]);
    expect([a.event, a.field]).toEqual(['A', 'Id']);
    expect([data.event, data.version, data.field, data.product]).toEqual(['S', '2020-12-01', 'Data', 'p']);
    expect(format.field).toBe('Data[].Format');
    expect([anchor.event, anchor.field]).toEqual(['S', undefined]);
  });

  it('leaves alone what lies before the first section, in another file, or already names an event', () => {
    const before = at(3);
    const elsewhere = at(12, { file: 'docs-src/p/en/x.txt' });
    const named = at(24, { event: 'Other' });
    expect(placeStageDiagnostics(m, [before, elsewhere, named])).toEqual([before, elsewhere, named]);
  });
});
