import { describe, expect, it } from 'vitest';
import { eventFieldsFromExamples, inferMissingTypes, isJsonBlock, markEnvelope, pathValue, payloadOf, readExample, wrapperKey } from '../../generator/model/examples.js';
import type { Example, Field } from '../../generator/model/types.js';
import type { CodeBlock } from '../../generator/parse/types.js';
import { draftField, t } from './passes/drafts.js';

// Examples on their own: reading a code block, finding the payload in it, and typing fields from it.
const code = (text: string, extra: Partial<CodeBlock> = {}): CodeBlock => ({ kind: 'code', lang: 'json', text, line: 10, ...extra });
const ctx = { file: 'docs-src/p/zh/page.md', lang: 'zh' as const, product: 'p' };
const source = { file: 'docs-src/p/zh/page.md', line: 10, lang: 'zh' as const };
const example = (value: unknown, extra: Partial<Example> = {}): Example => ({ kind: 'payload', raw: JSON.stringify(value), value, source, ...extra });

describe('isJsonBlock', () => {
  it('is a block of a JSON-like language, or none, whose text starts an object or array', () => {
    for (const lang of [null, '', 'json', 'JSON', 'javascript', 'js', 'json5']) expect(isJsonBlock(code(' \n{"a": 1}', { lang }))).toBe(true);
    expect(isJsonBlock(code('[1]'))).toBe(true);
    for (const lang of ['ts', 'xjson', 'jsonx', 'shell']) expect(isJsonBlock(code('{}', { lang }))).toBe(false);
    expect(isJsonBlock(code('x {}'))).toBe(false);
    expect(isJsonBlock(code('"a"'))).toBe(false);
  });
});

describe('readExample', () => {
  it('reads valid JSON as a payload example, with its caption as title', () => {
    expect(readExample(code('{"a": 1}', { caption: 'Output Example' }), 'callback', ctx)).toEqual({
      example: { kind: 'payload', title: 'Output Example', raw: '{"a": 1}', value: { a: 1 }, source },
      diagnostics: [],
    });
  });

  it('a response or request example keeps its role; no caption, no title; a falsy value is kept', () => {
    const { example } = readExample(code('0'), 'response', ctx);
    expect(example).toEqual({ kind: 'response', raw: '0', value: 0, source });
    expect(readExample(code('{}'), 'request', ctx).example.kind).toBe('request');
  });

  it('invalid JSON: the error at its file line, the repaired value, and a finding naming the event and version', () => {
    const { example, diagnostics } = readExample(code('{\n  "a": 1,\n}'), 'callback', { ...ctx, event: 'Ev', version: '2020-01-01' });
    expect(example).toMatchObject({ kind: 'payload', repaired: { a: 1 }, error: { line: 11, column: 9 } });
    expect(example).not.toHaveProperty('value');
    expect(example.error).not.toHaveProperty('overLimit');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'example-invalid-json', file: 'docs-src/p/zh/page.md', line: 11, column: 9, product: 'p', lang: 'zh', event: 'Ev', version: '2020-01-01', message: 'The example is not valid JSON: a trailing comma (line 11, column 9); read leniently, the example still serves inference and checks.' }),
    ]);
    expect(diagnostics[0]).not.toHaveProperty('api');
  });

  it('a finding on an API example names the API, and no event or version when there is none', () => {
    const { diagnostics } = readExample(code('{"a": }'), 'response', { ...ctx, api: 'Act' });
    expect(diagnostics[0]).toMatchObject({ code: 'example-invalid-json', api: 'Act', line: 10 });
    expect(diagnostics[0]).not.toHaveProperty('event');
    expect(diagnostics[0]).not.toHaveProperty('version');
  });

  it('a block over a limit is not read: too deep or too large, with its own finding', () => {
    const overLimit = { limit: 'depth' as const, message: 'the example nests deeper than 3 levels', offset: 5, line: 2, column: 4 };
    const deep = readExample(code('{"a": {"b": {"c": {}}}}', { overLimit }), 'callback', ctx);
    expect(deep.example).toMatchObject({ error: { message: 'the example nests deeper than 3 levels', line: 11, column: 4, overLimit: true } });
    expect(deep.example).not.toHaveProperty('value');
    expect(deep.example).not.toHaveProperty('repaired');
    expect(deep.diagnostics).toEqual([
      expect.objectContaining({ code: 'example-too-deep', line: 11, column: 4, message: 'The example is not read: the example nests deeper than 3 levels (line 11, column 4); types come from the table, and the example is kept as raw text with no fixture.' }),
    ]);
    const large = readExample(code('{}', { overLimit: { ...overLimit, limit: 'bytes', message: 'too big' } }), 'callback', ctx);
    expect(large.diagnostics[0].code).toBe('example-too-large');
  });
});

