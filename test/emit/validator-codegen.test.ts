import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { INTEGER_FORMATS, type JsonSchema, type SchemaFile } from '../../generator/emit/schema/schemas.js';
import { compileValidators, validatorName } from '../../generator/emit/validators/compile.js';
import { AJV_OPTIONS } from '../../generator/emit/validators/ajv-fallback.js';
import { unsupported } from '../../generator/emit/validators/schema-codegen.js';

// The generated validators must report exactly what Ajv (strict, allErrors, ownProperties) reports:
// same errors, same order, same params and messages. Ajv is the oracle; schemaPath is not compared.
// (Strict types off in the oracle only: the snippets use type lists and untyped keywords on purpose.)
const ajv = new Ajv2020({ ...AJV_OPTIONS, strictTypes: false, strictRequired: false, allowUnionTypes: true });
for (const f of INTEGER_FORMATS) ajv.addFormat(f, true);

type Issue = { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string };
const oracle = (schema: JsonSchema, value: unknown): Issue[] => {
  const fn = ajv.getSchema(schema.$id as string) ?? (ajv.addSchema(schema), ajv.getSchema(schema.$id as string)!);
  return fn(value) ? [] : (fn.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, message: e.message, params: e.params as Record<string, unknown> }));
};

let n = 0;
const file = (schema: JsonSchema): SchemaFile => {
  const id = `urn:test:${++n}`;
  return { path: `schemas/t/T${n}.schema.json`, id, role: 'event', typeName: `T${n}`, product: 't', schema: { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id, ...schema } };
};

/** Compiles the schemas with our code generator, asserts no Ajv fallback, and compares every value with Ajv. */
async function expectSameAsAjv(schemas: SchemaFile[], values: unknown[]): Promise<void> {
  const compiled = await compileValidators(schemas);
  expect(compiled.stats.ajv).toBe(0);
  for (const s of schemas) for (const v of values) expect(compiled.validate(s.id, v), `${JSON.stringify(s.schema)} on ${JSON.stringify(v)}`).toEqual(oracle(s.schema, v));
}

const primitives: unknown[] = [null, true, false, 0, -0, 1, -1, 1.5, 2147483648, -2147483649, 4294967296, 1e21, '', 'a', 'A', [], [1], {}, { a: 1 }];

