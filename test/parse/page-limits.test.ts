import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../generator/config/limits.js';
import { pageUnit } from '../../generator/doc-units/page-unit.js';
import { parseDoc } from '../../generator/parse/index.js';
import type { TableBlock } from '../../generator/parse/types.js';
import { snippetDoc } from '../helpers/snippet.js';

const tiny = (over: Partial<Limits>): Limits => ({ ...DEFAULT_LIMITS, ...over });
const header = '| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n';
const rows = (n: number): string => Array.from({ length: n }, (_, i) => `| F${i} | String | f${i} |\n`).join('');
const tables = (doc: ReturnType<typeof parseDoc>): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
const event = (name: string, body: string): string => `### ${name}\n\n**EventType**\n\n\`${name}\`\n\n**EventData**\n\n${body}\n`;

describe('per-page limits: tables', () => {
  it('reads the first maxTableRows rows of a GFM table and reports the first row skipped, with its line', () => {
    const parsed = parseDoc(snippetDoc(`# T\n\n${header}${rows(5)}`), tiny({ maxTableRows: 3 }));
    expect(tables(parsed)[0].rows.map((r) => r.cells[0].text)).toEqual(['F0', 'F1', 'F2']);
    const found = parsed.diagnostics.filter((d) => d.code === 'table-too-many-rows');
    // line 1 heading, 3 header, 4 delimiter, 5-7 the rows read, 8 the first skipped
    expect(found.map((d) => [d.file, d.line, d.severity])).toEqual([['docs-src/p/zh/page.md', 8, 'error']]);
    expect(found[0].message).toMatch(/5 rows, over the limit of 3 .*last 2/);
  });

  it('leaves a table at the limit alone', () => {
    const parsed = parseDoc(snippetDoc(`# T\n\n${header}${rows(3)}`), tiny({ maxTableRows: 3 }));
    expect(tables(parsed)[0].rows).toHaveLength(3);
    expect(parsed.diagnostics.map((d) => d.code)).not.toContain('table-too-many-rows');
  });

  it('cuts the rows of tables of every dialect (an HTML table, a scraped pipe table)', () => {
    const html = `<table><tr><th>参数名</th><th>类型</th><th>描述</th></tr>${Array.from({ length: 4 }, (_, i) => `<tr><td>H${i}</td><td>String</td><td>h</td></tr>`).join('')}</table>\n`;
    const fromHtml = parseDoc(snippetDoc(`# T\n\n${html}`), tiny({ maxTableRows: 2 }));
    expect(tables(fromHtml)[0].rows.map((r) => r.cells[0].text)).toEqual(['H0', 'H1']);
    expect(fromHtml.diagnostics.filter((d) => d.code === 'table-too-many-rows')).toHaveLength(1);
    const scraped = parseDoc(snippetDoc(`Title\n参数名 | 类型 | 描述 |\nA | String | a |\nB | String | b |\nC | String | c |\n`, { format: 'scraped-text' }), tiny({ maxTableRows: 2 }));
    const scrapedTables = tables(scraped);
    expect(scrapedTables.length).toBe(1);
    expect(scrapedTables[0].rows).toHaveLength(2);
    expect(scraped.diagnostics.filter((d) => d.code === 'table-too-many-rows').map((d) => d.line)).toEqual([5]);
  });

  it('reads the first maxTablesPerPage tables and reports the first one skipped, once per page', () => {
    const text = ['# T', ...Array.from({ length: 4 }, (_, i) => `${header}| T${i} | String | t |\n`)].join('\n');
    const parsed = parseDoc(snippetDoc(text), tiny({ maxTablesPerPage: 2 }));
    expect(tables(parsed).map((t) => t.rows[0].cells[0].text)).toEqual(['T0', 'T1']);
    const found = parsed.diagnostics.filter((d) => d.code === 'page-too-many-tables');
    expect(found.map((d) => d.line)).toEqual([tables(parseDoc(snippetDoc(text)))[2].line]);
    expect(found[0].message).toMatch(/4 tables, over the limit of 2.*last 2/);
  });

  it('keeps the events of the tables it read; the skipped rows are no fields', () => {
    const unit = pageUnit(snippetDoc(event('Big', `${header}${rows(6)}`)), tiny({ maxTableRows: 4 }));
    expect(unit.draft.events[0].fields.map((f) => f.name)).toEqual(['F0', 'F1', 'F2', 'F3']);
    expect(unit.diagnostics.map((d) => d.code)).toContain('table-too-many-rows');
  });
});

describe('per-page limits: examples', () => {
  const withExample = (json: string): string => event('Ex', `${header}| A | Object | a |\n\n\`\`\`json\n${json}\n\`\`\``);

  it('keeps a code block over maxExampleBytes as raw text: example-too-large at its line, no value, no fixture', () => {
    const json = `{"A": {"B": "${'x'.repeat(40)}"}}`;
    const unit = pageUnit(snippetDoc(withExample(json)), tiny({ maxExampleBytes: 30 }));
    const found = unit.draft.diagnostics.filter((d) => d.code === 'example-too-large');
    // the example's first line is line 14 of the page
    expect(found.map((d) => [d.line, d.severity])).toEqual([[14, 'error']]);
    expect(found[0].message).toMatch(/\d+ bytes, over the limit of 30/);
    const example = unit.draft.events[0].examples[0];
    expect(example.value).toBeUndefined();
    expect(example.raw).toBe(json);
    expect(example.error?.overLimit).toBe(true);
  });

  it('counts bytes as UTF-8, not characters', () => {
    const json = `{"A": "${'说'.repeat(10)}"}`; // 19 characters, 39 bytes
    expect(pageUnit(snippetDoc(withExample(json)), tiny({ maxExampleBytes: 38 })).draft.diagnostics.map((d) => d.code)).toContain('example-too-large');
    expect(pageUnit(snippetDoc(withExample(json)), tiny({ maxExampleBytes: 39 })).draft.diagnostics.map((d) => d.code)).not.toContain('example-too-large');
  });

  it('holds examples to the configured maxExampleDepth, with the line and column of the bracket over it', () => {
    const json = '{"A": {\n  "B": [[1]]\n}}';
    const deep = pageUnit(snippetDoc(withExample(json)), tiny({ maxExampleDepth: 3 }));
    const found = deep.draft.diagnostics.filter((d) => d.code === 'example-too-deep');
    expect(found.map((d) => [d.line, d.column])).toEqual([[15, 9]]);
    expect(found[0].message).toMatch(/deeper than 3 levels/);
    const within = pageUnit(snippetDoc(withExample(json)), tiny({ maxExampleDepth: 4 }));
    expect(within.draft.diagnostics.map((d) => d.code)).not.toContain('example-too-deep');
    expect(within.draft.events[0].examples[0].value).toEqual({ A: { B: [[1]] } });
  });
});
