import type { SchemaFile } from '../schema/schemas.js';
import { INTEGER_FORMATS } from '../schema/schemas.js';
import { typeIdentifier } from '../text-safety.js';

export interface CompiledValidators {
  /** ES module source: one exported validate function per schema, no runtime dependency. */
  code: string;
  /** Export name of each schema's validator, by schema id. */
  exportNames: Map<string, string>;
  /** Validate at generate time (fixtures): the same compiled schemas, in process. */
  validate(id: string, value: unknown): Array<{ instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }>;
}

export const validatorName = (file: Pick<SchemaFile, 'typeName'>): string => `validate_${typeIdentifier(file.typeName)}`;

/** Ajv (2020, strict) compiles every schema once, in one instance; standalone code is its output. */
export async function compileValidators(schemas: SchemaFile[]): Promise<CompiledValidators> {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  // CommonJS module: the function is `default` (or `default.default` through Node's ESM interop)
  type StandaloneFn = (ajv: unknown, refs: Record<string, string>) => string;
  const standaloneModule = (await import('ajv/dist/standalone/index.js')) as unknown as { default: StandaloneFn | { default: StandaloneFn } };
  const standalone: StandaloneFn = typeof standaloneModule.default === 'function' ? standaloneModule.default : standaloneModule.default.default;
  const ajv = new Ajv2020({ strict: true, allErrors: true, code: { source: true, esm: true, lines: false, optimize: 1 } });
  for (const f of INTEGER_FORMATS) ajv.addFormat(f, true);
  for (const s of schemas) ajv.addSchema(s.schema, s.id);
  const exportNames = new Map(schemas.map((s) => [s.id, validatorName(s)]));
  const code = inlineRuntime(standalone(ajv, Object.fromEntries(schemas.map((s) => [validatorName(s), s.id]))));
  return {
    code,
    exportNames,
    validate(id, value) {
      const fn = ajv.getSchema(id);
      if (!fn) throw new Error(`no schema ${id}`);
      return fn(value) ? [] : (fn.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, message: e.message, params: e.params as Record<string, unknown> }));
    },
  };
}

/**
 * Ajv's standalone output still `require`s a few runtime helpers; the package must not depend
 * on Ajv, so they are inlined (small, dependency-free equivalents).
 */
function inlineRuntime(code: string): string {
  const helpers: Record<string, string> = {
    'ajv/dist/runtime/equal': 'function equal(a, b) { if (a === b) return true; if (a && b && typeof a === "object" && typeof b === "object") { if (Array.isArray(a) !== Array.isArray(b)) return false; const ka = Object.keys(a), kb = Object.keys(b); if (ka.length !== kb.length) return false; return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal(a[k], b[k])); } return a !== a && b !== b; }',
    'ajv/dist/runtime/ucs2length': 'function ucs2length(str) { let n = 0; for (const _ of str) n++; return n; }',
  };
  let out = code.replace(/^"use strict";/, '');
  const required = [...out.matchAll(/const (\w+) = require\("([^"]+)"\)\.default;?/g)];
  for (const [statement, name, module] of required) {
    const helper = helpers[module];
    if (!helper) throw new Error(`validator code needs ${module}, which cannot be inlined`);
    const fnName = /function (\w+)/.exec(helper)![1];
    out = out.replace(statement, `${helper}\nconst ${name} = ${fnName};`);
  }
  if (/require\(/.test(out)) throw new Error('validator code still requires a module');
  return out;
}
