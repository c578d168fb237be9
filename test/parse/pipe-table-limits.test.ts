import { describe, expect, it } from 'vitest';
import { trimPipeTables } from '../../generator/parse/pipe-table-limits.js';
import type { Diagnostic } from '../../generator/shared/diagnostic.js';
import { snippetDoc } from '../helpers/snippet.js';

const where = (() => {
  const { text: _text, ...rest } = snippetDoc('');
  return rest;
})();
const table = (rows: number, name = 'F'): string => `| 参数名 | 类型 |\n| --- | --- |\n${Array.from({ length: rows }, (_, i) => `| ${name}${i} | String |`).join('\n')}\n`;
const trim = (body: string, maxTableRows: number, maxTablesPerPage = 100): { body: string; found: Diagnostic[] } => {
  const found: Diagnostic[] = [];
  return { body: trimPipeTables(body, { maxTableRows, maxTablesPerPage }, where, found), found };
};

describe('pipe-table limits before remark parses the page', () => {
  it('empties the rows past the limit, keeping every line number, and reports the first row cut', () => {
    const body = `# T\n\n${table(5)}\nafter\n`;
    const out = trim(body, 3);
    const lines = out.body.split('\n');
    expect(lines).toHaveLength(body.split('\n').length);
    expect(lines.slice(2, 7)).toEqual(['| 参数名 | 类型 |', '| --- | --- |', '| F0 | String |', '| F1 | String |', '| F2 | String |']);
    expect(lines.slice(7, 9)).toEqual(['', '']);
    expect(lines[10]).toBe('after');
    expect(out.found.map((d) => [d.code, d.line])).toEqual([['table-too-many-rows', 8]]);
  });

  it('empties whole tables past the per-page limit, with one finding at the first table cut', () => {
    const body = [table(1, 'A'), table(1, 'B'), table(1, 'C')].join('\n');
    const out = trim(body, 10, 1);
    expect(out.body).toContain('A0');
    expect(out.body).not.toMatch(/B0|C0/);
    expect(out.found.map((d) => [d.code, d.line])).toEqual([['page-too-many-tables', 5]]);
    expect(out.found[0].message).toMatch(/3 tables, over the limit of 1 .*last 2/);
  });

  it('leaves tables inside fenced code, and pages within the limits, as they are (the same string)', () => {
    const fenced = `\`\`\`\n${table(5)}\`\`\`\n`;
    expect(trim(fenced, 2).body).toBe(fenced);
    const within = `${table(3)}\n${table(3)}`;
    expect(trim(within, 3, 2).body).toBe(within);
  });

  it('bounds the work on a huge table: 200,000 rows cut to the limit without building their tree', () => {
    const body = table(200_000);
    const out = trim(body, 5);
    expect(out.body.split('\n').filter((l) => l !== '')).toHaveLength(7);
    expect(out.found).toHaveLength(1);
  });
});
