import { describe, expect, it } from 'vitest';
import { dedupeStructs } from '../../../generator/model/passes/structs.js';
import type { Field, Struct, TypeRef } from '../../../generator/model/types.js';
import { deepFreeze, draftField, t } from './drafts.js';
import { api, emptyModel, event } from './model-fixtures.js';

// Struct tables as the assembled model holds them: one per table, keyed `file#line`, fields
// pointing at other tables by `draft:file#line`.
const key = (line: number) => `docs-src/p/zh/page.md#${line}`;
const table = (name: string, line: number, fields: Field[], anchors = [name.toLowerCase()]): Struct => ({
  id: key(line),
  product: 'p',
  name,
  typeName: name,
  anchors,
  description: {},
  fields,
  sources: [{ file: 'docs-src/p/zh/page.md', line, lang: 'zh' }],
  usedBy: [],
});
const draft = (line: number): TypeRef => t.ref(`draft:${key(line)}`);
const f = (name: string, type: TypeRef = t.string, extra: Partial<Field> = {}) => draftField(name, type, 'zh', extra);
const run = (structs: Struct[], events = [event('E', structs.map((s, i) => f(`s${i}`, t.ref(`draft:${s.id}`))))]) =>
  dedupeStructs.run(deepFreeze(emptyModel({ structs: Object.fromEntries(structs.map((s) => [s.id, s])), events })));

