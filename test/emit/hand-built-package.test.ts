import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type * as RuntimeShape from './support/runtime-shape.js';
import { pathToFileURL } from 'node:url';
import { Project, ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage } from '../../generator/emit/index.js';
import type { Model } from '../../generator/model/types.js';
import { schemaError } from '../helpers/output-checks.js';
import { addMutualAssignabilityChecks, diagnosticsUnder, writeRunnable } from './support/emitted-package.js';
import { hostileModel, narrowingModel } from './support/models.js';

const options = { packageName: 'x', packageVersion: '1.0.0' };

/** What a consumer writes: narrowing on the discriminator and on the validation result. Lines with `@ts-expect-error` must fail. */
const consumer = `import { createCallbackHandler, isA, validateApiResponse, validateCallback, type A, type BVersions, type PCallback } from './src/index.js';

export function describe(body: PCallback): string {
  switch (body.EventType) {
    case 'A': {
      const reason: 'AUTO' | 'USER_CALL' = body.EventData.X;
      const code: number | undefined = body.EventData.Error?.Code;
      const size: number | undefined = body.EventData.Items?.[0]?.Size;
      // @ts-expect-error a field of B is not on A
      void body.EventData.Old;
      return reason + code + size;
    }
    case 'B': {
      const payload: BVersions = body.EventData;
      return 'New' in payload ? String(payload.New) : payload.Old;
    }
    default: {
      const never: never = body;
      return never;
    }
  }
}

const result = validateCallback('{}');
if (result.ok) {
  const version: string | null = result.version;
  const versions: Array<string | null> = result.matchedVersions;
  if (result.event === 'A') {
    const x: 'AUTO' | 'USER_CALL' = result.value.X;
    const type: 'A' = result.body.EventType;
    void [x, type, version, versions];
  }
  // @ts-expect-error the value is not narrowed before the event is known
  void result.value.X;
} else {
  for (const e of result.errors) void [e.path, e.message, e.expected, e.source];
}
const response = validateApiResponse('Describe', '{}');
if (response.ok) {
  const name: string = response.value.Name;
  const count: number | undefined = response.value.Count;
  void [name, count];
}
const value: unknown = {};
if (isA(value)) void value.X;
createCallbackHandler({ A: (payload, body) => { const x: 'AUTO' | 'USER_CALL' = payload.X; const type: 'A' = body.EventType; void [x, type]; } });
// @ts-expect-error an event the docs prescribe no reply for takes none
createCallbackHandler({ A: () => ({ anything: 1 }) });
// @ts-expect-error the payload is typed by the event
createCallbackHandler({ A: (payload) => void payload.Nope });
// @ts-expect-error a closed enum rejects other values
export const wrong: A = { X: 'OTHER' };
`;

const models: Record<string, () => Model> = { narrowing: narrowingModel, hostile: hostileModel };
const emitted = new Map<string, Map<string, string>>();
// one Project for every model: type checking is the slow part on this machine
const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, types: [] } });

beforeAll(async () => {
  for (const [name, make] of Object.entries(models)) {
    const files = await emitPackage(make(), [], options);
    emitted.set(name, files);
    for (const [file, code] of files) {
      // the fixture test imports vitest and node:fs; it runs in the corpus package, not here
      if (file.endsWith('.ts') && file !== 'test/fixtures.test.ts') project.createSourceFile(`/${name}/${file}`, code);
    }
    const schemas = [...files].filter(([file]) => file.endsWith('.schema.json')).map(([, text]) => JSON.parse(text));
    await addMutualAssignabilityChecks(project, `/${name}`, './src/types.js', schemas);
  }
  project.createSourceFile('/narrowing/consumer.ts', consumer);
});

describe.each(Object.keys(models))('the package emitted from the %s model', (name) => {
  it('type-checks: sources, fixture `satisfies` checks, and a consumer', () => {
    expect(diagnosticsUnder(project, `/${name}`).filter((d) => !d.startsWith('mutual-assignability.ts') && !d.startsWith('j2t/'))).toEqual([]);
  });

  it('has types and schemas that agree (json-schema-to-typescript output is mutually assignable with the emitted types)', () => {
    expect(diagnosticsUnder(project, `/${name}`).filter((d) => d.startsWith('mutual-assignability.ts') || d.startsWith('j2t/'))).toEqual([]);
  });

  it('has schemas that compile with Ajv 2020 in strict mode', () => {
    const schemas = [...emitted.get(name)!].filter(([file]) => file.endsWith('.schema.json'));
    expect(schemas.length).toBeGreaterThan(0);
    for (const [file, text] of schemas) expect(schemaError(text), file).toBeUndefined();
  });
});

