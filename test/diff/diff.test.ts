import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');

/** Scripted edits of the seed corpus: each one change a maintainer might see from a vendor. */
const edits: Array<[file: string, from: string, to: string]> = [
  // remove a field (RoomCreate's Timestamp row)
  ['rtc/zh/callbacks.md', '| RoomId | String | `6992870232038591758` | 房间 ID |\n| Timestamp | Int64 | `1611736812853` | 该事件在 RTC 服务器上发生的 Unix 时间戳 (ms) |\n\n**参数示例**\n\n```json\n{\n    "RoomId": "6992870232038591758",\n    "Timestamp": 1611736812853\n}\n```\n\n\n### RoomDestroy', '| RoomId | String | `6992870232038591758` | 房间 ID |\n\n**参数示例**\n\n```json\n{\n    "RoomId": "6992870232038591758",\n    "Timestamp": 1611736812853\n}\n```\n\n\n### RoomDestroy'],
  // change a type (MusicRemoved VendorId Int → String)
  ['rtc/zh/callbacks.md', '| VendorId | Int | `1` | 供应商 ID |', '| VendorId | String | `1` | 供应商 ID |'],
  // add an enum value (PushPublicStream Status gains 4)
  ['rtc/zh/callbacks.md', '<li> `3`：公共流推送异常</ul>|', '<li> `3`：公共流推送异常</li><li> `4`：公共流暂停</ul>|'],
  // rename a field (Webcast BusinessId → BizId, same description)
  ['rtc/zh/callbacks.md', '|BusinessId |String |`Your_BusinessId` |业务标识 |\n|TaskId |String |`Your_TaskId` |任务 ID |', '|BizId |String |`Your_BusinessId` |业务标识 |\n|TaskId |String |`Your_TaskId` |任务 ID |'],
  // change only a Chinese description (RoomDestroy)
  ['rtc/zh/callbacks.md', 'RTC 房间销毁，房间中所有可见用户全部离开房间。\n\n**EventData**\n\n| 参数 | 类型 | 示例值 | 说明 |\n| --- | --- | --- | --- |\n| RoomId | String | `6992870232038591758` | 房间 ID |', 'RTC 房间销毁，房间中所有可见用户全部离开房间。\n\n**EventData**\n\n| 参数 | 类型 | 示例值 | 说明 |\n| --- | --- | --- | --- |\n| RoomId | String | `6992870232038591758` | 被销毁的房间 ID |'],
];
const addedEvent = '\n### RoomLocked\n\n**EventType**\n\n`RoomLocked`\n\n**EventData**\n\n| 参数 | 类型 | 示例值 | 说明 |\n| --- | --- | --- | --- |\n| RoomId | String | `r` | 房间 ID |\n';