describe('markEnvelope', () => {
  it('marks a callback body that names its event beside a member holding the documented fields', () => {
    const ex = example({ EventType: 'Ev', Data: { a: 1 } });
    markEnvelope(ex, ['a'], 'Ev');
    expect(ex).toMatchObject({ kind: 'envelope', envelope: { discriminator: 'EventType', payload: 'Data' } });
  });
  it('reads a repaired body; leaves a payload alone, and never a response or request', () => {
    const repaired = example(undefined, { repaired: { EventType: 'Ev', Data: { a: 1 } } });
    markEnvelope(repaired, ['a'], 'Ev');
    expect(repaired.kind).toBe('envelope');
    const plain = example({ a: 1, EventType: 'Ev' });
    markEnvelope(plain, ['a'], 'Ev');
    expect(plain.kind).toBe('payload');
    expect(plain).not.toHaveProperty('envelope');
    for (const kind of ['response', 'request'] as const) {
      const other = example({ EventType: 'Ev', Data: { a: 1 } }, { kind });
      markEnvelope(other, ['a'], 'Ev');
      expect(other.kind).toBe(kind);
    }
    const again = example({ EventType: 'Ev', Body: { a: 1 } }, { kind: 'envelope', envelope: { discriminator: 'x', payload: 'y' } });
    markEnvelope(again, ['a'], 'Ev');
    expect(again.envelope).toEqual({ discriminator: 'EventType', payload: 'Body' });
  });
});

describe('wrapperKey', () => {
  it('is the one key of an object whose value is an object', () => {
    expect(wrapperKey({ Response: { a: 1 } })).toBe('Response');
    for (const v of [null, 'x', [{ a: 1 }], { a: 1 }, { a: null }, { a: [1] }, { a: {}, b: {} }, {}]) expect(wrapperKey(v)).toBeUndefined();
  });
});

describe('payloadOf', () => {
  it('follows a payload path, else the envelope member, else a response wrapper, else the whole value', () => {
    expect(payloadOf(example({ R: { E: [{ x: 1 }] } }, { payloadPath: ['R', 'E', 0] }))).toEqual({ x: 1 });
    expect(payloadOf(example({ T: 'Ev', D: { x: 1 } }, { kind: 'envelope', envelope: { discriminator: 'T', payload: 'D' } }))).toEqual({ x: 1 });
    expect(payloadOf(example({ Response: { x: 1 } }, { kind: 'response' }))).toEqual({ x: 1 });
    expect(payloadOf(example({ Response: { x: 1 } }))).toEqual({ Response: { x: 1 } });
    expect(payloadOf(example({ a: 1, b: 2 }, { kind: 'response' }))).toEqual({ a: 1, b: 2 });
    expect(payloadOf(example(undefined, { repaired: { x: 2 } }))).toEqual({ x: 2 });
  });
  it('an envelope without its member names, or with no object, is the whole value', () => {
    expect(payloadOf(example({ D: { x: 1 } }, { kind: 'envelope' }))).toEqual({ D: { x: 1 } });
    expect(payloadOf(example(0, { kind: 'envelope', envelope: { discriminator: 'T', payload: 'D' } }))).toBe(0);
    expect(payloadOf(example('s', { kind: 'envelope', envelope: { discriminator: 'T', payload: 'length' } }))).toBe('s');
  });
});

describe('pathValue', () => {
  it('walks keys and indexes, undefined past a missing step or a primitive', () => {
    expect(pathValue({ a: [{ b: 1 }] }, ['a', 0, 'b'])).toBe(1);
    expect(pathValue({ a: 1 }, [])).toEqual({ a: 1 });
    expect(pathValue({ a: null }, ['a', 'b'])).toBeUndefined();
    expect(pathValue({ a: 'xyz' }, ['a', 'length'])).toBeUndefined();
    expect(pathValue({ a: 1 }, ['b', 'c'])).toBeUndefined();
  });
});

