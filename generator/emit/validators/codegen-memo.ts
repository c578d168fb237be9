import type { JsonSchema } from '../schema/schemas.js';
import { memoKey, type EmitMemo } from '../memo.js';
import { ValidatorCodegen } from './schema-codegen.js';

/** Bumped when the generated validator code changes, so remembered code is not reused. */
const CODEGEN_VERSION = 'codegen-1';

interface Remembered {
  /** The schema's check function, or null when the walker cannot express it (Ajv's turn). */
  check: string | null;
  /** Every declaration the schema's code uses, in the order a codegen of its own declares them. */
  names: string[];
}

/**
 * `codegen.compile(schema)`, remembered per schema: an unchanged schema costs a hash lookup, not
 * a walk. Declarations are named by the hash of their body, so a name stands for its code; a
 * schema compiled alone declares its names in the same relative order as it would after other
 * schemas (a name already declared is skipped, with everything it reaches), so adding the
 * missing ones in that order gives the same module text as compiling in place.
 */
export function compileRemembered(codegen: ValidatorCodegen, schema: JsonSchema, memo: EmitMemo): string | undefined {
  const key = memoKey('vschema', CODEGEN_VERSION, JSON.stringify(schema));
  const hit = memo.get(key);
  if (hit !== undefined) {
    const known = JSON.parse(hit) as Remembered;
    if (known.check === null) return undefined;
    const missing = known.names.filter((name) => !codegen.has(name));
    const codes = missing.map((name) => memo.get(codeKey(name)));
    if (codes.every((c) => c !== undefined)) {
      missing.forEach((name, i) => codegen.declare(name, codes[i]));
      return known.check;
    }
  }
  const alone = new ValidatorCodegen();
  const check = alone.compile(schema);
  const entries = alone.entries();
  for (const [name, code] of entries) {
    if (!codegen.has(name)) codegen.declare(name, code);
    // a set marks the pack for rewriting: only new code is set
    if (memo.get(codeKey(name)) !== code) memo.set(codeKey(name), code);
  }
  memo.set(key, JSON.stringify({ check: check ?? null, names: check === undefined ? [] : entries.map(([name]) => name) } satisfies Remembered));
  return check;
}

const codeKey = (name: string): string => memoKey('vcode', CODEGEN_VERSION, name);
