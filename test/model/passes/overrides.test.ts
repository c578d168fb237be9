import { describe, expect, it } from 'vitest';
import { applyOverrides, type OverrideEntry } from '../../../generator/model/passes/overrides.js';
import type { Model, Struct } from '../../../generator/model/types.js';
import { event, field, tinyModel } from '../../helpers/tiny-model.js';

const FILE = 'docs-src/overrides.json';
const entry = (over: Partial<OverrideEntry>): OverrideEntry => ({ product: 'p', event: 'RoomJoined', path: 'Count', reason: 'the service sends strings', file: FILE, line: 3, ...over });

const item: Struct = {
  id: 'p/Item',
  product: 'p',
  name: 'Item',
  typeName: 'Item',
  anchors: [],
  description: {},
  fields: [field('Id', { kind: 'integer' }, { sources: [{ file: 'docs-src/p/en/page.md', line: 30, lang: 'en' }] })],
  sources: [{ file: 'docs-src/p/en/page.md', line: 28, lang: 'en' }],
  usedBy: ['p/RoomJoined'],
};

function model(): Model {
  return tinyModel({
    documents: [{ file: 'docs-src/p/en/page.md', product: 'p', lang: 'en', format: 'markdown', hash: 'h' }],
    structs: { 'p/Item': structuredClone(item) },
    events: [
      event('RoomJoined', [
        field('Count', { kind: 'integer' }, { typeSpelling: 'Integer', sources: [{ file: 'docs-src/p/en/page.md', line: 12, lang: 'en' }] }),
        field('Room', { kind: 'object', fields: [field('Name', { kind: 'string' }, { sources: [{ file: 'docs-src/p/en/page.md', line: 14, lang: 'en' }] })] }),
        field('Items', { kind: 'array', items: { kind: 'ref', struct: 'p/Item' } }),
        field('Note', { kind: 'string' }, { required: false, requiredReason: 'required column "No"' }),
      ]),
      event('Rotated', [field('Count', { kind: 'integer' })], { version: '2020-01-01' }),
      event('Rotated', [field('Count', { kind: 'string' })], { version: '2021-01-01' }),
    ],
  });
}

const codes = (m: { findings: Array<{ code: string }> }): string[] => m.findings.map((f) => f.code);

