import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../generator/sources/types.js';
import { pageUnit } from '../../generator/doc-units/page-unit.js';
import { parseExampleJson, firstTooDeep } from '../../generator/model/example-json.js';

const doc = (text: string, format = 'markdown'): SourceDoc =>
  ({ file: 'docs/x/zh/p.md', product: 'x', lang: 'zh', format, detected: { lang: false, format: false, product: false }, text, hash: 'h' }) as SourceDoc;

const nested = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const page = (example: string): string =>
  `### Deep\n\n**EventType**\n\n\`Deep\`\n\n**EventData**\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| A | Array | a |\n\n\`\`\`json\n{"A": ${example}}\n\`\`\`\n`;

describe('one page fails alone', () => {
  it('turns a failure inside the reader into a page-failed finding on that page, with an empty draft', () => {
    const unit = pageUnit(doc('# x', 'no-such-format'));
    expect(unit.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([['page-failed', 'docs/x/zh/p.md', 1]]);
    expect(unit.diagnostics[0].message).toMatch(/could not be parsed/);
    expect(unit.draft.events).toEqual([]);
  });

  it('reads a 5,000-level example as a finding, not a stack overflow, and keeps the event', () => {
    const unit = pageUnit(doc(page(nested(5000))));
    const codes = [...unit.diagnostics, ...unit.draft.diagnostics].map((d) => d.code);
    expect(codes).toContain('example-too-deep');
    expect(codes).not.toContain('page-failed');
    expect(unit.draft.events.map((e) => e.eventType)).toEqual(['Deep']);
    const example = unit.draft.events[0].examples[0];
    expect(example.value).toBeUndefined();
    expect(example.error?.overLimit).toBe(true);
  });

  it('reads an example within the depth limit as usual', () => {
    const unit = pageUnit(doc(page(nested(20))));
    expect([...unit.diagnostics, ...unit.draft.diagnostics].map((d) => d.code)).not.toContain('example-too-deep');
    expect(unit.draft.events[0].examples[0].value).toBeDefined();
  });
});

describe('example nesting limit', () => {
  it('finds the bracket that opens the level over the limit, skipping brackets inside strings', () => {
    expect(firstTooDeep('[[1]]', 2)).toBeUndefined();
    expect(firstTooDeep('[[[1]]]', 2)).toBe(2);
    expect(firstTooDeep('["[[[[", "\\"[[[["]', 1)).toBeUndefined();
    expect(firstTooDeep('{"a": {"b": [1]}}', 2)).toBe(12);
  });

  it('says where the limit is crossed, in line and column', () => {
    const parsed = parseExampleJson('{\n  "a": [[1]]\n}', 2);
    expect(parsed.value).toBeUndefined();
    expect(parsed.error).toMatchObject({ line: 2, column: 9, limit: 'depth' });
  });
});
