import type { SchemaFile } from '../schema/schemas.js';
import { typeIdentifier } from '../text-safety.js';
import { noMemo, type EmitMemo } from '../memo.js';
import { ajvStandalone } from './ajv-fallback.js';
import { RUNTIME_HELPERS } from './runtime-helpers.js';
import { ValidatorCodegen } from './schema-codegen.js';
import { compileRemembered } from './codegen-memo.js';

export { withoutAnnotations } from './schema-codegen.js';

export interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

export interface CompiledValidators {
  /** ES module source: one exported validate function per schema, no runtime dependency. */
  code: string;
  /** How many schemas our own walker compiled, and how many went to Ajv standalone. */
  stats: { own: number; ajv: number };
  /** Validate at generate time (fixtures) with the very code the package ships. */
  validate(id: string, value: unknown): ValidationIssue[];
}

export const validatorName = (file: Pick<SchemaFile, 'typeName'>): string => `validate_${typeIdentifier(file.typeName)}`;

type CompiledFn = ((value: unknown) => boolean) & { errors?: ValidationIssue[] | null };

/**
 * Every schema our walker can express becomes generated code with shared helpers (small and
 * fast); the rest is compiled by Ajv standalone. Both live in one script body; the module adds
 * one `export const` per schema, in schema order.
 */
export async function compileValidators(schemas: SchemaFile[], memo: EmitMemo = noMemo): Promise<CompiledValidators> {
  const codegen = new ValidatorCodegen();
  const exports = new Map<string, string>();
  const rest: Array<SchemaFile & { validator: string }> = [];
  for (const s of schemas) {
    const name = validatorName(s);
    const check = memo === noMemo ? codegen.compile(s.schema) : compileRemembered(codegen, s.schema, memo);
    if (check) exports.set(name, `validator(${check})`);
    else {
      exports.set(name, '');
      rest.push({ ...s, validator: name });
    }
  }
  const fallback = rest.length ? await ajvStandalone(rest, memo) : { body: '', exports: new Map<string, string>() };
  for (const [name, expr] of fallback.exports) exports.set(name, expr);
  const body = [RUNTIME_HELPERS, codegen.source(), fallback.body].filter(Boolean).join('\n');
  const code = `${body}\n${[...exports].map(([name, expr]) => `export const ${name} = ${expr};`).join('\n')}`;
  let table: Record<string, CompiledFn> | undefined;
  const nameOf = new Map(schemas.map((s) => [s.id, validatorName(s)]));
  return {
    code,
    stats: { own: schemas.length - rest.length, ajv: rest.length },
    validate(id, value) {
      // the package's own code, run in process: generate-time outcomes are the ones its tests see.
      // Only our generated code is evaluated; doc text in it is escaped string literals.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- our own generated code, see above
      table ??= new Function(`"use strict";\n${body}\nreturn { ${[...exports].map(([name, expr]) => `${name}: ${expr}`).join(', ')} };`)() as Record<string, CompiledFn>;
      const name = nameOf.get(id);
      if (!name) throw new Error(`no schema ${id}`);
      const fn = table[name];
      return fn(value) ? [] : (fn.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, message: e.message, params: e.params }));
    },
  };
}
