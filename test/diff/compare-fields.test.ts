import { describe as group, expect, it } from 'vitest';
import { compareFields, compareFieldSets, describe, versionPairs, type FieldChange } from '../../generator/diff/compare-fields.js';
import type { Field, FieldFacts, TypeRef } from '../../generator/model/types.js';
import { event, field, model, struct } from './builders.js';

// The comparison engine on hand-built field lists: each change as the engine gives it.

const none = model({});
const brief = (changes: FieldChange[]) => changes.map(({ source: _s, oldSource: _o, ...c }) => c);
const compare = (b: Field[], a: Field[], bm = none, am = none) => brief(compareFields(b, a, bm, am));
const closed = (...values: Array<string | number>): Field['enum'] => ({ values: values.map((value) => ({ value })), closed: true, source: 'description', line: 1 });
const open = (...values: Array<string | number>): Field['enum'] => ({ values: values.map((value) => ({ value })), closed: false, source: 'example-column', line: 1 });
const int = (format?: 'int32' | 'int64'): TypeRef => ({ kind: 'integer', ...(format ? { format } : {}) });
const facts = (over: Partial<FieldFacts> = {}, file = 'docs/en.md', line = 5): FieldFacts => ({ type: { kind: 'string' }, typeSource: 'documented', required: true, nullable: false, file, line, ...over });
const en = { file: 'docs/en.md', line: 5, lang: 'en' as const };
const zh = { file: 'docs/zh.md', line: 7, lang: 'zh' as const };

group('required-ness, null and listed values of one field', () => {
  it('made required, made non-nullable, each with its words', () => {
    expect(compare([field('F', { required: false, nullable: true })], [field('F')])).toEqual([
      { kind: 'field-made-required', field: 'F', before: 'optional', after: 'required' },
      { kind: 'field-made-non-nullable', field: 'F' },
    ]);
    expect(compare([field('F')], [field('F', { required: false, nullable: true })])).toEqual([
      { kind: 'field-made-optional', field: 'F', before: 'required', after: 'optional' },
      { kind: 'field-made-nullable', field: 'F' },
    ]);
  });

  it('values added and removed, with the closedness of the side that has them', () => {
    expect(compare([field('F', { enum: closed('A', 2) })], [field('F', { enum: closed('A', 'B') })])).toEqual([
      { kind: 'enum-value-added', field: 'F', after: '"B"', before: 'closed', closed: true },
      { kind: 'enum-value-removed', field: 'F', before: '2', closed: true },
    ]);
    expect(compare([field('F', { enum: open('A') })], [field('F', { enum: open('B') })])).toEqual([
      { kind: 'enum-value-added', field: 'F', after: '"B"', before: 'open', closed: false },
      { kind: 'enum-value-removed', field: 'F', before: '"A"', closed: false },
    ]);
  });

  it('a list closed, opened, given or dropped: the sets in words', () => {
    expect(compare([field('F', { enum: open('A', 1) })], [field('F', { enum: closed('A', 1) })])).toEqual([{ kind: 'enum-closed', field: 'F', before: 'open: "A", 1', after: 'closed: "A", 1' }]);
    expect(compare([field('F', { enum: closed('A') })], [field('F')])).toEqual([{ kind: 'enum-opened', field: 'F', before: 'closed: "A"', after: 'no values listed' }]);
    expect(compare([field('F')], [field('F', { enum: closed('A') })])).toEqual([{ kind: 'enum-closed', field: 'F', before: 'no values listed', after: 'closed: "A"' }]);
  });
});