describe('structs pass', () => {
  it('makes identical copies one struct with every source and anchor, and points the drafts at it', () => {
    const out = run([table('RecordFile', 10, [f('Url')], ['b', 'a']), table('RecordFile', 20, [f('Url')], ['a', 'c'])]);
    expect(Object.keys(out.structs)).toEqual(['p/RecordFile']);
    expect(out.structs['p/RecordFile']).toEqual({
      id: 'p/RecordFile',
      product: 'p',
      name: 'RecordFile',
      typeName: 'RecordFile',
      anchors: ['a', 'b', 'c'],
      description: {},
      fields: [f('Url')],
      sources: [
        { file: 'docs-src/p/zh/page.md', line: 10, lang: 'zh' },
        { file: 'docs-src/p/zh/page.md', line: 20, lang: 'zh' },
      ],
      usedBy: [],
    });
    expect(out.events[0].fields.map((x) => x.type)).toEqual([t.ref('p/RecordFile'), t.ref('p/RecordFile')]);
  });

  it('keeps differing copies apart, named after the first event using each, by its version, or by its line', () => {
    const a = table('File', 10, [f('Url')]);
    const b = table('File', 20, [f('Url', t.integer)]);
    const c = table('File', 30, [f('Size')]);
    const d = table('File', 40, [f('Name')]);
    const events = [
      event('Stopped', [f('file', draft(20))], { version: '2020-12-01' }),
      event('Started', [f('file', t.array(draft(10))), f('again', draft(20))]),
      event('Other', [f('o', t.object([f('inner', draft(40))]))]),
      event('Same', [f('x', draft(40))]),
    ];
    const out = run([a, b, c, d], events);
    expect(Object.keys(out.structs)).toEqual(['p/File~Started', 'p/File~Stopped_20201201', 'p/File~L30', 'p/File~Other']);
    expect(out.events.map((e) => e.fields.map((x) => x.type))).toEqual([
      [t.ref('p/File~Stopped_20201201')],
      [t.array(t.ref('p/File~Started')), t.ref('p/File~Stopped_20201201')],
      [t.object([f('inner', t.ref('p/File~Other'))])],
      [t.ref('p/File~Other')],
    ]);
  });

  it('gives a second shape with the same owner its own id', () => {
    const out = run([table('File', 10, [f('Url')]), table('File', 20, [f('Size')])], [event('E', [f('a', draft(10)), f('b', draft(20))])]);
    expect(Object.keys(out.structs)).toEqual(['p/File~E', "p/File~E'"]);
  });

  it('keeps structs of the same name in two products apart, without an owner', () => {
    const q = { ...table('File', 20, [f('Url')]), product: 'q' };
    expect(Object.keys(run([table('File', 10, [f('Url')]), q]).structs)).toEqual(['p/File', 'q/File']);
  });

  it.each<[string, Field, Field]>([
    ['the field name', f('a'), f('b')],
    ['required or not', f('a'), f('a', t.string, { required: false })],
    ['nullable or not', f('a'), f('a', t.string, { nullable: true })],
    ['enum values', f('a', t.integer, { enum: { values: [{ value: 1 }, { value: 2 }], closed: true, source: 'description', line: 1 } }), f('a', t.integer, { enum: { values: [{ value: 1 }, { value: 3 }], closed: true, source: 'description', line: 1 } })],
    ['an enum or none', f('a', t.integer, { enum: { values: [{ value: 1 }, { value: 2 }], closed: true, source: 'description', line: 1 } }), f('a', t.integer)],
    ['the value kind of an enum', f('a', t.string, { enum: { values: [{ value: 1 }, { value: 2 }], closed: true, source: 'description', line: 1 } }), f('a', t.string, { enum: { values: [{ value: '1' }, { value: '2' }], closed: true, source: 'description', line: 1 } })],
    ['the item type', f('a', t.array(t.integer)), f('a', t.array(t.string))],
    ['an array or not', f('a', t.array(t.integer)), f('a', t.integer)],
    ['the integer format', f('a', { kind: 'integer', format: 'int64' }), f('a', t.integer)],
    ['the number format', f('a', { kind: 'number', format: 'float' }), f('a', { kind: 'number' })],
    ['number or integer', f('a', { kind: 'number' }), f('a', t.integer)],
    ['the kind', f('a', t.string), f('a', { kind: 'boolean' })],
    ['the union members', f('a', { kind: 'union', types: [t.ref('p/Ab'), t.string] }), f('a', { kind: 'union', types: [t.ref('p/A'), t.ref('bstring')] })],
    ['the inline fields', f('a', t.object([f('x')])), f('a', t.object([f('x', t.integer)]))],
    ['the named struct', f('a', t.ref('p/X')), f('a', t.ref('p/Y'))],
  ])('keeps copies apart that differ in %s', (_what, one, two) => {
    expect(Object.keys(run([table('S', 10, [one]), table('S', 20, [two])]).structs)).toHaveLength(2);
    expect(Object.keys(run([table('S', 10, [one]), table('S', 20, [one])]).structs)).toEqual(['p/S']);
  });

  it('compares the structs a copy points at by their shape, through cycles', () => {
    const child = (line: number, type: TypeRef) => table('Child', line, [f('v', type)]);
    const parents = [table('Parent', 10, [f('c', draft(30))]), table('Parent', 20, [f('c', draft(40))])];
    expect(Object.keys(run([...parents, child(30, t.string), child(40, t.string)]).structs)).toEqual(['p/Parent', 'p/Child']);
    expect(Object.keys(run([...parents, child(30, t.string), child(40, t.integer)]).structs)).toHaveLength(4);
    // a node that points at itself, in two copies: one struct, pointing at itself
    const out = run([table('Node', 10, [f('next', draft(10))]), table('Node', 20, [f('next', draft(20))])]);
    expect(out.structs['p/Node'].fields[0].type).toEqual(t.ref('p/Node'));
    // copies pointing at missing tables by different keys differ
    expect(Object.keys(run([table('S', 10, [f('m', draft(98))]), table('S', 20, [f('m', draft(99))])]).structs)).toHaveLength(2);
  });

  it('compares a cycle by the name it closes on', () => {
    const a = [table('A', 10, [f('b', draft(20))]), table('B', 20, [f('a', draft(10))])];
    const c = [table('A', 30, [f('b', draft(40))]), table('B', 40, [f('a', draft(30))])];
    expect(Object.keys(run([...a, ...c]).structs)).toEqual(['p/A', 'p/B']);
    const other = [table('A', 30, [f('b', draft(40))]), table('B', 40, [f('a', draft(50))]), table('C', 50, [f('a', draft(30))])];
    expect(Object.keys(run([...a, ...other]).structs)).toHaveLength(5);
  });

  it('points a draft at a missing table to unknown, and leaves other references alone, in events, replies, queries, APIs and structs', () => {
    const s = table('S', 10, [f('self', draft(10)), f('named', t.ref('name:Other'))]);
    const model = emptyModel({
      structs: { [s.id]: s },
      events: [event('E', [f('gone', draft(99))], { reply: { fields: [f('r', draft(10))], examples: [], sources: [] }, query: [f('q', draft(10))] }), event('F')],
      apis: [api('Do', { input: [f('i', draft(10))], output: [f('o', t.ref('p/Fixed'))] })],
    });
    const out = dedupeStructs.run(deepFreeze(model));
    expect(out.events[0].fields[0].type).toEqual({ kind: 'unknown' });
    expect(out.events[0].reply?.fields[0].type).toEqual(t.ref('p/S'));
    expect(out.events[0].query?.[0].type).toEqual(t.ref('p/S'));
    expect(out.events[1]).not.toHaveProperty('reply');
    expect(out.events[1]).not.toHaveProperty('query');
    expect([out.apis[0].input[0].type, out.apis[0].output[0].type]).toEqual([t.ref('p/S'), t.ref('p/Fixed')]);
    expect(out.structs['p/S'].fields.map((x) => x.type)).toEqual([t.ref('p/S'), t.ref('name:Other')]);
  });
});