describe('docs2ts diff on scripted edits of the seed corpus', () => {
  let work: string;
  const outputs: Record<string, { status: number | null; text: string }> = {};
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-diff-'));
    await cp(path.join(root, 'docs-src'), path.join(work, 'old'), { recursive: true });
    await cp(path.join(root, 'docs-src'), path.join(work, 'new'), { recursive: true });
    for (const [file, from, to] of edits) {
      const p = path.join(work, 'new', file);
      const text = await readFile(p, 'utf8');
      expect(text.includes(from), `edit not applicable: ${from.slice(0, 40)}`).toBe(true);
      await writeFile(p, text.replace(from, to));
    }
    await writeFile(path.join(work, 'new/rtc/zh/callbacks.md'), (await readFile(path.join(work, 'new/rtc/zh/callbacks.md'), 'utf8')) + addedEvent);
    for (const format of ['md', 'json', 'html']) {
      const run = spawnSync(process.execPath, [cli, 'diff', path.join(work, 'old'), path.join(work, 'new'), '--format', format], { cwd: root, encoding: 'utf8' });
      outputs[format] = { status: run.status, text: run.stdout };
    }
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  const expected: Array<[kind: string, event: string, field: string | undefined, breaking: boolean]> = [
    ['field-removed', 'RoomCreate', 'Timestamp', true],
    ['field-retyped', 'MusicRemoved', 'SongUpdate[].VendorId', true],
    ['enum-value-added', 'PushPublicStream', 'Status', true],
    ['field-renamed', 'Webcast', 'BizId', true],
    ['description-changed', 'RoomDestroy', 'RoomId', false],
    // the Status description gained the line that adds the value
    ['description-changed', 'PushPublicStream', 'Status', false],
    ['event-added', 'RoomLocked', undefined, false],
  ];

  it('finds each change with its classification (JSON), exit 1 because something breaks', () => {
    expect(outputs.json.status).toBe(1);
    const report = JSON.parse(outputs.json.text) as { summary: { breaking: number; nonBreaking: number; bump: string }; changes: Array<{ kind: string; event: string; field?: string; breaking: boolean; lang?: string; before?: string; after?: string }> };
    const got = report.changes.map((c) => [c.kind, c.event, c.field, c.breaking]);
    expect(got.sort()).toEqual([...expected].sort());
    expect(report.summary).toMatchObject({ breaking: 4, nonBreaking: 3, bump: 'major' });
    const description = report.changes.find((c) => c.kind === 'description-changed' && c.event === 'RoomDestroy')!;
    expect([description.lang, description.before, description.after]).toEqual(['zh', '房间 ID', '被销毁的房间 ID']);
    expect(report.changes.find((c) => c.kind === 'field-renamed')!.before).toBe('BusinessId');
  });

  it('says the same in Markdown, with the summary line and a table per event', () => {
    const md = outputs.md.text;
    expect(md).toContain('**4 breaking, 3 non-breaking — suggested bump: major**');
    for (const [kind, event] of expected) expect(md).toMatch(new RegExp(`## rtc / ${event}[\\s\\S]*?${kind}`));
    expect(md.match(/\*\*breaking\*\*/g)).toHaveLength(4);
  });

  it('says the same in HTML, self-contained', () => {
    const page = outputs.html.text;
    expect(page).toContain('id="count-breaking">4<');
    expect(page).toContain('id="count-non-breaking">3<');
    expect(page.match(/<tr class="change breaking"/g)).toHaveLength(4);
    expect(page).not.toMatch(/(src|href)="https?:/);
  });

  it('exits 0 when nothing breaking changed, and 2 on bad input', () => {
    const same = spawnSync(process.execPath, [cli, 'diff', path.join(work, 'old'), path.join(work, 'old')], { cwd: root, encoding: 'utf8' });
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('0 breaking, 0 non-breaking — suggested bump: none');
    const bad = spawnSync(process.execPath, [cli, 'diff', path.join(work, 'nope'), path.join(work, 'old')], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('docs2ts diff between git revisions', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    git('init', '-q');
    await cp(path.join(root, 'docs-src'), path.join(repo, 'docs-src'), { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'v1');
    const file = path.join(repo, 'docs-src/tiw/en/callbacks-online-record.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replace('ExceptionCnt | Integer | Number of anomalies in recording process |\n', ''));
    git('commit', '-qam', 'v2');
    // the work tree moves on; diff must read the revisions, not the files
    await writeFile(file, 'garbage');
  });
  afterAll(async () => rm(repo, { recursive: true, force: true }));

  it('reads both snapshots from git and finds the removed field', () => {
    const run = spawnSync(process.execPath, [cli, 'diff', 'git:HEAD~1', 'git:HEAD:docs-src', '--format', 'json'], { cwd: repo, encoding: 'utf8' });
    expect(run.stderr).toMatch(/1 breaking/);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { changes: Array<{ kind: string; event: string; field: string; file: string }> };
    const removed = report.changes.filter((c) => c.kind === 'field-removed');
    expect(removed.map((c) => [c.event, c.field, c.file])).toEqual([['OnlineRecordFinished', 'ExceptionCnt', 'docs-src/tiw/en/callbacks-online-record.txt']]);
  });

  it('exits 2 on a revision git does not know', () => {
    const run = spawnSync(process.execPath, [cli, 'diff', 'git:no-such-rev', 'git:HEAD'], { cwd: repo, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/git cannot read git:no-such-rev/);
  });
});
