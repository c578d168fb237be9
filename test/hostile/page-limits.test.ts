import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');

const table = (rows: string): string => `| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n${rows}`;
const event = (name: string, rows: string): string => `### ${name}\n\n**EventType**\n\n\`${name}\`\n\n**EventData**\n\n${table(rows)}\n`;
const rows = (n: number): string => Array.from({ length: n }, (_, i) => `| F${i} | String | f${i} |\n`).join('');

/** Limits from the config, tiny: each page over one gets its finding, every other page is read whole. */
describe('per-page limits from docs2ts.config.json', () => {
  let work: string;
  let run: ReturnType<typeof spawnSync>;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-limits-'));
    await mkdir(path.join(work, 'docs/x/zh'), { recursive: true });
    await writeFile(path.join(work, 'docs2ts.config.json'), JSON.stringify({ docs: 'docs', out: 'out', limits: { maxTableRows: 3, maxTablesPerPage: 2, maxPageBytes: 2000 } }));
    await writeFile(path.join(work, 'docs/x/zh/long.md'), event('Long', rows(5)));
    await writeFile(path.join(work, 'docs/x/zh/many.md'), ['A', 'B', 'C'].map((n) => event(n, rows(1))).join('\n'));
    await writeFile(path.join(work, 'docs/x/zh/ok.md'), event('Ok', rows(3)));
    await writeFile(path.join(work, 'docs/x/zh/huge.md'), event('Huge', rows(100)));
    run = spawnSync(process.execPath, [cli, 'generate'], { cwd: work, encoding: 'utf8' });
  }, 120_000);
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('finishes with exit 0 and no stack trace', () => {
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(run.status).toBe(0);
  });

  it('reports each limit crossed at its file and line, and reads what is within them', async () => {
    const findings = JSON.parse(await readFile(path.join(work, 'out/report/findings.json'), 'utf8')) as Array<{ code: string; file: string; line: number }>;
    const limitFindings = findings.filter((f) => ['table-too-many-rows', 'page-too-many-tables', 'file-too-large'].includes(f.code)).map((f) => [f.code, f.file, f.line]);
    // long.md: rows on lines 11-15, the fourth (line 14) is the first skipped; many.md: the third event's table at line 35
    expect(limitFindings).toEqual([
      ['file-too-large', 'docs/x/zh/huge.md', 1],
      ['table-too-many-rows', 'docs/x/zh/long.md', 14],
      ['page-too-many-tables', 'docs/x/zh/many.md', 35],
    ]);
    const model = JSON.parse(await readFile(path.join(work, 'out/model.json'), 'utf8')) as { events: Array<{ eventType: string; fields: Array<{ name: string }> }> };
    const fields = Object.fromEntries(model.events.map((e) => [e.eventType, e.fields.map((f) => f.name)]));
    expect(fields.Long).toEqual(['F0', 'F1', 'F2']);
    expect(fields.Ok).toEqual(['F0', 'F1', 'F2']);
    expect(fields.A).toEqual(['F0']);
    expect(fields.B).toEqual(['F0']);
    expect(fields.Huge).toBeUndefined();
  });

  it('refuses a config whose limit is not a whole number, with exit 2 and the file named', async () => {
    await writeFile(path.join(work, 'docs2ts.config.json'), JSON.stringify({ docs: 'docs', out: 'out2', limits: { maxTableRows: 0 } }));
    const bad = spawnSync(process.execPath, [cli, 'generate'], { cwd: work, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/docs2ts\.config\.json: "limits\.maxTableRows" must be a whole number/);
  });
});
