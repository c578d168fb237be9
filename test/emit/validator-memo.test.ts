import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EmitMemo } from '../../generator/emit/memo.js';
import { buildSchemas, type JsonSchema, type SchemaFile } from '../../generator/emit/schema/schemas.js';
import { compileValidators } from '../../generator/emit/validators/compile.js';
import type { Model } from '../../generator/model/types.js';

/** A memo in memory that counts what it is asked, as the file memo would be between runs. */
function memory(): EmitMemo & { sets: number; entries: Map<string, string> } {
  const entries = new Map<string, string>();
  const memo = {
    entries,
    sets: 0,
    get: (key: string) => entries.get(key),
    set: (key: string, value: string) => {
      memo.sets++;
      entries.set(key, value);
    },
  };
  return memo;
}

let n = 0;
const file = (schema: JsonSchema): SchemaFile => {
  const id = `urn:test:${++n}`;
  return { path: `schemas/t/T${n}.schema.json`, id, role: 'event', typeName: `T${n}`, product: 't', schema: { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id, ...schema } };
};

// shared recursive structs, shared enum constants, an inlined struct, and a schema only Ajv compiles
const tree = { $defs: { Tree: { type: 'object', required: ['q'], properties: { q: { type: 'string', enum: ['a', 'b'] }, kids: { type: 'array', items: { $ref: '#/$defs/Tree' } }, leaf: { $ref: '#/$defs/Leaf' } } }, Leaf: { type: 'object', properties: { v: { type: 'integer', format: 'int32', minimum: -2147483648, maximum: 2147483647 } } } } };
const snippets = (): SchemaFile[] => [
  file({ type: 'object', properties: { a: { $ref: '#/$defs/Tree' } }, ...tree }),
  file({ type: 'object', required: ['c'], properties: { c: { type: 'string', enum: ['a', 'b'] }, d: { $ref: '#/$defs/Leaf' } }, ...tree }),
  file({ type: 'object', properties: { e: { type: 'array', items: { anyOf: [{ type: 'string' }, { $ref: '#/$defs/Tree' }] } } }, ...tree }),
  file({ type: 'object', properties: { f: { type: 'string', pattern: '^x' } } }),
  file({ type: 'object', properties: { g: { type: 'string', enum: ['x', 'y', 'z'] } } }),
];

const seedSchemas = (): SchemaFile[] => buildSchemas(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../generated/model.json'), 'utf8')) as Model);

describe('validators remembered per schema', () => {
  for (const [label, make] of [['hand-written snippets', snippets], ['the seed corpus', seedSchemas]] as const) {
    it(`give the module a compile from nothing gives, run after run, in any order and after an edit (${label})`, async () => {
      const schemas = make();
      const memo = memory();
      const cold = async (list: SchemaFile[]): Promise<string> => (await compileValidators(list)).code;
      expect((await compileValidators(schemas, memo)).code).toBe(await cold(schemas));
      // everything remembered: nothing new is stored, the text is the same
      const before = memo.sets;
      expect((await compileValidators(schemas, memo)).code).toBe(await cold(schemas));
      expect(memo.sets).toBe(before);
      // another order: shared declarations now first needed by another schema
      const reversed = [...schemas].reverse();
      expect((await compileValidators(reversed, memo)).code).toBe(await cold(reversed));
      // one schema edited (a new enum value), one dropped
      const edited = schemas.slice(1).map((s, i) => (i === 0 ? { ...s, schema: JSON.parse(JSON.stringify(s.schema).replace(/"enum":\["a"/, '"enum":["a","new"')) as JsonSchema } : s));
      expect((await compileValidators(edited, memo)).code).toBe(await cold(edited));
    });
  }

  it('compiles again when remembered code is missing, and validates with the remembered code', async () => {
    const schemas = snippets();
    const memo = memory();
    await compileValidators(schemas, memo);
    for (const key of [...memo.entries.keys()].filter((k) => k.startsWith('vcode-')).slice(0, 2)) memo.entries.delete(key);
    const compiled = await compileValidators(schemas, memo);
    expect(compiled.code).toBe((await compileValidators(schemas)).code);
    expect(compiled.validate(schemas[1].id, { c: 'nope' }).map((e) => e.keyword)).toEqual(['enum']);
  });
});
