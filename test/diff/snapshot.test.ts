import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot, loadSnapshotModels, readSnapshotFile, SnapshotError } from '../../generator/diff/snapshot.js';

// One small page in a throwaway git repository: enough for a model with one event, read from a
// folder and from revisions (the whole-corpus runs are in diff.test.ts).

const page = (fields: string) => `# 回调\n\n### RoomLocked\n\n**EventType**\n\n\`RoomLocked\`\n\n**EventData**\n\n| 参数 | 类型 | 示例值 | 说明 |\n| --- | --- | --- | --- |\n${fields}`;
const roomId = '| RoomId | String | `r` | 房间 ID |\n';
const userId = '| UserId | String | `u` | 用户 ID |\n';
const fieldsOf = (m: Awaited<ReturnType<typeof loadSnapshot>>) => m.events.map((e) => [e.eventType, e.fields.map((f) => f.name)]);

let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });

beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-snapshot-test-'));
  git('init', '-q');
  await mkdir(path.join(repo, 'docs-src/rtc/zh'), { recursive: true });
  await mkdir(path.join(repo, 'other/rtc/zh'), { recursive: true });
  await writeFile(path.join(repo, 'docs-src/rtc/zh/callbacks.md'), page(roomId));
  await writeFile(path.join(repo, 'other/rtc/zh/callbacks.md'), page(roomId + userId));
  await writeFile(path.join(repo, 'other/accepted-changes.json'), '{ "accepted": [] }\n');
  // not a page: a link is skipped when a revision is read
  await symlink('callbacks.md', path.join(repo, 'docs-src/rtc/zh/link.md'));
  git('add', '.');
  git('commit', '-qm', 'v1');
  git('tag', 'v1');
  await writeFile(path.join(repo, 'docs-src/rtc/zh/callbacks.md'), page(roomId + userId));
  await mkdir(path.join(repo, 'empty'));
}, 60_000);
afterAll(async () => rm(repo, { recursive: true, force: true }));

describe('loading a snapshot', () => {
  it('reads a folder as it is in the work tree', async () => {
    expect(fieldsOf(await loadSnapshot('docs-src', repo))).toEqual([['RoomLocked', ['RoomId', 'UserId']]]);
  });

  it('reads a revision from the object store, docs-src by default or the path given, and both models', async () => {
    expect(fieldsOf(await loadSnapshot('git:v1', repo))).toEqual([['RoomLocked', ['RoomId']]]);
    const { documented, model } = await loadSnapshotModels('git:v1:other/', repo);
    expect(fieldsOf(documented)).toEqual([['RoomLocked', ['RoomId', 'UserId']]]);
    expect(fieldsOf(model)).toEqual(fieldsOf(documented));
    // the pages are read at their repository path, from a subfolder too
    expect(documented.documents.map((d) => d.file)).toEqual(['other/rtc/zh/callbacks.md']);
    expect((await loadSnapshot('git:v1', path.join(repo, 'docs-src/rtc'))).documents.map((d) => d.file)).toEqual(['docs-src/rtc/zh/callbacks.md']);
  });

  it('refuses what it cannot read, with a message that says why', async () => {
    const refusal = async (spec: string) => {
      const error = await loadSnapshot(spec, repo).then(() => undefined, (e: unknown) => e);
      expect(error, spec).toBeInstanceOf(SnapshotError);
      return (error as Error).message;
    };
    expect(await refusal('no-such-folder')).toBe('no-such-folder: no such folder (a git revision is written git:REV or git:REV:PATH)');
    expect(await refusal('v1')).toBe('v1: no such folder; "v1" is a git revision: write git:v1 to compare its docs-src');
    expect(await refusal('-v1')).toBe('-v1: no such folder (a git revision is written git:REV or git:REV:PATH)');
    expect(await refusal('empty')).toBe('empty: no documentation pages in this folder');
    expect(await refusal('git:v1:nothing')).toBe('git:v1:nothing: no files under nothing at v1');
    expect(await refusal('git:no-such-rev')).toMatch(/^git cannot read git:no-such-rev: .+/);
  });
});

describe('one file of a snapshot', () => {
  it('from a folder: its text and its path, or undefined', async () => {
    expect(await readSnapshotFile('other', 'accepted-changes.json', repo)).toEqual({ text: '{ "accepted": [] }\n', file: 'other/accepted-changes.json' });
    expect(await readSnapshotFile('docs-src', 'accepted-changes.json', repo)).toBeUndefined();
  });

  it('from a revision: named git:REV:PATH/NAME, or undefined', async () => {
    expect(await readSnapshotFile('git:v1:other', 'accepted-changes.json', path.join(repo, 'docs-src'))).toEqual({ text: '{ "accepted": [] }\n', file: 'git:v1:other/accepted-changes.json' });
    expect(await readSnapshotFile('git:v1', 'accepted-changes.json', repo)).toBeUndefined();
  });
});
