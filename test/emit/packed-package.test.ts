import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_TYPESCRIPT } from '../../generator/emit/package/package-files.js';

// The package as a user publishes it: a bare `npm pack` of a copy of generated/ outside the repo
// (prepack builds it), installed into an ESM and a CommonJS consumer. Nothing here names an event of
// the corpus: the body it validates is any fixture the package itself accepts, so doc edits keep it green.
const root = path.resolve(import.meta.dirname, '../..');
const generated = path.join(root, 'generated');
const bin = path.join(root, 'node_modules/.bin');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
/** Build output, tarballs and installs a user may leave in generated/: never part of the copy. */
const notSources = (file: string) => !/(^|[\\/])(dist|node_modules)$/.test(file) && !file.endsWith('.tgz');

let work: string;
let tarball: string;
let name: string;
let body: string;
let packOutput: string;

async function jsonFixtures(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await jsonFixtures(full)));
    else if (e.name.endsWith('.json')) out.push(full);
  }
  return out.sort();
}

const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const typeCheck = (project: string) => run(process.execPath, [tsc, '-p', project], path.dirname(project));

async function consumer(kind: 'esm' | 'cjs'): Promise<string> {
  const app = path.join(work, `app-${kind}`);
  await mkdir(app);
  await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: `consumer-${kind}`, version: '1.0.0', private: true, type: kind === 'esm' ? 'module' : 'commonjs' }));
  // the tarball has no dependencies: offline is enough
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], app);
  return app;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-packed-'));
  const pkg = path.join(work, 'pkg');
  await cp(generated, pkg, { recursive: true, filter: notSources });
  // the devDependency, installed as `npm install` would: the compiler this repository already has
  await mkdir(path.join(pkg, 'node_modules/.bin'), { recursive: true });
  await symlink(path.join(root, 'node_modules/typescript'), path.join(pkg, 'node_modules/typescript'), 'dir');
  await symlink('../typescript/bin/tsc', path.join(pkg, 'node_modules/.bin/tsc'));
  packOutput = run('npm', ['pack', '--json', '--pack-destination', work], pkg);
  tarball = path.join(work, (JSON.parse(packOutput) as Array<{ filename: string }>)[0].filename);
  name = (JSON.parse(await readFile(path.join(pkg, 'package.json'), 'utf8')) as { name: string }).name;
  // a body the built package accepts, found by the package itself
  const built = (await import(pathToFileURL(path.join(pkg, 'dist/index.js')).href)) as { validateCallback(raw: string): { ok: boolean } };
  for (const file of await jsonFixtures(path.join(generated, 'fixtures'))) {
    const text = await readFile(file, 'utf8');
    if (built.validateCallback(text).ok) {
      body = text.trim();
      break;
    }
  }
}, 900_000);
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a bare npm pack of generated/', () => {
  it('declares its compiler and builds before packing', async () => {
    const pkg = JSON.parse(await readFile(path.join(generated, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(pkg.devDependencies).toEqual({ typescript: PACKAGE_TYPESCRIPT });
  });

  it('ships ESM and CommonJS JavaScript with declarations for each', () => {
    const files = (JSON.parse(packOutput) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path);
    for (const entry of ['index', 'validate']) {
      expect(files).toContain(`dist/${entry}.js`);
      expect(files).toContain(`dist/${entry}.d.ts`);
      expect(files).toContain(`dist/cjs/${entry}.cjs`);
      expect(files).toContain(`dist/cjs/${entry}.d.cts`);
    }
    expect(files).toContain('validators/package.json');
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('fixtures/') || f.startsWith('node_modules/'))).toEqual([]);
    expect(body, 'a fixture the package accepts').toBeTruthy();
  });

  it('passes arethetypeswrong (every entry point, every resolution mode) and publint', () => {
    // attw exits non-zero on a problem; its JSON lists them (an array, or grouped in an object)
    const { problems } = JSON.parse(run(path.join(bin, 'attw'), [tarball, '--format', 'json'], work)) as { problems: unknown[] | Record<string, unknown[]> };
    expect(Array.isArray(problems) ? problems : Object.values(problems).flat()).toEqual([]);
    expect(run(path.join(bin, 'publint'), ['run', tarball, '--strict'], work)).toContain('All good!');
  });
});