describe('inferMissingTypes', () => {
  const untypedField = (name: string): Field => draftField(name, { kind: 'unknown' }, 'zh');
  it('types the untyped fields from the first example that has a value, and marks them inferred', () => {
    const a = untypedField('a');
    const b = untypedField('b');
    const c = draftField('c', t.string, 'zh');
    inferMissingTypes([a, b, c], [{ a: null, b: 'x' }, { a: 3, c: 4 }], new Set([a, b]));
    expect([a.type, a.typeSource]).toEqual([t.integer, 'inferred-from-example']);
    expect([b.type, b.typeSource]).toEqual([t.string, 'inferred-from-example']);
    expect([c.type, c.typeSource]).toEqual([t.string, 'documented']);
  });
  it('leaves an untyped field with no value in any example as it is', () => {
    const a = untypedField('a');
    inferMissingTypes([a], [{}, { a: null }, 'x'], new Set([a]));
    expect([a.type, a.typeSource]).toEqual([{ kind: 'unknown' }, 'documented']);
  });
  it('gives a shapeless Object or Array the shape its example shows, only of the same kind', () => {
    const obj = draftField('o', t.object([]), 'zh');
    const arr = draftField('l', t.array({ kind: 'unknown' }), 'zh');
    const arrOfObj = draftField('m', t.array(t.object([])), 'zh');
    const mismatch = draftField('n', t.object([]), 'zh');
    inferMissingTypes([obj, arr, arrOfObj, mismatch], [{ o: { x: 1 }, l: ['s'], m: [{ y: true }], n: [1] }], new Set());
    expect(obj.type).toEqual({ kind: 'object', fields: [expect.objectContaining({ name: 'x', type: t.integer })] });
    expect(obj.typeSource).toBe('inferred-from-example');
    expect(arr.type).toEqual(t.array(t.string));
    expect(arrOfObj.type).toEqual(t.array({ kind: 'object', fields: [expect.objectContaining({ name: 'y', type: { kind: 'boolean' } })] }));
    expect([mismatch.type, mismatch.typeSource]).toEqual([t.object([]), 'documented']);
  });
  it('an object or array with a shape keeps it', () => {
    const arr = draftField('l', t.array(t.string), 'zh');
    const obj = draftField('o', t.object([draftField('k', t.string, 'zh')]), 'zh');
    inferMissingTypes([arr, obj], [{ l: [1], o: { k: 'v', z: 1 } }], new Set());
    expect(arr.type).toEqual(t.array(t.string));
    expect(obj.type.kind === 'object' && obj.type.fields.map((f) => f.name)).toEqual(['k']);
  });
  it('goes down into object fields by their path', () => {
    const inner = untypedField('i');
    const outer = draftField('o', t.object([inner]), 'zh');
    inferMissingTypes([outer], [{ i: 'top', o: { i: 5 } }], new Set([inner]));
    expect(inner.type).toEqual(t.integer);
  });
});

describe('eventFieldsFromExamples', () => {
  it('types the fields from every example body, merged', () => {
    const fields = eventFieldsFromExamples([example({ a: 1 }), example({ a: 2.5, b: 'x' }), example([1]), example('s')], undefined, 'Ev');
    expect(fields.map((f) => [f.name, f.type.kind, f.required, f.typeSource])).toEqual([
      ['a', 'number', false, 'inferred-from-example'],
      ['b', 'string', false, 'inferred-from-example'],
    ]);
    expect(eventFieldsFromExamples([], undefined, 'Ev')).toEqual([]);
    expect(eventFieldsFromExamples([example(null)], undefined, 'Ev')).toEqual([]);
  });

  it('unwraps an example that lists events to the object naming this one, and keeps its path', () => {
    const ex = example({ Response: { Events: [{ Type: 'Other', x: 1 }, { Type: 'Ev', y: 'v' }] } });
    const fields = eventFieldsFromExamples([ex], 'Type', 'Ev');
    expect(fields.map((f) => f.name)).toEqual(['Type', 'y']);
    expect(ex.payloadPath).toEqual(['Response', 'Events', 1]);
  });

  it('an object naming the event whose payload sits in one member is typed from that member', () => {
    const ex = example({ List: [{ Type: 'Ev', Data: { z: true } }] });
    expect(eventFieldsFromExamples([ex], 'Type', 'Ev').map((f) => f.name)).toEqual(['z']);
    expect(ex.payloadPath).toEqual(['List', 0, 'Data']);
  });

  it('a top-level body naming the event: no payload path; its envelope member when it has one', () => {
    const flat = example({ Type: 'Ev', a: 1 });
    expect(eventFieldsFromExamples([flat], 'Type', 'Ev').map((f) => f.name)).toEqual(['Type', 'a']);
    expect(flat).not.toHaveProperty('payloadPath');
    const wrapped = example({ Type: 'Ev', Data: { a: 1 } });
    expect(eventFieldsFromExamples([wrapped], 'Type', 'Ev').map((f) => f.name)).toEqual(['a']);
    expect(wrapped).not.toHaveProperty('payloadPath');
  });

  it('a body with no object naming the event is typed whole; the search stops 8 levels down', () => {
    expect(eventFieldsFromExamples([example({ Type: 'Other', a: 1 })], 'Type', 'Ev').map((f) => f.name)).toEqual(['Type', 'a']);
    let deep: unknown = { Type: 'Ev', k: 1 };
    for (let i = 0; i < 9; i++) deep = { n: deep };
    const ex = example(deep);
    expect(eventFieldsFromExamples([ex], 'Type', 'Ev').map((f) => f.name)).toEqual(['n']);
    expect(ex).not.toHaveProperty('payloadPath');
    let eight: unknown = { Type: 'Ev', k: 1 };
    for (let i = 0; i < 8; i++) eight = { n: eight };
    expect(eventFieldsFromExamples([example(eight)], 'Type', 'Ev').map((f) => f.name)).toEqual(['Type', 'k']);
  });

  it('reads a repaired example', () => {
    expect(eventFieldsFromExamples([example(undefined, { repaired: { a: 1 } })], undefined, 'Ev').map((f) => f.name)).toEqual(['a']);
  });
});