group('types', () => {
  it('a retype is said with the structs\' names and formats; a format change alone is no retype', () => {
    const bm = model({ structs: { 'p/Room': struct('Room', [], []) } });
    expect(compare([field('F', { type: { kind: 'array', items: { kind: 'ref', struct: 'p/Room' } } })], [field('F', { type: { kind: 'union', types: [{ kind: 'string' }, int('int64')] } })], bm, none)).toEqual([
      { kind: 'field-retyped', field: 'F', before: 'Room[]', after: 'string | int64' },
    ]);
    expect(compare([field('F', { type: int('int32') })], [field('F', { type: int('int64') })])).toEqual([]);
    expect(compare([field('F', { type: int() })], [field('F', { type: { kind: 'number' } })])).toEqual([{ kind: 'field-retyped', field: 'F', before: 'integer', after: 'number' }]);
    expect(compare([field('F', { type: { kind: 'union', types: [{ kind: 'string' }, int()] } })], [field('F', { type: { kind: 'union', types: [{ kind: 'string' }, { kind: 'boolean' }] } })])).toEqual([
      { kind: 'field-retyped', field: 'F', before: 'string | integer', after: 'string | boolean' },
    ]);
    expect(compare([field('F', { type: { kind: 'array', items: int() } })], [field('F', { type: int() })])).toEqual([{ kind: 'field-retyped', field: 'F', before: 'integer[]', after: 'integer' }]);
  });

  it('describe: names, formats, arrays, unions, a missing struct', () => {
    expect(describe({ kind: 'ref', struct: 'p/Missing' }, none)).toBe('object');
    expect(describe({ kind: 'array', items: { kind: 'array', items: { kind: 'boolean' } } }, none)).toBe('boolean[][]');
    expect(describe({ kind: 'union', types: [{ kind: 'string' }, { kind: 'null' }] } as TypeRef, none)).toBe('string | null');
    expect(describe(int('int32'), none)).toBe('int32');
    expect(describe({ kind: 'object', fields: [] }, none)).toBe('object');
  });

  it('inside structs, inline objects and nested arrays, by shape; a struct and an inline object are the same shape', () => {
    const item = (fields: Field[]) => model({ structs: { 'p/Item': struct('Item', fields, []) } });
    const list: TypeRef = { kind: 'array', items: { kind: 'array', items: { kind: 'ref', struct: 'p/Item' } } };
    expect(compare([field('L', { type: list })], [field('L', { type: list })], item([field('Id')]), item([field('Id', { type: int() })]))).toEqual([{ kind: 'field-retyped', field: 'L[][].Id', before: 'string', after: 'integer' }]);
    const inline: TypeRef = { kind: 'object', fields: [field('Id', { type: int() })] };
    expect(compare([field('O', { type: { kind: 'ref', struct: 'p/Item' } })], [field('O', { type: inline })], item([field('Id')]), none)).toEqual([{ kind: 'field-retyped', field: 'O.Id', before: 'string', after: 'integer' }]);
    expect(compare([field('O', { type: inline })], [field('O', { type: { kind: 'object', fields: [field('Id', { type: int() }), field('X')] } })])).toEqual([{ kind: 'field-added', field: 'O.X', after: 'string', required: true }]);
    // a struct one side does not have: nothing to look into
    expect(compare([field('O', { type: { kind: 'ref', struct: 'p/Item' } })], [field('O', { type: { kind: 'ref', struct: 'p/Item' } })], item([field('Id')]), none)).toEqual([]);
  });

  it('a struct that contains itself is entered once: its own recursion is not compared again', () => {
    const tree = (idType: TypeRef) => model({ structs: { 'p/Node': struct('Node', [field('Id', { type: idType }), field('Kids', { type: { kind: 'array', items: { kind: 'ref', struct: 'p/Node' } } })], []) } });
    const root = [field('Root', { type: { kind: 'ref', struct: 'p/Node' } })];
    expect(compare(root, root, tree({ kind: 'string' }), tree(int()))).toEqual([
      { kind: 'field-retyped', field: 'Root.Id', before: 'string', after: 'integer' },
    ]);
  });
});

group('added, removed and renamed fields', () => {
  it('added with its type and required-ness, removed with its type, at the prefixed path', () => {
    expect(brief(compareFields([field('Old', { type: int() })], [field('New', { required: false })], none, none, 'request'))).toEqual([
      { kind: 'field-removed', field: 'request.Old', before: 'integer' },
      { kind: 'field-added', field: 'request.New', after: 'string (optional)', required: false },
    ]);
  });

  it('a rename: same type and description in a language, or names that contain each other (4 letters at least, any case)', () => {
    expect(compare([field('TosBucket', { description: { en: 'Bucket' } })], [field('Store', { description: { en: 'Bucket' } })])).toEqual([
      { kind: 'field-renamed', field: 'Store', before: 'TosBucket', after: 'Store', evidence: 'same type and the same en description' },
    ]);
    expect(compare([field('ROOM')], [field('roomId')])).toEqual([{ kind: 'field-renamed', field: 'roomId', before: 'ROOM', after: 'roomId', evidence: 'same type, and "roomId" and "ROOM" share their name' }]);
    expect(compare([field('RoomId')], [field('Room')])).toEqual([{ kind: 'field-renamed', field: 'Room', before: 'RoomId', after: 'Room', evidence: 'same type, and "Room" and "RoomId" share their name' }]);
    expect(compare([field('Uid')], [field('UidX')]).map((c) => c.kind)).toEqual(['field-removed', 'field-added']);
    expect(compare([field('UidX')], [field('Uid')]).map((c) => c.kind)).toEqual(['field-removed', 'field-added']);
    expect(compare([field('Room')], [field('Hall')]).map((c) => c.kind)).toEqual(['field-removed', 'field-added']);
    // another type is never a rename, whatever the name or the description
    expect(compare([field('RoomId', { description: { en: 'Room' } })], [field('Room', { type: int(), description: { en: 'Room' } })]).map((c) => c.kind)).toEqual(['field-removed', 'field-added']);
    // an empty description is no evidence
    expect(compare([field('Abc', { description: { zh: '' } })], [field('Xyz', { description: { zh: '' } })]).map((c) => c.kind)).toEqual(['field-removed', 'field-added']);
  });

  it('one removed field is renamed to one added field only; a rename keeps the other changes, not the description one', () => {
    const old = field('Bucket', { description: { zh: '桶' } });
    expect(compare([old], [field('BucketName', { description: { zh: '桶' } }), field('BucketId', { description: { zh: '桶' } })]).map((c) => [c.kind, c.field])).toEqual([
      ['field-renamed', 'BucketName'],
      ['field-added', 'BucketId'],
    ]);
    expect(compare([field('Bucket', { description: { en: 'The bucket' } })], [field('BucketName', { required: false, description: { en: 'The bucket name' } })])).toEqual([
      { kind: 'field-renamed', field: 'BucketName', before: 'Bucket', after: 'BucketName', evidence: 'same type, and "BucketName" and "Bucket" share their name' },
      { kind: 'field-made-optional', field: 'BucketName', before: 'required', after: 'optional' },
    ]);
  });
});

