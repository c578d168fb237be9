import { createHash } from 'node:crypto';
import type { SchemaFile } from '../schema/schemas.js';
import { INTEGER_FORMATS } from '../schema/schemas.js';
import { typeIdentifier } from '../text-safety.js';
import { memoKey, noMemo, type EmitMemo } from '../memo.js';

export interface CompiledValidators {
  /** ES module source: one exported validate function per schema, no runtime dependency. */
  code: string;
  /** Validate at generate time (fixtures), with the same schemas compiled in process on demand. */
  validate(id: string, value: unknown): Array<{ instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }>;
}

export const validatorName = (file: Pick<SchemaFile, 'typeName'>): string => `validate_${typeIdentifier(file.typeName)}`;

type StandaloneFn = (ajv: unknown, refs: Record<string, string>) => string;

/**
 * Ajv (2020, strict) compiles each schema into its own standalone chunk, wrapped so chunks never
 * share names; a chunk is remembered by the hash of its schema, so an unchanged schema is never
 * compiled again.
 */
export async function compileValidators(schemas: SchemaFile[], memo: EmitMemo = noMemo): Promise<CompiledValidators> {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  let standalone: StandaloneFn | undefined;
  const chunks: string[] = [];
  // schemas compiled for their standalone code also serve generate-time validation (fixtures)
  const compiledIn = new Map<string, InstanceType<typeof Ajv2020>>();
  for (const [index, bucket] of buckets(schemas).entries()) {
    const names = bucket.map(validatorName);
    chunks.push(
      await memoizedAsync(memo, memoKey('validators', CODEGEN_VERSION, ...bucket.map((s) => `${validatorName(s)}=${JSON.stringify(s.schema)}`)), async () => {
        // CommonJS module: the function is `default` (or `default.default` through Node's ESM interop)
        if (!standalone) {
          const mod = (await import('ajv/dist/standalone/index.js')) as unknown as { default: StandaloneFn | { default: StandaloneFn } };
          standalone = typeof mod.default === 'function' ? mod.default : mod.default.default;
        }
        const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true, optimize: 1 } });
        for (const f of INTEGER_FORMATS) ajv.addFormat(f, true);
        for (const s of bucket) {
          // annotations do not validate; left in, Ajv copies every description into the package's code
          ajv.addSchema(withoutAnnotations(s.schema), s.id);
          compiledIn.set(s.id, ajv);
        }
        return wrapBucket(`bucket${index}`, names, inlineRuntime(standalone(ajv, Object.fromEntries(bucket.map((s) => [validatorName(s), s.id])))));
      }),
    );
  }
  let lazy: InstanceType<typeof Ajv2020> | undefined;
  const byId = new Map(schemas.map((s) => [s.id, s]));
  return {
    code: chunks.join('\n'),
    validate(id, value) {
      lazy ??= new Ajv2020(AJV_OPTIONS);
      if (!lazy.getSchema(id)) {
        const schema = byId.get(id);
        if (!schema) throw new Error(`no schema ${id}`);
        for (const f of INTEGER_FORMATS) if (!lazy.formats[f]) lazy.addFormat(f, true);
        lazy.addSchema(schema.schema, id);
      }
      const fn = lazy.getSchema(id)!;
      return fn(value) ? [] : (fn.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, message: e.message, params: e.params as Record<string, unknown> }));
    },
  };
}

/** Bumped when the chunk format changes, so old cached chunks are not reused. */
const CODEGEN_VERSION = 'ajv-8-standalone-bucket-3';

/**
 * \`ownProperties\`: a field named like an Object.prototype member (\`constructor\`, \`toString\`) is
 * otherwise read from the prototype, so \`required\` never fails and an absent field is validated
 * as a function. (Ajv never validates a property named \`__proto__\`, by design; \`required\` works.)
 */
const AJV_OPTIONS = { strict: true, allErrors: true, ownProperties: true } as const;

/**
 * Schemas compile in buckets: one Ajv and one standalone pass per bucket (cheap), and a
 * changed schema recompiles only its bucket. A schema's bucket is a hash of its name.
 */
function buckets(schemas: SchemaFile[]): SchemaFile[][] {
  const count = 2 ** Math.max(0, Math.round(Math.log2(Math.max(1, schemas.length / 40))));
  const out: SchemaFile[][] = Array.from({ length: count }, () => []);
  for (const s of schemas) out[createHash('sha1').update(s.typeName).digest().readUInt32BE(0) % count].push(s);
  return out.filter((b) => b.length > 0);
}

/** The standalone module's `export const validate_X = validate20;` lines become a closure's result. */
function wrapBucket(bucket: string, names: string[], code: string): string {
  const exports = new Map<string, string>();
  const body = code.replace(/^\s*export const (\w+) = (\w+);/gm, (_m, name: string, fn: string) => {
    exports.set(name, fn);
    return '';
  });
  if (names.some((n) => !exports.has(n))) throw new Error(`unexpected standalone output for ${bucket}`);
  return `const ${bucket} = /*#__PURE__*/ (() => {\n${body.trim()}\nreturn { ${names.map((n) => `${n}: ${exports.get(n)}`).join(', ')} };\n})();\n${names.map((n) => `export const ${n} = ${bucket}.${n};`).join('\n')}`;
}

/** A schema without `title` and `description`; keys under `properties` and `$defs` are names and stay. */
export function withoutAnnotations<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations) as T;
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (key === 'title' || key === 'description') continue;
    if (key === 'properties' || key === '$defs') out[key] = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([name, sub]) => [name, withoutAnnotations(sub)]));
    else if (key === 'items' || key === 'anyOf' || key === 'allOf' || key === 'oneOf' || key === 'not' || key === 'additionalProperties') out[key] = withoutAnnotations(value);
    else out[key] = value;
  }
  return out as T;
}

async function memoizedAsync(memo: EmitMemo, key: string, make: () => Promise<string>): Promise<string> {
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const value = await make();
  memo.set(key, value);
  return value;
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
