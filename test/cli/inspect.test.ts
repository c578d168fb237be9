import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');

// a page of a shape the tool reads (one event) and one it does not (a table under a plain heading)
const eventPage = '## Done\n\n**EventType**\n`RecordDone`\n\n| Parameter | Type | Description |\n| --- | --- | --- |\n| TaskId | String | Task |\n\n```json\n{ "TaskId": "t" }\n```\n';
const oddPage = '# Webhooks\n\n- sent as POST\n\n| Key | Kind | Notes |\n| --- | --- | --- |\n| id | text | the id |\n\n```json\n{ "id": "x" }\n```\n';

describe('docs2ts inspect', () => {
  let dir: string;
  const inspect = (args: string[]) => spawnSync(process.execPath, [cli, 'inspect', ...args, '--docs', 'docs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-inspect-'));
    await mkdir(path.join(dir, 'docs/p/en'), { recursive: true });
    await writeFile(path.join(dir, 'docs/p/en/event.md'), eventPage);
    await writeFile(path.join(dir, 'docs/p/en/odd.md'), oddPage);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('lists each block of the page with its role, the summary line and what the page gave', () => {
    const run = inspect(['docs/p/en/event.md']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('docs/p/en/event.md (p, en, markdown)');
    expect(run.stdout).toContain('shapes: named-section');
    expect(run.stdout).toContain('tables used 1/1, examples attached 1/1, lists used 0/0, events 1, APIs 0, structs 0');
    expect(run.stdout).toMatch(/ {3}6 {2}table params +payload of RecordDone \(named-section\)/);
    expect(run.stdout).toMatch(/ {2}11 {2}code JSON +example of RecordDone \(named-section\)/);
    expect(run.stdout).toContain('events: p/RecordDone (RecordDone)');
  });

  it('takes the page inside the docs folder too, and says why each block of a page it does not understand was not used', () => {
    const run = inspect(['p/en/odd.md']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('tables used 0/1, examples attached 0/1, lists used 0/1, events 0, APIs 0, structs 0 — no event and no API');
    expect(run.stdout).toMatch(/ {3}5 {2}table other +not used: its columns are not those of a parameter, value, code or index table/);
    expect(run.stdout).toMatch(/warning page-without-events: The page gives no event and no API/);
    expect(run.stdout).toMatch(/docs\/p\/en\/odd\.md:10: warning example-unattached/);
  });

  it('prints JSON with --json', () => {
    const run = inspect(['p/en/odd.md', '--json']);
    const json = JSON.parse(run.stdout) as { file: string; summary: string; blocks: Array<{ line: number; reason?: string }>; findings: Array<{ code: string }>; gave: { events: unknown[] } };
    expect([json.file, json.blocks.map((b) => b.line), json.gave.events]).toEqual(['docs/p/en/odd.md', [3, 5, 10], []]);
    expect(json.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['page-without-events', 'example-unattached', 'table-unrecognised']));
  });

  it('exits 2 for a page that is not in the docs folder, and for a missing PAGE', () => {
    const missing = inspect(['p/en/nope.md']);
    expect([missing.status, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toMatch(/no page p\/en\/nope\.md in docs\/ \(2 pages, e\.g\. docs\/p\/en\/event\.md/);
    const none = inspect([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/give exactly one PAGE[\s\S]*Usage: docs2ts inspect/);
  });

  it('writes nothing: no cache, no output folder', async () => {
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(dir)).sort()).toEqual(['docs']);
  });

  it('has --help', () => {
    const run = spawnSync(process.execPath, [cli, 'inspect', '--help'], { encoding: 'utf8' });
    expect([run.status, run.stdout.startsWith('Usage: docs2ts inspect PAGE')]).toEqual([0, true]);
  });
});