group('descriptions and places', () => {
  it('a description changed in a language points at that language\'s page on each side; one given on one side only is no change', () => {
    const b = field('F', { description: { en: 'Room', zh: '房间' }, sources: [zh, en] });
    const a = field('F', { description: { en: 'The room', zh: '房间' }, sources: [{ ...zh, line: 8 }, { ...en, line: 6 }] });
    expect(compareFields([b], [a], none, none)).toEqual([{ kind: 'description-changed', field: 'F', before: 'Room', after: 'The room', lang: 'en', source: { file: 'docs/en.md', line: 6 }, oldSource: { file: 'docs/en.md', line: 5 } }]);
    expect(compare([field('F', { description: {} })], [field('F', { description: { en: 'x' } })])).toEqual([]);
    expect(compare([field('F', { description: { en: 'x' } })], [field('F', { description: {} })])).toEqual([]);
  });

  it('the language\'s page of the old side when the new side has none, else the field\'s place', () => {
    const b = field('F', { description: { en: 'a' }, sources: [zh, en] });
    expect(compareFields([b], [field('F', { description: { en: 'b' }, sources: [zh] })], none, none)[0]).toMatchObject({ source: { file: 'docs/en.md', line: 5 }, oldSource: { file: 'docs/en.md', line: 5 } });
    expect(compareFields([field('F', { description: { en: 'a' }, sources: [zh] })], [field('F', { description: { en: 'b' }, sources: [zh] })], none, none)[0]).toMatchObject({ source: { file: 'docs/zh.md', line: 7 }, oldSource: { file: 'docs/zh.md', line: 7 } });
    expect(compareFields([field('F', { sources: [] })], [field('F', { required: false, sources: [] })], none, none)[0]).toEqual({ kind: 'field-made-optional', field: 'F', before: 'required', after: 'optional', source: undefined, oldSource: undefined });
  });

  it('a field one language\'s page dropped or gained, while the other still lists it', () => {
    const both = { en: facts(), zh: facts({}, 'docs/zh.md', 7) };
    const withDesc = (perLang: Field['perLang'], description: Field['description'] = { en: 'Room', zh: '房间' }) => field('F', { description, sources: [en, zh], perLang });
    expect(compare([withDesc(both)], [withDesc({ en: both.en })])).toEqual([{ kind: 'description-changed', field: 'F', before: '房间', after: '(no longer in the zh page)', lang: 'zh' }]);
    expect(compare([withDesc({ en: both.en })], [withDesc(both)])).toEqual([{ kind: 'description-changed', field: 'F', before: '(not in the zh page)', after: '房间', lang: 'zh' }]);
    expect(compare([withDesc(both, {})], [withDesc({ zh: both.zh }, {})])).toEqual([{ kind: 'description-changed', field: 'F', before: 'documented', after: '(no longer in the en page)', lang: 'en' }]);
    expect(compare([withDesc({ zh: both.zh }, {})], [withDesc(both, {})])).toEqual([{ kind: 'description-changed', field: 'F', before: '(not in the en page)', after: 'documented', lang: 'en' }]);
    // per-language facts on one side only: nothing to compare them with
    expect(compare([withDesc(both)], [withDesc(undefined)])).toEqual([]);
    expect(compare([withDesc(undefined)], [withDesc(both)])).toEqual([]);
  });
});

