import { createHash } from 'node:crypto';
import type { SchemaFile } from '../schema/schemas.js';
import { INTEGER_FORMATS } from '../schema/schemas.js';
import { memoKey, type EmitMemo } from '../memo.js';
import { withoutAnnotations } from './schema-codegen.js';

type StandaloneFn = (ajv: unknown, refs: Record<string, string>) => string;

/** Validator code as a script body plus, per validator name, the expression that holds it. */
export interface ValidatorChunks {
  body: string;
  exports: Map<string, string>;
}

/**
 * Ajv (2020, strict) standalone code for the schemas our own walker cannot express. Each bucket
 * is wrapped so chunks never share names; a chunk is remembered by the hash of its schemas.
 */
export async function ajvStandalone(schemas: Array<SchemaFile & { validator: string }>, memo: EmitMemo): Promise<ValidatorChunks> {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  let standalone: StandaloneFn | undefined;
  const chunks: string[] = [];
  const exports = new Map<string, string>();
  for (const [index, bucket] of buckets(schemas).entries()) {
    const names = bucket.map((s) => s.validator);
    const wrapper = `ajvBucket${index}`;
    for (const n of names) exports.set(n, `${wrapper}.${n}`);
    const key = memoKey('validators', CODEGEN_VERSION, wrapper, ...bucket.map((s) => `${s.validator}=${JSON.stringify(s.schema)}`));
    let chunk = memo.get(key);
    if (chunk === undefined) {
      // CommonJS module: the function is `default` (or `default.default` through Node's ESM interop)
      if (!standalone) {
        const mod = (await import('ajv/dist/standalone/index.js')) as unknown as { default: StandaloneFn | { default: StandaloneFn } };
        standalone = typeof mod.default === 'function' ? mod.default : mod.default.default;
      }
      const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true, optimize: 1 } });
      for (const f of INTEGER_FORMATS) ajv.addFormat(f, true);
      // annotations do not validate; left in, Ajv copies every description into the package's code
      for (const s of bucket) ajv.addSchema(withoutAnnotations(s.schema), s.id);
      chunk = wrapBucket(wrapper, names, inlineRuntime(standalone(ajv, Object.fromEntries(bucket.map((s) => [s.validator, s.id])))));
      memo.set(key, chunk);
    }
    chunks.push(chunk);
  }
  return { body: chunks.join('\n'), exports };
}

/** Bumped when the chunk format changes, so old cached chunks are not reused. */
const CODEGEN_VERSION = 'ajv-8-standalone-fallback-1';

/**
 * \`ownProperties\`: a field named like an Object.prototype member (\`constructor\`, \`toString\`) is
 * otherwise read from the prototype, so \`required\` never fails and an absent field is validated
 * as a function. (Ajv never validates a property named \`__proto__\`, by design; \`required\` works.)
 */
export const AJV_OPTIONS = { strict: true, allErrors: true, ownProperties: true } as const;

/**
 * Schemas compile in buckets: one Ajv and one standalone pass per bucket (cheap), and a
 * changed schema recompiles only its bucket. A schema's bucket is a hash of its name.
 */
function buckets<T extends SchemaFile>(schemas: T[]): T[][] {
  const count = 2 ** Math.max(0, Math.round(Math.log2(Math.max(1, schemas.length / 40))));
  const out: T[][] = Array.from({ length: count }, () => []);
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
  return `const ${bucket} = /*#__PURE__*/ (() => {\n${body.trim()}\nreturn { ${names.map((n) => `${n}: ${exports.get(n)}`).join(', ')} };\n})();`;
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
