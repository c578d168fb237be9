import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Project } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTEGER_FORMATS } from '../../generator/emit/schema/schemas.js';
import { addMutualAssignabilityChecks, diagnosticsUnder } from './support/emitted-package.js';

const root = path.resolve(import.meta.dirname, '../..');
const generated = path.join(root, 'generated');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');

async function list(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await list(full)));
    else out.push(full);
  }
  return out.sort();
}

async function schemaFiles(): Promise<string[]> {
  return (await list(path.join(generated, 'schemas'))).filter((f) => f.endsWith('.schema.json'));
}

describe('the generated package', () => {
  it('has schemas that all compile with Ajv 2020 in strict mode', async () => {
    const files = await schemaFiles();
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      for (const f of INTEGER_FORMATS) ajv.addFormat(f, true);
      expect(() => ajv.compile(JSON.parse(readFileSyncUtf8(file))), path.relative(root, file)).not.toThrow();
    }
  });

  it('type-checks with tsc, fixtures included (valid examples satisfy their types, defects are expected errors)', () => {
    execFileSync(process.execPath, [tsc, '-p', path.join(generated, 'tsconfig.test.json')], { cwd: root, encoding: 'utf8' });
  });

  it('has TypeScript types and JSON Schemas that agree: json-schema-to-typescript output and the emitted types are mutually assignable', async () => {
    // one Project for every schema of the corpus: type checking is the slow part
    const project = new Project({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, target: 99, module: 99, moduleResolution: 100, types: [] }, useInMemoryFileSystem: true });
    project.createSourceFile('/corpus/emitted.ts', await readFile(path.join(generated, 'src/types.ts'), 'utf8'));
    const schemas = await Promise.all((await schemaFiles()).map(async (file) => JSON.parse(await readFile(file, 'utf8'))));
    await addMutualAssignabilityChecks(project, '/corpus', './emitted.js', schemas);
    expect(diagnosticsUnder(project, '/corpus')).toEqual([]);
  });
});

describe('a consumer of the packed tarball', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-consumer-'));
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('installs it, type-checks, and narrows real callback bodies on EventType', async () => {
    // build a copy: generated/ itself stays exactly what generate wrote
    const pkgDir = path.join(work, 'pkg');
    await cp(generated, pkgDir, { recursive: true });
    execFileSync(process.execPath, [tsc, '-p', path.join(pkgDir, 'tsconfig.json')], { cwd: pkgDir });
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: pkgDir, encoding: 'utf8' }).trim().split('\n').pop()!;
    const app = path.join(work, 'app');
    await mkdir(app);
    await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module', private: true }));
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(work, tarball)], { cwd: app, stdio: 'pipe' });
    const name = JSON.parse(await readFile(path.join(generated, 'package.json'), 'utf8')).name as string;
    const stopped = await readFile(path.join(generated, 'fixtures/tiw/WhiteboardPushStopped/example-1.json'), 'utf8');
    // a flat body (no envelope) that names its event by a numeric code; the docs' example lacks a field the table requires
    const live = { ...JSON.parse(await readFile(path.join(generated, 'fixtures/live/LiveEventType1/example-1.json'), 'utf8')), push_duration: '0' };
    const room = JSON.parse(await readFile(path.join(generated, 'fixtures/classroom/ClassroomCmd1001/example-2.json'), 'utf8'));
    await writeFile(
      path.join(app, 'consumer.ts'),
      `import { validateCallback, type TiwCallback, type RtcCallback, type LiveCallback, type ClassroomCallback } from '${name}';
function onLive(body: LiveCallback): string {
  switch (body.event_type) {
    case 1: return 'pushed ' + body.stream_id;
    case 0: return 'interrupted ' + body.stream_id;
  }
}
function onRoom(body: ClassroomCallback): string {
  switch (body.cmd) {
    case 1001: return 'recording ' + body.data.recordId;
    default: return 'cmd ' + body.cmd;
  }
}
const liveResult = validateCallback(${JSON.stringify(JSON.stringify(live))});
if (liveResult.ok && liveResult.product === 'live') console.log('live ' + liveResult.event + ': ' + onLive(liveResult.body));
else console.log('live invalid ' + JSON.stringify(liveResult));
const roomResult = validateCallback({ cmd: 1001, data: ${JSON.stringify(room)} });
if (roomResult.ok && roomResult.product === 'classroom') console.log('room ' + roomResult.event + ': ' + onRoom(roomResult.body));
else console.log('room invalid ' + JSON.stringify(roomResult));

function describe(body: TiwCallback | RtcCallback): string {
  switch (body.EventType) {
    case 'WhiteboardPushStopped':
      return 'push stopped: ' + body.EventData.FinishReason + ' ' + body.EventData.PushStopTime;
    case 'RecordStopped':
      return 'record stopped: ' + body.EventData.TaskId + ' files=' + ('RecordFileList' in body.EventData ? body.EventData.RecordFileList.length : 0);
    default:
      return 'other: ' + body.EventType;
  }
}
const bodies = [${JSON.stringify(stopped.trim())}, JSON.stringify({ AppId: 'a', EventId: 'e', EventTime: 't', EventType: 'RecordStopped', EventData: { AppId: 'a', BusinessId: 'b', RoomId: 'r', TaskId: 'task-1', Code: 0, ErrorMessage: '', RecordFileList: [] } })];
for (const raw of bodies) {
  const result = validateCallback(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  // the result itself narrows: no cast from the raw body to a type
  if (result.event === 'WhiteboardPushStopped') console.log('typed: ' + result.value.FinishReason + ' ' + result.body.EventType);
  if (result.event === 'RecordStopped' && result.version === '2023-11-01') console.log('typed: ' + result.value.TaskId + ' ' + result.body.EventData.TaskId);
  if (result.product === 'tiw' || result.product === 'rtc') console.log(result.event + '@' + (result.version ?? '-') + ' [' + result.matchedVersions.join(',') + '] ' + describe(result.body));
}
`,
    );
    await writeFile(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, outDir: 'out', skipLibCheck: false, types: [] }, include: ['consumer.ts'] }));
    try {
      execFileSync(process.execPath, [tsc, '-p', path.join(app, 'tsconfig.json')], { cwd: app, encoding: 'utf8' });
    } catch (error) {
      throw new Error(`the consumer does not type-check:\n${(error as { stdout?: string }).stdout ?? String(error)}`);
    }
    const output = execFileSync(process.execPath, [path.join(app, 'out/consumer.js')], { cwd: app, encoding: 'utf8' });
    expect(output).toContain('live 1: pushed test_stream');
    expect(output).toContain('room 1001: recording xxx');
    expect(output).toContain('typed: USER_CALL WhiteboardPushStopped');
    expect(output).toContain('WhiteboardPushStopped@- [] push stopped: USER_CALL 1568949392');
    expect(output).toContain('typed: task-1 task-1');
    expect(output).toMatch(/RecordStopped@2023-11-01 \[2023-11-01[^\]]*\] record stopped: task-1 files=0/);
  });
});

function readFileSyncUtf8(file: string): string {
  return readFileSync(file, 'utf8');
}