describe('validator code generator (Ajv as the oracle)', () => {
  it('checks primitive types, integer ranges and formats like Ajv', async () => {
    await expectSameAsAjv(
      [
        file({ type: 'string' }),
        file({ type: 'number' }),
        file({ type: 'integer', format: 'int32', minimum: -2147483648, maximum: 2147483647 }),
        file({ type: 'integer', format: 'uint64', minimum: 0 }),
        file({ type: 'number', maximum: 1 }),
        file({ type: 'boolean' }),
        file({ type: 'null' }),
        file({ minimum: 0 }),
      ],
      primitives,
    );
  });

  it('checks enums, with type errors in Ajv order (before the enum, or after it inside a typed group)', async () => {
    await expectSameAsAjv(
      [
        file({ type: 'string', enum: ['A', 'B'] }),
        file({ type: 'integer', enum: [0, 1, 2], minimum: 0, maximum: 1 }),
        file({ type: 'number', enum: [1, 2], minimum: 5 }),
        file({ type: 'object', enum: [null, 1], properties: {} }),
        file({ enum: ['x', 1, null, true] }),
      ],
      [...primitives, 'x', 2, 5],
    );
  });

  it('checks type arrays (a nullable field written as one type list)', async () => {
    await expectSameAsAjv([file({ type: ['string', 'null'] }), file({ type: ['integer', 'string'], minimum: 3 }), file({ type: ['object', 'null'], required: ['a'] })], primitives);
  });

  it('checks objects: required (own properties only), nested properties, escaped paths, additional properties allowed', async () => {
    const schema = file({
      type: 'object',
      required: ['id', 'constructor', 'toString', '__proto__', 'a/b~c'],
      properties: {
        id: { type: 'integer', format: 'int64' },
        constructor: { type: 'string' },
        __proto__: { type: 'string' },
        'a/b~c': { type: 'boolean', description: 'annotations are ignored' },
        'say "</script>"\u2028': { type: 'string' },
        nested: { type: 'object', required: ['x'], properties: { x: { type: 'number' }, y: { type: 'array', items: { type: 'integer' } } }, additionalProperties: true },
        empty: {},
      },
      additionalProperties: true,
    });
    await expectSameAsAjv(
      [schema],
      [
        ...primitives,
        { id: 1, constructor: 'c', toString: 1, 'a/b~c': true },
        JSON.parse('{"__proto__": 5, "id": "x", "a/b~c": 1}'),
        { id: 1.5, nested: { y: [1, 'two', 3.5, null] }, 'say "</script>"\u2028': 3, empty: 7, extra: { anything: true } },
        { nested: [] },
        { nested: { x: 'no' } },
      ],
    );
  });

  it('checks arrays of objects and arrays of arrays', async () => {
    await expectSameAsAjv([file({ type: 'array', items: { type: 'object', required: ['k'], properties: { k: { type: 'string', enum: ['a'] } } } }), file({ type: 'array', items: { type: 'array', items: { type: 'boolean' } } }), file({ items: { type: 'string' } })], [...primitives, [{ k: 'a' }, { k: 'b' }, {}, 3], [[true], [1, false], 'x']]);
  });

  it('follows $ref into $defs, also recursive structs and refs inside unions', async () => {
    const defs = {
      Node: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/Node' } }, meta: { $ref: '#/$defs/Meta' } } },
      Meta: { type: 'object', properties: { size: { type: 'integer', format: 'uint32', minimum: 0, maximum: 4294967295 } } },
    };
    await expectSameAsAjv(
      [file({ type: 'object', properties: { root: { $ref: '#/$defs/Node' }, maybe: { anyOf: [{ $ref: '#/$defs/Meta' }, { type: 'null' }] } }, $defs: defs })],
      [{ root: { name: 'a', children: [{ name: 'b', children: [{ name: 3 }] }, {}], meta: { size: -1 } } }, { maybe: null }, { maybe: { size: 'big' } }, { maybe: 1 }, { root: [] }],
    );
  });

  it('checks anyOf (unions and nullable fields): branch errors kept only when no branch matches', async () => {
    await expectSameAsAjv(
      [
        file({ anyOf: [{ type: 'string' }, { type: 'integer', minimum: 0 }, { type: 'array', items: { type: 'string' } }] }),
        file({ type: 'object', properties: { n: { anyOf: [{ type: 'string', enum: ['x'] }, { type: 'null' }] } } }),
        file({ anyOf: [{ type: 'string' }, {}] }),
      ],
      [...primitives, -3, ['a', 1], { n: 'y' }, { n: null }, { n: 1 }],
    );
  });

  it('shares code: a recursive struct used by two schemas is one function, an enum list one constant, equal schemas one check', async () => {
    const tree = { $defs: { Tree: { type: 'object', required: ['q'], properties: { q: { type: 'string', enum: ['a', 'b'] }, kids: { type: 'array', items: { $ref: '#/$defs/Tree' } } } } } };
    const compiled = await compileValidators([
      file({ type: 'object', properties: { a: { $ref: '#/$defs/Tree' } }, ...tree }),
      file({ type: 'object', properties: { b: { $ref: '#/$defs/Tree' }, c: { type: 'string', enum: ['a', 'b'] } }, ...tree }),
      file({ type: 'object', properties: { b: { $ref: '#/$defs/Tree' }, c: { type: 'string', enum: ['a', 'b'] } }, ...tree }),
    ]);
    expect(compiled.code.match(/^function def_Tree_/gm)).toHaveLength(1);
    expect(compiled.code.match(/^const values_[0-9a-f]+ = \["a","b"\];/gm)).toHaveLength(1);
    expect(compiled.code.match(/^function check_/gm)).toHaveLength(2);
  });

  it('leaves shapes it cannot express to Ajv standalone, which still validates them', async () => {
    expect(unsupported({ type: 'string', pattern: '^a' }, {})).toBe('#/pattern');
    expect(unsupported({ properties: { a: { type: 'string', minLength: 1 } } }, {})).toBe('#/properties/a/minLength');
    expect(unsupported({ additionalProperties: false }, {})).toBe('#/additionalProperties');
    expect(unsupported({ $ref: '#/$defs/Missing' }, {})).toBe('#/$ref');
    const mixed = [file({ type: 'object', properties: { a: { type: 'string', pattern: '^a' } } }), file({ type: 'string' })];
    const compiled = await compileValidators(mixed);
    expect(compiled.stats).toEqual({ own: 1, ajv: 1 });
    expect(compiled.code).toContain('ajvBucket0');
    expect(compiled.code).toMatch(new RegExp(`export const ${validatorName(mixed[0])} = ajvBucket0\\.`));
    for (const v of [{ a: 'abc' }, { a: 'b' }, { a: 1 }, 'x', 3]) {
      expect(compiled.validate(mixed[0].id, v)).toEqual(oracle(mixed[0].schema, v));
      expect(compiled.validate(mixed[1].id, v)).toEqual(oracle(mixed[1].schema, v));
    }
  });

  it('gives Ajv’s result for every schema of the corpus on every fixture and on mutated fixtures', async () => {
    const root = path.resolve(import.meta.dirname, '../../generated');
    const list = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const schemas = list(path.join(root, 'schemas')).map((p, i): SchemaFile => {
      const schema = JSON.parse(readFileSync(p, 'utf8')) as JsonSchema;
      return { path: p, id: schema.$id as string, role: 'event', typeName: `Corpus${i}`, product: 'c', schema };
    });
    const fixtures = list(path.join(root, 'fixtures'))
      .filter((p) => p.endsWith('.json'))
      .map((p) => JSON.parse(readFileSync(p, 'utf8')) as unknown);
    // each leaf replaced by a value of another type: every field's type check fails once
    const mutants = fixtures.flatMap((f) => mutations(f));
    const compiled = await compileValidators(schemas);
    expect(compiled.stats.ajv).toBe(0);
    let compared = 0;
    const differences: string[] = [];
    for (const s of schemas) {
      for (const v of [...fixtures, ...mutants]) {
        const payloads = v && typeof v === 'object' && !Array.isArray(v) ? [v, ...Object.values(v)] : [v];
        for (const payload of payloads) {
          const ours = JSON.stringify(compiled.validate(s.id, payload));
          const theirs = JSON.stringify(oracle(s.schema, payload));
          if (ours !== theirs) differences.push(`${s.path} on ${JSON.stringify(payload)}: ${ours} vs Ajv ${theirs}`);
          compared++;
        }
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
  });
});

/** Copies of a JSON value with one leaf swapped for a value of another type (at most 6 per value). */
function mutations(value: unknown): unknown[] {
  const out: unknown[] = [];
  const swap = (leaf: unknown): unknown => (typeof leaf === 'string' ? 12.5 : typeof leaf === 'number' ? 'text' : leaf === null ? -1 : typeof leaf === 'boolean' ? null : []);
  const walk = (node: unknown, replace: (v: unknown) => unknown): void => {
    if (out.length >= 6) return;
    if (node !== null && typeof node === 'object') {
      replace(Array.isArray(node) ? {} : []);
      for (const key of Object.keys(node)) {
        walk((node as Record<string, unknown>)[key], (v) => {
          const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string, unknown>;
          copy[key] = v;
          replace(copy);
        });
      }
    } else replace(swap(node));
  };
  walk(value, (v) => out.push(v));
  return out;
}