group('one language\'s page against itself', () => {
  const both = (enFacts: FieldFacts, zhFacts: FieldFacts, over: Partial<Field> = {}) => field('F', { type: enFacts.type, required: enFacts.required, nullable: enFacts.nullable, sources: [en, zh], perLang: { en: enFacts, zh: zhFacts }, ...over });
  const zhFacts = (over: Partial<FieldFacts> = {}) => facts(over, 'docs/zh.md', 7);

  it('required-ness, null and values changed on the zh page only, at that page\'s lines', () => {
    expect(compareFields([both(facts(), zhFacts({ required: false, nullable: true }))], [both(facts(), zhFacts({ line: 9 }))], none, none)).toEqual([
      { kind: 'field-made-required', before: 'optional', after: 'required', field: 'F', lang: 'zh', source: { file: 'docs/zh.md', line: 9 }, oldSource: { file: 'docs/zh.md', line: 7 } },
      { kind: 'field-made-non-nullable', field: 'F', lang: 'zh', source: { file: 'docs/zh.md', line: 9 }, oldSource: { file: 'docs/zh.md', line: 7 } },
    ]);
    expect(compare([both(facts(), zhFacts())], [both(facts(), zhFacts({ required: false, nullable: true }))])).toEqual([
      { kind: 'field-made-optional', before: 'required', after: 'optional', field: 'F', lang: 'zh' },
      { kind: 'field-made-nullable', field: 'F', lang: 'zh' },
    ]);
    expect(compare([both(facts(), zhFacts({ enumValues: [1, 2] }), { enum: closed(1, 2) })], [both(facts(), zhFacts({ enumValues: [1, 3] }), { enum: open(1, 2) })])).toEqual([
      { kind: 'enum-opened', field: 'F', before: 'closed: 1, 2', after: 'open: 1, 2' },
      { kind: 'enum-value-added', after: '3', before: 'open', closed: false, field: 'F', lang: 'zh' },
      { kind: 'enum-value-removed', before: '2', closed: true, field: 'F', lang: 'zh' },
    ]);
    // values listed on one side of the page only: not compared
    expect(compare([both(facts(), zhFacts({ enumValues: [1] }))], [both(facts(), zhFacts())])).toEqual([]);
    expect(compare([both(facts(), zhFacts())], [both(facts(), zhFacts({ enumValues: [1] }))])).toEqual([]);
  });

  it('listed once when the merged field shows the same change; listed for the page when it differs', () => {
    const retyped = compare([both(facts(), zhFacts())], [both(facts({ type: int() }), zhFacts({ type: int() }))]);
    expect(retyped).toEqual([{ kind: 'field-retyped', field: 'F', before: 'string', after: 'integer' }]);
    expect(compare([both(facts(), zhFacts())], [both(facts({ type: int() }), zhFacts({ type: { kind: 'boolean' } }))])).toEqual([
      { kind: 'field-retyped', field: 'F', before: 'string', after: 'integer' },
      { kind: 'field-retyped', before: 'string', after: 'boolean', field: 'F', lang: 'zh' },
    ]);
    // the same kind with other words, or a per-language change of the same words: both kept
    expect(compare([both(facts({ type: int() }), zhFacts())], [both(facts({ type: { kind: 'number' } }), zhFacts({ type: int() }))])).toEqual([
      { kind: 'field-retyped', field: 'F', before: 'integer', after: 'number' },
      { kind: 'field-retyped', before: 'string', after: 'integer', field: 'F', lang: 'zh' },
    ]);
    expect(compare([both(facts(), zhFacts({ required: false }))], [both(facts({ required: false }), zhFacts({ required: true }))])).toEqual([
      { kind: 'field-made-optional', field: 'F', before: 'required', after: 'optional' },
      { kind: 'field-made-required', before: 'optional', after: 'required', field: 'F', lang: 'zh' },
    ]);
  });

  it('compareFieldSets keeps the merged changes and the per-language descriptions only', () => {
    const b = both(facts(), zhFacts(), { description: { zh: '房间' } });
    const a = both(facts(), zhFacts({ type: int() }), { description: { zh: '房间号' } });
    expect(brief(compareFieldSets([b], [a], none))).toEqual([{ kind: 'description-changed', field: 'F', before: '房间', after: '房间号', lang: 'zh' }]);
    expect(compare([b], [a]).map((c) => [c.kind, c.lang])).toEqual([
      ['description-changed', 'zh'],
      ['field-retyped', 'zh'],
    ]);
  });
});

group('versionPairs', () => {
  it('consecutive dated versions per event; undated events are not paired', () => {
    const m = model({
      events: [event('E', [], { version: '2022-01-01' }), event('E', [], { version: '2020-01-01' }), event('F', []), event('F', []), event('E', [], { version: '2021-01-01' }), event('E', [], { product: 'q', version: '2019-01-01' })],
    });
    expect(versionPairs(m).map(([b, a]) => [b.product, b.eventType, b.version, a.version])).toEqual([
      ['p', 'E', '2020-01-01', '2021-01-01'],
      ['p', 'E', '2021-01-01', '2022-01-01'],
    ]);
  });
});
