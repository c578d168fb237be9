import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAll, type GenerateResult } from '../../generator/pipeline.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');
const docs2ts = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

// one entry per line, so each finding's line names its entry
const corpusOverrides = `[
{ "product": "rtc", "event": "UserJoinRoom", "path": "Timestamp", "set": { "type": "string|number" }, "reason": "the service sends it as a string" },
{ "product": "rtc", "event": "UserLeaveRoom", "path": "Reason", "set": { "required": false }, "reason": "absent when the app quits" },
{ "product": "rtc", "event": "RoomCreate", "path": "RoomId", "set": { "type": "String" }, "reason": "once documented as Integer" },
{ "product": "rtc", "event": "NoSuchEvent", "path": "RoomId", "remove": true, "reason": "typo" },
{ "product": "rtc", "event": "RoomDestroy", "path": "Extra", "add": { "type": "string" }, "reason": "sent, undocumented" },
{ "product": "rtc", "event": "RoomDestroy", "path": "Timestamp", "remove": true, "reason": "never sent" }
]
`;

describe('overrides on the corpus (a temporary copy of docs-src)', () => {
  let tmp: string;
  let run: GenerateResult;
  const file = (name: string): string => run.files.get(name)!;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-overrides-'));
    await cp(path.join(root, 'docs-src'), path.join(tmp, 'docs-src'), { recursive: true });
    await writeFile(path.join(tmp, 'docs-src/overrides.json'), corpusOverrides);
    run = await generateAll(path.join(tmp, 'docs-src'), { root: tmp });
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('turns the documented Int64 into string | number: model, info finding on the doc line, type, JSDoc', () => {
    const event = run.model.events.find((e) => e.product === 'rtc' && e.eventType === 'UserJoinRoom')!;
    const timestamp = event.fields.find((f) => f.name === 'Timestamp')!;
    expect(timestamp.type).toEqual({ kind: 'union', types: [{ kind: 'string' }, { kind: 'number' }] });
    expect(timestamp.override?.documented).toMatchObject({ type: { kind: 'integer', format: 'int64' }, typeSpelling: 'Int64' });
    const doc = timestamp.sources[0];
    const applied = run.findings.filter((f) => f.code === 'override-applied' && f.event === 'UserJoinRoom');
    expect(applied.map((f) => [f.severity, f.file, f.line, f.field])).toEqual([['info', doc.file, doc.line, 'Timestamp']]);
    expect(applied[0].message).toContain(`docs-src/overrides.json:2, against ${doc.file}:${doc.line}: type integer (int64) → string or number`);
    const types = file('src/types.ts');
    const body = types.slice(types.indexOf('export interface UserJoinRoom {'));
    expect(body.slice(0, body.indexOf('\n}'))).toMatch(/Overridden locally \(docs-src\/overrides\.json:2\): the service sends it as a string \(docs say: Int64\)\.[\s\S]*\n {2}Timestamp: string \| number;/);
  });

  it('makes the schema accept both a string and a number where the docs schema takes only an integer', async () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addFormat('int64', true);
    const overridden = ajv.compile(JSON.parse(file('schemas/rtc/UserJoinRoom.schema.json')));
    const documented = new Ajv2020({ strict: false }).addFormat('int64', true).compile(JSON.parse(await readFile(path.join(root, 'generated/schemas/rtc/UserJoinRoom.schema.json'), 'utf8')));
    const body = { RoomId: 'r', UserId: 'u', DeviceType: 'ios', ExtraInfo: '' };
    for (const Timestamp of ['1611736812853', 1611736812853]) expect([Timestamp, overridden({ ...body, Timestamp })]).toEqual([Timestamp, true]);
    expect(documented({ ...body, Timestamp: '1611736812853' })).toBe(false);
  });

  it('docs2ts validate, run on the overridden model, accepts the string the docs would refuse', async () => {
    await writeFile(path.join(tmp, 'model.json'), file('model.json'));
    await writeFile(path.join(tmp, 'body.json'), JSON.stringify({ RoomId: 'r', UserId: 'u', DeviceType: 'ios', Timestamp: '1611736812853', ExtraInfo: '' }));
    const overridden = docs2ts(['validate', 'body.json', '--event', 'UserJoinRoom', '--model', 'model.json'], tmp);
    expect([overridden.status, overridden.stdout]).toEqual([0, 'valid: rtc UserJoinRoom (UserJoinRoom)\n']);
    const documented = docs2ts(['validate', 'body.json', '--event', 'UserJoinRoom', '--model', path.join(root, 'generated/model.json')], tmp);
    expect(documented.status).toBe(1);
    expect(documented.stdout).toContain('/Timestamp: must be integer');
  });

  it('required → optional, a field added and one removed', () => {
    const types = file('src/types.ts');
    const block = (name: string): string => {
      const at = types.indexOf(`export interface ${name} {`);
      return types.slice(at, types.indexOf('\n}', at));
    };
    expect(block('UserLeaveRoom')).toMatch(/\n {2}Reason\?: /);
    expect(block('RoomDestroy')).toMatch(/\n {2}Extra\?: string;/);
    expect(block('RoomDestroy')).not.toMatch(/\n {2}Timestamp/);
    expect(run.model.overrides?.map((o) => [o.event, o.path, o.action])).toEqual([
      ['UserJoinRoom', 'Timestamp', 'set'],
      ['UserLeaveRoom', 'Reason', 'set'],
      ['RoomDestroy', 'Extra', 'add'],
      ['RoomDestroy', 'Timestamp', 'remove'],
    ]);
  });

  it('warns of an obsolete entry and fails on a missing target, each on its line of overrides.json', () => {
    const of = (code: string) => run.findings.filter((f) => f.code === code).map((f) => [f.severity, f.file, f.line]);
    expect(of('override-obsolete')).toEqual([['warning', 'docs-src/overrides.json', 4]]);
    expect(of('override-target-missing')).toEqual([['error', 'docs-src/overrides.json', 5]]);
  });
});