describe('hostile doc text and names', () => {
  it('declares exactly the expected names in each file: doc text never becomes code', () => {
    const declared = (file: string): string[] =>
      project
        .getSourceFileOrThrow(`/hostile/${file}`)
        .getStatements()
        .flatMap((s) => {
          const node = s.compilerNode;
          if (ts.isVariableStatement(node)) return node.declarationList.declarations.map((d) => d.name.getText());
          if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return [s.getKindName()];
          return [(node as unknown as { name?: ts.Identifier }).name?.text ?? s.getKindName()];
        });
    expect(declared('src/types.ts')).toEqual([
      'Node', 'PRecord', 'Weird', 'a_b', 'a_b2', 'X_20200101', 'X_20210101', 'XVersions', 'PValidationError', 'PCallback', 'Evil', 'Unnamed', 'PEnvelope', 'ApiResponses',
      'XVersions2', 'WeirdCallback', 'a_bCallback', 'a_b2Callback', 'XCallback', 'XVersionsCallback', 'PValidationErrorCallback', 'PCallbackCallback', 'EvilCallback', 'PCallback2', 'CallbackMatch', 'CallbackReplies',
    ]);
    expect(declared('src/guards.ts')).toEqual(['ImportDeclaration', 'ImportDeclaration', 'isWeird', 'isa_b', 'isa_b2', 'isX_20200101', 'isX_20210101', 'isXVersions', 'isPValidationError', 'isPCallback', 'isEvil', 'isUnnamed']);
    expect(declared('src/registry.ts')).toEqual(['ImportDeclaration', 'ImportDeclaration', 'events', 'envelopes', 'signatures', 'apis', 'fields', 'sourceMap']);
    expect(declared('src/validate.ts')).toEqual(['ImportDeclaration', 'ImportDeclaration', 'ImportDeclaration', 'ImportDeclaration', 'ImportDeclaration', 'ExportDeclaration', 'CallbackResult', 'runtime', 'validateCallback', 'validatePayload', 'validateApiResponse', 'validateApiResponse', 'validateApiResponse', 'sourceOf', 'undocumentedFields']);
    // the runtime is copied from generator/runtime/ as it is, never built from doc text
    for (const [file, code] of emitted.get('hostile')!) if (file.startsWith('src/runtime/')) expect(code).toBe(emitted.get('narrowing')!.get(file));
    expect(declared('test/fixtures.typecheck.ts')).toEqual(['ImportDeclaration', 'example1']);
    // validators.ts holds Ajv's code, with the schemas (doc text included) as string constants
    for (const [file, code] of emitted.get('hostile')!) {
      if (file.endsWith('.ts') && file !== 'src/validators.ts') expect(code, file).not.toMatch(/<\/script>|\u2028|\u2029/);
    }
  });

  it('keeps hostile text inside comments and string literals', () => {
    const types = emitted.get('hostile')!.get('src/types.ts')!;
    // the text is there (escaped), so the test would notice an emitter that dropped it instead
    expect(types).toContain('ends *\u200b/ export const pwned = 1; /\u200b* ${pwned()} `tick` &lt;/script&gt;');
    expect(types).toMatch(/"123abc": "\*\/" \| "\$\{x\}" \| "\\u003c\/script>";/);
    expect(types).toContain('"__proto__": string;');
    expect(types).toContain('"../x": Node;');
    expect(types).toContain('constructor: number;');
  });

  it('names every emitted file after a sanitised name, never a path from the docs', () => {
    for (const file of emitted.get('hostile')!.keys()) expect(file).toMatch(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$/);
  });
});