describe('overrides pass', () => {
  it('turns a documented Integer into string | number, keeps what the docs say, and says so on the doc line', () => {
    const before = model();
    const { model: after, findings } = applyOverrides(before, [entry({ set: { type: 'string|number' } })]);
    const count = after.events[0].fields[0];
    expect(count.type).toEqual({ kind: 'union', types: [{ kind: 'string' }, { kind: 'number' }] });
    expect(count.override).toEqual({ reason: 'the service sends strings', source: { file: FILE, line: 3 }, documented: { type: { kind: 'integer' }, typeSpelling: 'Integer', required: true, nullable: false } });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'override-applied', severity: 'info', file: 'docs-src/p/en/page.md', line: 12, product: 'p', event: 'RoomJoined', field: 'Count' });
    expect(findings[0].message).toContain('overridden locally by docs-src/overrides.json:3, against docs-src/p/en/page.md:12: type integer → string or number');
    expect(after.overrides).toEqual([expect.objectContaining({ action: 'set', path: 'Count', version: null, contradicts: { file: 'docs-src/p/en/page.md', line: 12 }, overridden: expect.objectContaining({ typeSpelling: 'string|number' }) })]);
    expect(after.diagnostics.map((d) => d.code)).toContain('override-applied');
    // pure: the model given is untouched
    expect(before.events[0].fields[0].type).toEqual({ kind: 'integer' });
    expect(before.overrides).toBeUndefined();
  });

  it('makes a required field optional, with the reason in requiredReason', () => {
    const { model: after, findings } = applyOverrides(model(), [entry({ set: { required: false } })]);
    expect(after.events[0].fields[0]).toMatchObject({ required: false, requiredReason: 'overridden locally: the service sends strings' });
    expect(findings[0].message).toContain('required → optional');
  });

  it('sets nullable and a closed enum', () => {
    const { model: after } = applyOverrides(model(), [entry({ set: { nullable: true, enum: [1, 2] } })]);
    expect(after.events[0].fields[0]).toMatchObject({ nullable: true, enum: { values: [{ value: 1 }, { value: 2 }], closed: true, source: 'override', line: 3 } });
  });

  it('adds a field the docs do not list, and removes one they list', () => {
    const { model: after, findings } = applyOverrides(model(), [entry({ path: 'Extra', add: { type: 'String', description: 'sent, undocumented' } }), entry({ path: 'Note', remove: true, line: 9 })]);
    const names = after.events[0].fields.map((f) => f.name);
    expect(names).toEqual(['Count', 'Room', 'Items', 'Extra']);
    expect(after.events[0].fields[3]).toMatchObject({ type: { kind: 'string' }, required: false, description: { en: 'sent, undocumented' }, override: { documented: null } });
    expect(after.overrides?.map((o) => [o.action, o.path, o.documented === null, o.overridden === null])).toEqual([
      ['add', 'Extra', true, false],
      ['remove', 'Note', false, true],
    ]);
    expect(codes({ findings })).toEqual(['override-applied', 'override-applied']);
  });

  it('walks nested objects and array items (`Room.Name`, `Items[].Id`), changing the struct', () => {
    const { model: after } = applyOverrides(model(), [entry({ path: 'Room.Name', set: { nullable: true } }), entry({ path: 'Items[].Id', set: { type: 'string' } })]);
    const room = after.events[0].fields[1].type as { kind: 'object'; fields: Array<{ nullable: boolean }> };
    expect(room.fields[0].nullable).toBe(true);
    expect(after.structs['p/Item'].fields[0].type).toEqual({ kind: 'string' });
  });

  it('warns when an entry changes nothing: the docs now say the same, or no longer list the removed field', () => {
    const { model: after, findings } = applyOverrides(model(), [entry({ set: { type: 'Integer' } }), entry({ path: 'Gone', remove: true, line: 7 })]);
    expect(findings.map((f) => [f.code, f.severity, f.file, f.line])).toEqual([
      ['override-obsolete', 'warning', FILE, 3],
      ['override-obsolete', 'warning', FILE, 7],
    ]);
    expect(findings[0].message).toContain('the docs now say integer, required');
    expect(after.overrides).toBeUndefined();
  });

  it('is an error when the product, event, version, field or a step of the path does not exist', () => {
    const { findings } = applyOverrides(model(), [
      entry({ line: 1, product: 'q', set: { required: false } }),
      entry({ line: 2, event: 'Nope', set: { required: false } }),
      entry({ line: 3, event: 'Rotated', version: '1999-01-01', set: { required: false } }),
      entry({ line: 4, path: 'Missing', set: { required: false } }),
      entry({ line: 5, path: 'Items.Id', set: { required: false } }),
      entry({ line: 6, path: 'Count.Deep', set: { required: false } }),
      entry({ line: 7, path: 'Count', set: { type: 'Unknown' } }),
    ]);
    expect(findings.map((f) => f.code)).toEqual(Array(7).fill('override-target-missing'));
    expect(findings.every((f) => f.severity === 'error' && f.file === FILE)).toBe(true);
    expect(findings.map((f) => f.message.replace(/^.*targets nothing: /, ''))).toEqual([
      'no page documents product q.',
      'product p has no event Nope.',
      'event Rotated has no version 1999-01-01 (documented: 2020-01-01, 2021-01-01).',
      'the payload of RoomJoined has no field Missing.',
      'Items is an array: write Items[] to reach its items.',
      'Count is of type integer, not an object with fields.',
      'the type "Unknown" names no struct of p.',
    ]);
  });

  it('applies to every version when none is given, and to one when it is', () => {
    const all = applyOverrides(model(), [entry({ event: 'Rotated', set: { type: 'number' } })]);
    expect(all.model.events.filter((e) => e.eventType === 'Rotated').map((e) => e.fields[0].type.kind)).toEqual(['number', 'number']);
    const one = applyOverrides(model(), [entry({ event: 'Rotated', version: '2021-01-01', set: { type: 'number' } })]);
    expect(one.model.events.filter((e) => e.eventType === 'Rotated').map((e) => e.fields[0].type.kind)).toEqual(['integer', 'number']);
  });

  it('changes a struct shared by several versions once, and says which events share it', () => {
    const m = model();
    m.structs['p/Item'].usedBy = ['p/Rotated@2020-01-01', 'p/Rotated@2021-01-01'];
    for (const e of m.events.filter((x) => x.eventType === 'Rotated')) e.fields.push(field('Items', { kind: 'array', items: { kind: 'ref', struct: 'p/Item' } }));
    const { model: after, findings } = applyOverrides(m, [entry({ event: 'Rotated', path: 'Items[].Id', set: { type: 'string' } })]);
    expect(findings.map((f) => f.code)).toEqual(['override-applied']);
    expect(findings[0].message).toContain('type integer → string (in struct Item, shared by p/Rotated@2020-01-01, p/Rotated@2021-01-01)');
    expect(after.overrides).toHaveLength(1);
    expect(after.structs['p/Item'].fields[0].override?.documented?.type).toEqual({ kind: 'integer' });
  });

  it('changes nothing and reports nothing without entries', () => {
    const m = model();
    expect(applyOverrides(m, [])).toEqual({ model: m, findings: [] });
  });
});