describe('docs2ts with an overrides file', () => {
  let tmp: string;
  const page = (description: string) => `## 推流开始

#### 事件名称

PushStarted

| 参数名称 | 类型 | 描述 |
| --- | --- | --- |
| TaskId | String | ${description} |
| Count | Integer | 次数 |

\`\`\`json
{ "Kind": "PushStarted", "Body": { "TaskId": "t", "Count": 1 }, "Sign": "x" }
\`\`\`
`;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-overrides-cli-'));
    for (const [dir, description] of [['old', '任务 Id'], ['new', '任务的 Id'], ['bad', '任务 Id']]) {
      await mkdir(path.join(tmp, dir, 'p/zh'), { recursive: true });
      await writeFile(path.join(tmp, dir, 'p/zh/callbacks.md'), page(description));
    }
    await writeFile(path.join(tmp, 'new/overrides.json'), '[\n  { "product": "p", "event": "PushStarted", "path": "Count", "set": { "type": "string|number" }, "reason": "sent as a string" }\n]\n');
    await writeFile(path.join(tmp, 'bad/overrides.json'), '[\n  { "product": "p", "event": "PushStarted", "path": "Count",\n    "reason": "no action" }\n]\n');
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('stops with exit 2 on a malformed file, naming its line, and writes nothing', () => {
    const result = docs2ts(['generate', '--docs', 'bad', '--out', 'out'], tmp);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('bad/overrides.json:2: error overrides-invalid: entry 1 must have exactly one of "set", "add" or "remove" (it has none)');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(tmp, 'out'))).toBe(false);
    expect(docs2ts(['check', '--docs', 'bad', '--out', 'out'], tmp).status).toBe(2);
  });

  it('diff shows the override in its own section, apart from the doc changes and their counts', () => {
    const result = docs2ts(['diff', 'old', 'new', '--format', 'json'], tmp);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { summary: { nonBreaking: number; breaking: number }; changes: Array<{ kind: string; field: string }>; overrides: unknown[] };
    expect(report.changes.map((c) => [c.kind, c.field])).toEqual([['description-changed', 'TaskId']]);
    expect([report.summary.breaking, report.summary.nonBreaking]).toEqual([0, 1]);
    expect(report.overrides).toEqual([
      { status: 'added', product: 'p', event: 'PushStarted', version: null, path: 'Count', action: 'set', docs: 'Integer, required', overridden: 'string|number, required', reason: 'sent as a string', source: { file: 'new/overrides.json', line: 2 }, contradicts: { file: 'new/p/zh/callbacks.md', line: 10 } },
    ]);
    const md = docs2ts(['diff', 'old', 'new'], tmp).stdout;
    expect(md).toContain('## Local overrides (docs-src/overrides.json, not doc changes)');
    expect(md).toContain('| added | p / PushStarted: set |  | Count | Integer, required | string\\|number, required | sent as a string | new/overrides.json:2<br>docs new/p/zh/callbacks.md:10 |');
    // the same override on both sides: listed as unchanged
    const same = JSON.parse(docs2ts(['diff', 'new', 'new', '--format', 'json'], tmp).stdout) as { overrides: Array<{ status: string }> };
    expect(same.overrides.map((o) => o.status)).toEqual(['unchanged']);
  });
});
