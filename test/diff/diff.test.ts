import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedChanges, HOSTILE_TEXT, repoRoot, scriptedCorpus } from './scripted-corpus.js';
import { FIXTURE_DOCS } from '../helpers/fixture-docs.js';

const cli = path.join(repoRoot, 'bin/docs2ts.js');
const docs2ts = (args: string[], cwd = repoRoot) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

interface JsonChange {
  kind: string;
  breaking: boolean;
  bump: string;
  product: string;
  event: string;
  version: string | null;
  field: string | null;
  before: string | null;
  after: string | null;
  lang: string | null;
  file: string | null;
  line: number | null;
  where: { old: { file: string; line: number } | null; new: { file: string; line: number } | null };
  section: { file: string; line: number } | null;
  evidence: string | null;
  words: Array<{ op: string; text: string }> | null;
  accepted: string | null;
}

describe('docs2ts diff on scripted edits of the seed corpus', () => {
  let dir: string;
  const outputs: Record<string, { status: number | null; text: string; stderr: string }> = {};
  beforeAll(async () => {
    const corpus = await scriptedCorpus();
    dir = corpus.dir;
    // relative folders, so file paths in the reports read `old/…` and `new/…`
    for (const format of ['md', 'json', 'html']) {
      const run = docs2ts(['diff', 'old', 'new', '--format', format], dir);
      outputs[format] = { status: run.status, text: run.stdout, stderr: run.stderr };
    }
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const breaking = expectedChanges.filter((c) => c[3]).length;
  const nonBreaking = expectedChanges.length - breaking;

  it('finds each change with its classification (JSON), and exits 1 because something breaks', () => {
    expect(outputs.json.status).toBe(1);
    expect(outputs.json.stderr).toBe(`docs2ts diff: ${breaking} breaking, ${nonBreaking} non-breaking; suggested bump: major\n`);
    const report = JSON.parse(outputs.json.text) as { summary: { breaking: number; nonBreaking: number; bump: string }; changes: JsonChange[] };
    const got = report.changes.map((c) => [c.kind, c.event, c.field, c.breaking, c.lang]);
    expect(got).toEqual(expect.arrayContaining(expectedChanges));
    expect(got).toHaveLength(expectedChanges.length);
    expect(report.summary).toMatchObject({ breaking, nonBreaking, bump: 'major' });
    // every change has every key, in the documented order
    for (const c of report.changes) expect(Object.keys(c)).toEqual(['kind', 'breaking', 'bump', 'product', 'event', 'version', 'field', 'before', 'after', 'lang', 'file', 'line', 'where', 'section', 'evidence', 'words', 'accepted']);
    const find = (kind: string, event: string, lang: string | null = null) => report.changes.find((c) => c.kind === kind && c.event === event && c.lang === lang)!;
    expect(find('description-changed', 'RoomDestroy', 'zh')).toMatchObject({ before: '房间 ID', after: '被销毁的房间 ID', file: 'new/rtc/zh/callbacks.md', bump: 'patch' });
    expect(find('field-renamed', 'Webcast')).toMatchObject({ before: 'BusinessId', after: 'BizId', evidence: 'same type and the same zh description', bump: 'major' });
    expect(find('field-removed', 'RoomCreate')).toMatchObject({ before: 'int64', file: 'old/rtc/zh/callbacks.md', where: { old: { file: 'old/rtc/zh/callbacks.md' }, new: null }, section: { file: 'new/rtc/zh/callbacks.md' } });
    // a retype on one language's page only: listed with its language and both places
    expect(find('field-retyped', 'WhiteboardPushStopped', 'zh')).toMatchObject({ before: 'integer', after: 'string', where: { old: { file: 'old/tiw/zh/callbacks-whiteboard-push.md' }, new: { file: 'new/tiw/zh/callbacks-whiteboard-push.md' } } });
    // the description change as words, both texts whole
    expect(find('description-changed', 'RoomDestroy', 'zh').words).toEqual([{ op: 'added', text: '被销毁的' }, { op: 'same', text: '房间 ID' }]);
    expect(find('field-retyped', 'MusicRemoved')).toMatchObject({ before: 'integer', after: 'string' });
    expect(find('enum-value-added', 'PushPublicStream')).toMatchObject({ after: '4', before: null });
    expect(find('event-added', 'RoomLocked')).toMatchObject({ bump: 'minor', after: 'RoomLocked' });
    // the two languages of one field: each points at its own page, side by side in the list
    const groupId = report.changes.filter((c) => c.field === 'GroupId');
    expect(groupId.map((c) => [c.lang, c.file])).toEqual([
      ['en', 'new/tiw/en/callbacks-whiteboard-push.txt'],
      ['zh', 'new/tiw/zh/callbacks-whiteboard-push.md'],
    ]);
    expect(groupId[1].after).toBe(HOSTILE_TEXT);
    // deterministic: the same inputs give the same bytes
    expect(docs2ts(['diff', 'old', 'new', '--format', 'json'], dir).stdout).toBe(outputs.json.text);
  });

  it('says the same in Markdown: the summary line, then a table per product and event', () => {
    const md = outputs.md.text;
    expect(outputs.md.status).toBe(1);
    expect(md).toContain(`**${breaking} breaking, ${nonBreaking} non-breaking — suggested bump: major**`);
    for (const [kind, event, field, isBreaking, lang] of expectedChanges) {
      const section = md.split(/\n## /).find((s) => s.split(' / ')[1]?.startsWith(`${event}\n`));
      expect(section, event).toBeDefined();
      const row = section!.split('\n').find((l) => l.includes(`| ${kind}`) && l.includes(`| ${field ?? '(event)'} |`) && (lang === null || l.includes(`| ${lang} |`)));
      expect(row, `${kind} ${event} ${field}`).toBeDefined();
      expect(row!.startsWith('| **breaking** |')).toBe(isBreaking);
    }
    expect(md.match(/\*\*breaking\*\*/g)).toHaveLength(breaking);
    // doc text cannot break the table or notify anyone on GitHub
    expect(md).not.toContain('@octocat');
    expect(md).toContain('&lt;/script&gt;');
  });

  it('says the same in HTML: counts, one row per change, breaking rows marked, self-contained', () => {
    const page = outputs.html.text;
    expect(page).toContain(`id="count-breaking">${breaking}<`);
    expect(page).toContain(`id="count-non-breaking">${nonBreaking}<`);
    expect(page.match(/<tr class="change /g)).toHaveLength(expectedChanges.length);
    expect(page.match(/<tr class="change breaking"/g)).toHaveLength(breaking);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(HOSTILE_TEXT).toContain('</script><img');
    expect(page).not.toContain('</script><img');
    expect(page).toContain('&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
    // the embedded report equals the JSON report's changes
    const embedded = JSON.parse(page.match(/<script type="application\/json" id="diff-data">(.*?)<\/script>/s)![1]) as { changes: JsonChange[] };
    expect(embedded.changes).toEqual((JSON.parse(outputs.json.text) as { changes: JsonChange[] }).changes);
  });

  it('exits 0 when nothing breaking changed, and 2 on bad input', async () => {
    const same = docs2ts(['diff', 'old', 'old'], dir);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('0 breaking, 0 non-breaking — suggested bump: none');
    // only a Chinese description changes: shown, a patch, exit 0
    await cp(path.join(dir, 'old'), path.join(dir, 'zh-only'), { recursive: true });
    const page = path.join(dir, 'zh-only/rtc/zh/callbacks.md');
    await writeFile(page, (await readFile(page, 'utf8')).replace('| RoomId | String | `6992870232038591758` | 房间 ID |', '| RoomId | String | `6992870232038591758` | 房间的 ID |'));
    const out = path.join(dir, 'zh-only.json');
    const docsOnly = docs2ts(['diff', 'old', 'zh-only', '--format', 'json', '--out', out], dir);
    expect(docsOnly.status).toBe(0);
    expect(docsOnly.stdout).toBe('');
    const report = JSON.parse(await readFile(out, 'utf8')) as { summary: { bump: string }; changes: JsonChange[] };
    expect(report.summary.bump).toBe('patch');
    expect(report.changes.length).toBeGreaterThan(0);
    expect(report.changes.every((c) => c.kind === 'description-changed' && c.lang === 'zh' && !c.breaking)).toBe(true);
    await mkdir(path.join(dir, 'empty'));
    const cases: Array<[args: string[], message: RegExp]> = [
      [['diff', 'nope', 'old'], /nope/],
      [['diff', 'old'], /give OLD and NEW/],
      [['diff', 'old', 'new', '--format', 'pdf'], /unknown format "pdf"/],
      [['diff', 'old', 'empty'], /empty: no documentation pages/],
      [['diff', 'old', 'new', '--accept', 'no-such.json'], /cannot read the accept file no-such\.json/],
      [['diff', 'old', 'new', '--accept', 'zh-only.json'], /^zh-only\.json:1: error accept-invalid: expected \{ "accepted"/],
    ];
    for (const [args, message] of cases) {
      const bad = docs2ts(args, dir);
      expect(bad.status, args.join(' ')).toBe(2);
      expect(bad.stderr).toMatch(message);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('docs2ts diff with an accept file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = (await scriptedCorpus()).dir;
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('exits 0 when every breaking change is accepted in NEW\'s accepted-changes.json, still lists them, and warns about a stale entry', async () => {
    const accepted = expectedChanges
      .filter((c) => c[3])
      .map(([kind, event, field, , lang]) => ({ kind, product: event === 'WhiteboardPushStopped' ? 'tiw' : 'rtc', event, ...(field ? { field } : {}), ...(lang ? { lang } : {}), reason: `known: ${event}` }));
    const stale = { kind: 'field-removed', product: 'rtc', event: 'RoomCreate', field: 'NoSuchField', reason: 'shipped long ago' };
    const text = JSON.stringify({ accepted: [...accepted, stale] }, null, 2);
    await writeFile(path.join(dir, 'new/accepted-changes.json'), text);
    const lines = text.split('\n');
    const staleLine = lines.slice(0, lines.findIndex((l) => l.includes('NoSuchField'))).map((l) => l.trim()).lastIndexOf('{') + 1;
    const run = docs2ts(['diff', 'old', 'new', '--format', 'json'], dir);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { summary: { breaking: number; accepted: number }; changes: JsonChange[] };
    expect(report.summary).toMatchObject({ breaking: accepted.length, accepted: accepted.length });
    expect(report.changes.filter((c) => c.breaking).map((c) => c.accepted)).toEqual(expect.arrayContaining(accepted.map((a) => a.reason)));
    expect(report.changes.filter((c) => c.breaking).every((c) => c.accepted !== null)).toBe(true);
    // the line where the stale entry opens
    expect(run.stderr).toContain(`new/accepted-changes.json:${staleLine}: warning accept-unmatched: The accepted change field-removed rtc RoomCreate NoSuchField matches no breaking change`);
    expect(run.stderr).toContain(`docs2ts diff: ${accepted.length} breaking (${accepted.length} accepted)`);
    // the accept file is configuration, not a page
    expect(run.stderr).not.toMatch(/accepted-changes\.json:\d+: (warning|error) (?!accept-)/);
  });
});

describe('docs2ts diff between git revisions', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
    git('init', '-q');
    await cp(FIXTURE_DOCS, path.join(repo, 'docs-src'), { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'v1');
    git('tag', 'v1.0.0');
    const file = path.join(repo, 'docs-src/tiw/en/callbacks-online-record.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replace('ExceptionCnt | Integer | Number of anomalies in recording process |\n', ''));
    git('commit', '-qam', 'v2');
    // the work tree moves on; diff must read the revisions, not the files
    await writeFile(file, 'garbage');
  });
  afterAll(async () => rm(repo, { recursive: true, force: true }));

  it('reads both snapshots from git, also from a subfolder, and finds the removed field', () => {
    for (const cwd of [repo, path.join(repo, 'docs-src/tiw')]) {
      const run = docs2ts(['diff', 'git:v1.0.0:docs-src', 'git:HEAD', '--format', 'json'], cwd);
      expect(run.stderr).toBe('docs2ts diff: 1 breaking, 0 non-breaking; suggested bump: major\n');
      expect(run.status).toBe(1);
      const report = JSON.parse(run.stdout) as { changes: JsonChange[] };
      expect(report.changes.map((c) => [c.kind, c.event, c.field, c.file])).toEqual([['field-removed', 'OnlineRecordFinished', 'ExceptionCnt', 'docs-src/tiw/en/callbacks-online-record.txt']]);
    }
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' })).toBe(' M docs-src/tiw/en/callbacks-online-record.txt\n');
  });

  it('reads a file of the docs folder at a revision (where the accept file comes from)', async () => {
    const { readSnapshotFile } = await import('../../generator/diff/snapshot.js');
    expect(await readSnapshotFile('git:v1.0.0', 'manifest.json', repo)).toMatchObject({ file: 'git:v1.0.0:docs-src/manifest.json', text: expect.stringContaining('"documents"') });
    expect(await readSnapshotFile('git:v1.0.0', 'accepted-changes.json', repo)).toBeUndefined();
  });

  it('exits 2 on a revision or a path git does not know', () => {
    for (const [spec, message] of [['git:no-such-rev', /git cannot read git:no-such-rev/], ['git:HEAD:no/such/dir', /no files under no\/such\/dir/], ['git:--output=x', /cannot start with "-"/]] as const) {
      const run = docs2ts(['diff', spec, 'git:HEAD'], repo);
      expect(run.status, spec).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});