describe('the generated runtime', () => {
  let work: string;
  type Runtime = typeof RuntimeShape;
  let narrowing: Runtime;
  let hostile: Runtime;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-runtime-'));
    narrowing = (await import(pathToFileURL(await writeRunnable(emitted.get('narrowing')!, path.join(work, 'narrowing'))).href)) as Runtime;
    hostile = (await import(pathToFileURL(await writeRunnable(emitted.get('hostile')!, path.join(work, 'hostile'))).href)) as Runtime;
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('recognises the event of a raw body and returns the value', () => {
    const result = narrowing.validateCallback('{"EventType":"A","EventData":{"X":"AUTO","Items":[{"Name":"n","Size":1}]},"Sign":"s"}');
    expect(result).toMatchObject({ ok: true, product: 'p', event: 'A', version: null, matchedVersions: [null], value: { X: 'AUTO' } });
  });

  it('tries every dated version: the newest that matches wins, and all matches are listed', () => {
    expect(narrowing.validateCallback({ EventType: 'B', EventData: { Old: 'o', New: 5 } })).toMatchObject({ ok: true, version: '2023-01-01', matchedVersions: ['2023-01-01', '2020-01-01'] });
    expect(narrowing.validateCallback({ EventType: 'B', EventData: { Old: 'o' } })).toMatchObject({ ok: true, version: '2020-01-01', matchedVersions: ['2020-01-01'] });
  });

  it('reports each violation with its JSON pointer, the expected values and the doc line of the field', () => {
    expect(narrowing.validateCallback('{"EventType":"A","EventData":{"X":"OTHER"}}')).toEqual({
      ok: false,
      product: 'p',
      event: 'A',
      version: null,
      typeName: 'A',
      errors: [{ path: '/EventData/X', keyword: 'enum', message: 'must be equal to one of the allowed values', expected: '["AUTO","USER_CALL"]', source: 'docs-src/p/en/page.md#a' }],
    });
    const b = narrowing.validateCallback({ EventType: 'B', EventData: { New: 'five' } });
    expect(b.ok ? [] : b.errors.map((e) => [e.path, e.keyword, e.source])).toEqual([['/EventData/Old', 'required', 'docs-src/p/en/page.md#b']]);
  });

  it('says why a body is not recognised', () => {
    expect(narrowing.validateCallback('{not json')).toMatchObject({ ok: false, errors: [{ path: '', keyword: 'json' }] });
    expect(narrowing.validateCallback('{"EventType":"Nope","EventData":{}}')).toMatchObject({ ok: false, errors: [{ keyword: 'event' }] });
    expect(narrowing.validateCallback({ X: 'AUTO' }, { eventType: 'A' })).toMatchObject({ ok: true, event: 'A' });
  });

  it('unwraps and validates API responses', () => {
    expect(narrowing.validateApiResponse('Describe', '{"Response":{"Name":"n","Count":2}}')).toEqual({ ok: true, value: { Name: 'n', Count: 2 } });
    const bad = narrowing.validateApiResponse('Describe', { Response: { Count: 1.5 } });
    expect(bad.ok ? [] : bad.errors.map((e) => [e.path, e.keyword])).toEqual([['/Response/Name', 'required'], ['/Response/Count', 'type']]);
    expect(narrowing.validateApiResponse('Describe', { Name: 'n' })).toMatchObject({ ok: false, errors: [{ keyword: 'required' }] });
  });

  it('has a type guard per event', () => {
    expect(narrowing.isA({ X: 'AUTO' })).toBe(true);
    expect(narrowing.isA({ X: 'other' })).toBe(false);
  });

  it('treats a field named __proto__ as a field: documented, with its doc line', () => {
    const value = JSON.parse('{"__proto__":"p","constructor":1,"123abc":"*/","../x":{"next":{}},"extra":1}');
    expect(hostile.validatePayload('Weird', value)).toEqual([]);
    expect(hostile.undocumentedFields('Weird', value)).toEqual(['/extra']);
    // the section that documents the field, not its line: lines live in sources.json
    expect(hostile.sourceOf('Weird', '/__proto__')).toBe('docs-src/p/en/page.md#weird');
    // a field named like an Object.prototype member is read from the value itself, never from the prototype
    expect(hostile.validatePayload('Weird', { '123abc': '*/', '../x': {} }).map((e) => [e.path, e.keyword])).toEqual([['/__proto__', 'required'], ['/constructor', 'required']]);
    expect(hostile.validatePayload('Weird', JSON.parse('{"__proto__":"p","constructor":"one","123abc":"*/","../x":{}}')).map((e) => [e.path, e.keyword])).toEqual([['/constructor', 'type']]);
  });
});
