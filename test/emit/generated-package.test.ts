import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { compile } from 'json-schema-to-typescript';
import { Project } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTEGER_FORMATS } from '../../generator/emit/schema/schemas.js';

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
    const project = new Project({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, target: 99, module: 199, moduleResolution: 99 }, useInMemoryFileSystem: true });
    project.createSourceFile('/emitted.ts', await readFile(path.join(generated, 'src/types.ts'), 'utf8'));
    const checks: string[] = ["import type * as E from './emitted.js';"];
    const files = await schemaFiles();
    let n = 0;
    for (const file of files) {
      const schema = JSON.parse(await readFile(file, 'utf8')) as { title: string };
      // additionalProperties: true is JSON Schema's default; j2t would render it as an index
      // signature, which a TypeScript interface does not need to accept extra fields
      const ts = await compile(withoutOpenObjects(schema) as never, schema.title, { bannerComment: '', format: false, additionalProperties: false, declareExternallyReferenced: true, unknownAny: true });
      n++;
      project.createSourceFile(`/j2t/s${n}.ts`, ts);
      const emitted = `E.${schema.title}`;
      checks.push(`import type { ${schema.title} as J${n} } from './j2t/s${n}.js';`);
      checks.push(`export const a${n}: J${n} = null as unknown as ${emitted};`, `export const b${n}: ${emitted} = null as unknown as J${n};`);
    }
    project.createSourceFile('/check.ts', checks.join('\n'));
    const diagnostics = project.getPreEmitDiagnostics().map((d) => `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()} ${flatten(d.getMessageText())}`);
    expect(diagnostics).toEqual([]);
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
    await writeFile(
      path.join(app, 'consumer.ts'),
      `import { validateCallback, type TiwCallback, type RtcCallback } from '${name}';
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
  console.log(result.event + '@' + (result.version ?? '-') + ' ' + describe(result.body as TiwCallback | RtcCallback));
}
`,
    );
    await writeFile(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, outDir: 'out', skipLibCheck: false, types: [] }, include: ['consumer.ts'] }));
    execFileSync(process.execPath, [tsc, '-p', path.join(app, 'tsconfig.json')], { cwd: app, encoding: 'utf8' });
    const output = execFileSync(process.execPath, [path.join(app, 'out/consumer.js')], { cwd: app, encoding: 'utf8' });
    expect(output).toContain('WhiteboardPushStopped@- push stopped: USER_CALL 1568949392');
    expect(output).toMatch(/RecordStopped@2023-11-01 record stopped: task-1 files=0/);
  });
});

function readFileSyncUtf8(file: string): string {
  return readFileSync(file, 'utf8');
}

/**
 * Adapts two json-schema-to-typescript habits that are not disagreements: it renders
 * `additionalProperties: true` (JSON Schema's default) as an index signature, and a schema with
 * no `type` (any value) as an object; JSON Schema means `unknown` there, as the emitter does.
 */
function withoutOpenObjects(value: unknown, isSchema = true): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutOpenObjects(v, isSchema));
  if (!value || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  if (isSchema && !('type' in obj) && !('$ref' in obj) && !('anyOf' in obj) && !('enum' in obj) && !('properties' in obj)) return { ...obj, tsType: 'unknown' };
  return Object.fromEntries(
    Object.entries(obj)
      .filter(([k, v]) => !(k === 'additionalProperties' && v === true))
      // under properties and $defs the keys are names, the values schemas
      .map(([k, v]) => [k, k === 'properties' || k === '$defs' ? Object.fromEntries(Object.entries(v as object).map(([n, s]) => [n, withoutOpenObjects(s, true)])) : withoutOpenObjects(v, ['items', 'anyOf'].includes(k))]),
  );
}

function flatten(m: string | { getMessageText(): string; getNext(): unknown[] | undefined }): string {
  return typeof m === 'string' ? m : m.getMessageText();
}
