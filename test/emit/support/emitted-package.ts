import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { ts, type Project } from 'ts-morph';

/**
 * Adds, for each schema, json-schema-to-typescript's type and two assignments that only
 * type-check when it and the emitted type (same name, from `typesModule`) are mutually assignable.
 * Returns the path of the check file; its diagnostics are the disagreements.
 */
export async function addMutualAssignabilityChecks(project: Project, dir: string, typesModule: string, schemas: Array<{ title: string } & Record<string, unknown>>): Promise<string> {
  const checks: string[] = [`import type * as E from '${typesModule}';`];
  let n = 0;
  for (const schema of schemas) {
    n++;
    const j2t = await compile(withoutOpenObjects(schema) as never, schema.title, { bannerComment: '', format: false, additionalProperties: false, declareExternallyReferenced: true, unknownAny: true });
    project.createSourceFile(`${dir}/j2t/s${n}.ts`, j2t, { overwrite: true });
    // json-schema-to-typescript renames the title its own way (`a_b` → `AB`); its root type comes first
    const root = /export (?:interface|type) (\w+)/.exec(j2t)?.[1] ?? schema.title;
    const emitted = `E.${schema.title}`;
    checks.push(`import type { ${root} as J${n} } from './j2t/s${n}.js';`);
    checks.push(`export const a${n}: J${n} = null as unknown as ${emitted};`, `export const b${n}: ${emitted} = null as unknown as J${n};`);
  }
  const file = `${dir}/mutual-assignability.ts`;
  project.createSourceFile(file, checks.join('\n'), { overwrite: true });
  return file;
}

/**
 * Adapts two json-schema-to-typescript habits that are not disagreements: it renders
 * `additionalProperties: true` (JSON Schema's default) as an index signature, and a schema with
 * no `type` (any value) as an object; JSON Schema means `unknown` there, as the emitter does.
 */
export function withoutOpenObjects(value: unknown, isSchema = true): unknown {
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

/** Diagnostics of the files under a folder of the project, as `file:line message` lines. */
export function diagnosticsUnder(project: Project, dir: string): string[] {
  return project
    .getPreEmitDiagnostics()
    .filter((d) => d.getSourceFile()?.getFilePath().startsWith(`${dir}/`))
    .map((d) => `${d.getSourceFile()!.getFilePath().slice(dir.length + 1)}:${d.getLineNumber()} ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, '\n')}`);
}

/**
 * Writes the emitted package's sources as JavaScript (transpiled, not type-checked) so a test
 * can import and run the generated validators; returns the index module's path.
 */
export async function writeRunnable(files: Map<string, string>, dir: string): Promise<string> {
  for (const [file, code] of files) {
    if (!file.startsWith('src/') || !file.endsWith('.ts')) continue;
    const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false } }).outputText;
    const out = path.join(dir, file.replace(/\.ts$/, '.js'));
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, js);
  }
  await writeFile(path.join(dir, 'package.json'), '{"type":"module"}\n');
  return path.join(dir, 'src/index.js');
}