describe('an ESM consumer of the tarball', () => {
  it('type-checks with nodenext and bundler, imports the validators and validates a body', async () => {
    const app = await consumer('esm');
    await writeFile(
      path.join(app, 'consumer.ts'),
      `import { validateCallback, type ValidationError } from '${name}';
import * as validators from '${name}/validators';
const raw: string = ${JSON.stringify(body)};
const result = validateCallback(raw);
const errors: ValidationError[] = result.ok ? [] : result.errors;
const notJson = validators.validateCallback('not json');
console.log(JSON.stringify({ ok: result.ok, errors: errors.length, event: result.ok ? result.event : null, same: validators.validateCallback === validateCallback, notJson: notJson.ok }));
`,
    );
    // corpus narrowing: real bodies of the docs narrow on their discriminator and on the result
    const stopped = await readFile(path.join(generated, 'fixtures/tiw/WhiteboardPushStopped/example-1.json'), 'utf8');
    // a flat body (no envelope) that names its event by a numeric code; the docs' example lacks a field the table requires
    const live = { ...JSON.parse(await readFile(path.join(generated, 'fixtures/live/LiveEventType1/example-1.json'), 'utf8')), push_duration: '0' };
    const room = JSON.parse(await readFile(path.join(generated, 'fixtures/classroom/ClassroomCmd1001/example-2.json'), 'utf8'));
    await writeFile(path.join(app, 'narrowing.ts'), NARROWING(name, stopped, live, room));
    const strict = { target: 'ES2022', strict: true, skipLibCheck: false, types: [] };
    await writeFile(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...strict, module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'out' }, include: ['consumer.ts', 'narrowing.ts'] }));
    // the declarations are checked in full once per format (nodenext); bundler checks resolution and use
    await writeFile(path.join(app, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { ...strict, skipLibCheck: true, module: 'ESNext', moduleResolution: 'Bundler', noEmit: true }, include: ['consumer.ts', 'narrowing.ts'] }));
    typeCheck(path.join(app, 'tsconfig.json'));
    typeCheck(path.join(app, 'tsconfig.bundler.json'));
    const output = JSON.parse(run(process.execPath, ['out/consumer.js'], app)) as Record<string, unknown>;
    expect(output).toMatchObject({ ok: true, errors: 0, same: true, notJson: false });
    expect(output.event).toEqual(expect.any(String));
    {
      const output = run(process.execPath, ['out/narrowing.js'], app);
      expect(output).toContain('live 1: pushed test_stream');
      expect(output).toContain('room 1001: recording xxx');
      expect(output).toContain('typed: USER_CALL WhiteboardPushStopped');
      expect(output).toContain('WhiteboardPushStopped@- [] push stopped: USER_CALL 1568949392');
      expect(output).toContain('typed: task-1 task-1');
      expect(output).toMatch(/RecordStopped@2023-11-01 \[2023-11-01[^\]]*\] record stopped: task-1 files=0/);
    }
  });
});

/** A consumer of the corpus package: a switch on each product's discriminator narrows the body. */
const NARROWING = (name: string, stopped: string, live: unknown, room: unknown): string => `import { validateCallback, type TiwCallback, type RtcCallback, type LiveCallback, type ClassroomCallback } from '${name}';
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
`;

describe('a CommonJS consumer of the tarball', () => {
  it('type-checks with nodenext and bundler, requires the validators and validates a body', async () => {
    const app = await consumer('cjs');
    // `import x = require()` in a CommonJS module: compiles to require(), which must find CommonJS
    await writeFile(
      path.join(app, 'consumer.ts'),
      `import generated = require('${name}');
import validators = require('${name}/validators');
const raw: string = ${JSON.stringify(body)};
const result = generated.validateCallback(raw);
const errors: generated.ValidationError[] = result.ok ? [] : result.errors;
const notJson = validators.validateCallback('not json');
console.log(JSON.stringify({ ok: result.ok, errors: errors.length, event: result.ok ? result.event : null, notJson: notJson.ok }));
`,
    );
    const strict = { target: 'ES2022', strict: true, skipLibCheck: false, types: [] };
    await writeFile(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...strict, module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'out' }, include: ['consumer.ts'] }));
    await writeFile(path.join(app, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { ...strict, skipLibCheck: true, module: 'Preserve', moduleResolution: 'Bundler', noEmit: true }, include: ['consumer.ts'] }));
    typeCheck(path.join(app, 'tsconfig.json'));
    typeCheck(path.join(app, 'tsconfig.bundler.json'));
    expect(await readFile(path.join(app, 'out/consumer.js'), 'utf8')).toMatch(/require\("@?[^"]*"\)/);
    const output = JSON.parse(run(process.execPath, ['out/consumer.js'], app)) as Record<string, unknown>;
    expect(output).toMatchObject({ ok: true, errors: 0, notJson: false });
    // plain require from a .cjs file and node's own resolution
    expect(run(process.execPath, ['-e', `const g = require('${name}'); console.log(typeof g.validateCallback, typeof require('${name}/validators').validatePayload)`], app).trim()).toBe('function function');
  });
});
