import { describe, expect, it } from 'vitest';
import { classificationTable, classification, sortChanges, summarize, type DiffKind, type DocChange } from '../../generator/diff/changes.js';
import { compareEvents } from '../../generator/diff/compare-events.js';
import { diffModels, versionSteps } from '../../generator/diff/model-diff.js';
import { parseSnapshotSpec } from '../../generator/diff/snapshot.js';
import type { Field, TypeRef } from '../../generator/model/types.js';
import { api, event, field, model, struct } from './builders.js';

const closedEnum = (...values: Array<string | number>): Field['enum'] => ({ values: values.map((value) => ({ value })), closed: true, source: 'description', line: 1 });
const openEnum = (...values: Array<string | number>): Field['enum'] => ({ values: values.map((value) => ({ value })), closed: false, source: 'example-column', line: 1 });
const ref = (s: string): TypeRef => ({ kind: 'array', items: { kind: 'ref', struct: `p/${s}` } });
const brief = (changes: DocChange[]) => changes.map((c) => [c.kind, c.event, c.field ?? null, c.breaking, c.bump]);

describe('the classification of each change, for readers and for writers', () => {
  const read: Array<[string, Field, Field, Array<[DiffKind, boolean]>]> = [
    ['made optional', field('F'), field('F', { required: false }), [['field-made-optional', true]]],
    ['made required', field('F', { required: false }), field('F'), [['field-made-required', false]]],
    ['made nullable', field('F'), field('F', { nullable: true }), [['field-made-nullable', true]]],
    ['retyped', field('F'), field('F', { type: { kind: 'integer' } }), [['field-retyped', true]]],
    ['value added to a closed enum', field('F', { enum: closedEnum('A') }), field('F', { enum: closedEnum('A', 'B') }), [['enum-value-added', true]]],
    ['value added to an open enum', field('F', { enum: openEnum('A') }), field('F', { enum: openEnum('A', 'B') }), [['enum-value-added', false]]],
    ['value removed from a closed enum', field('F', { enum: closedEnum('A', 'B') }), field('F', { enum: closedEnum('A') }), [['enum-value-removed', false]]],
    ['closed list no longer given', field('F', { enum: closedEnum('A') }), field('F'), [['enum-opened', true]]],
    ['list closed', field('F', { enum: openEnum('A') }), field('F', { enum: closedEnum('A') }), [['enum-closed', false]]],
  ];
  it.each(read)('callback field %s', (_, before, after, expected) => {
    const changes = compareEvents(event('E', [before]), event('E', [after]), model({}), model({}));
    expect(changes.map((c) => [c.kind, c.breaking])).toEqual(expected);
  });

  const write: Array<[string, Field[], Field[], Array<[DiffKind, boolean]>]> = [
    ['made required', [field('F', { required: false })], [field('F')], [['field-made-required', true]]],
    ['made optional', [field('F')], [field('F', { required: false })], [['field-made-optional', false]]],
    ['required field added', [], [field('F')], [['field-added', true]]],
    ['optional field added', [], [field('F', { required: false })], [['field-added', false]]],
    ['value removed from a closed enum', [field('F', { enum: closedEnum('A', 'B') })], [field('F', { enum: closedEnum('A') })], [['enum-value-removed', true]]],
    ['value added to a closed enum', [field('F', { enum: closedEnum('A') })], [field('F', { enum: closedEnum('A', 'B') })], [['enum-value-added', false]]],
  ];
  it.each(write)('API request field %s', (_, before, after, expected) => {
    const changes = diffModels(model({ apis: [api(before, [])] }), model({ apis: [api(after, [])] }));
    expect(changes.map((c) => [c.kind, c.breaking])).toEqual(expected);
    expect(changes.every((c) => c.field?.startsWith('request.'))).toBe(true);
  });

  it('reads API responses like callbacks', () => {
    const changes = diffModels(model({ apis: [api([], [field('F', { required: false })])] }), model({ apis: [api([], [field('F')])] }));
    expect(brief(changes)).toEqual([['field-made-required', 'Describe', 'response.F', false, 'minor']]);
  });

  it('suggests the largest bump any change implies', () => {
    const c = (kind: DiffKind, bump: DocChange['bump'], breaking = false): DocChange => ({ kind, bump, breaking, product: 'p', event: 'E' });
    expect(summarize([]).bump).toBe('none');
    expect(summarize([c('description-changed', 'patch')]).bump).toBe('patch');
    expect(summarize([c('description-changed', 'patch'), c('field-added', 'minor')]).bump).toBe('minor');
    expect(summarize([c('field-added', 'minor'), c('field-removed', 'major', true)])).toEqual({ breaking: 1, accepted: 0, nonBreaking: 1, bump: 'major', byKind: { 'field-added': 1, 'field-removed': 1 } });
  });

  it('prints the README table from the rules, every kind in it', () => {
    const table = classificationTable();
    const kinds = Object.keys(classification.read);
    expect(Object.keys(classification.write).sort()).toEqual([...kinds].sort());
    // one row per kind, event/version/API added and removed sharing two rows
    expect(table.trim().split('\n')).toHaveLength(2 + kinds.length - 4);
    expect(table).toContain('| field made required | no, minor: a stronger guarantee: the field is always there | **yes**, major: existing requests that leave the field out are rejected |');
  });
});

describe('what the engine compares', () => {
  it('shows a struct change under every event that uses the struct, at the path of each', () => {
    const file = (fields: Field[]) => ({ 'p/File': struct('File', fields, ['p/A', 'p/B']) });
    const before = model({ structs: file([field('Size', { type: { kind: 'integer' } })]), events: [event('A', [field('Files', { type: ref('File') })]), event('B', [field('Output', { type: { kind: 'ref', struct: 'p/File' } })])] });
    const after = model({ ...before, structs: file([field('Size', { type: { kind: 'string' } })]) });
    expect(brief(diffModels(before, after))).toEqual([
      ['field-retyped', 'A', 'Files[].Size', true, 'major'],
      ['field-retyped', 'B', 'Output.Size', true, 'major'],
    ]);
  });

  it('reports a description per language, the event\'s own one too, pointing at that language\'s page', () => {
    const sources = [{ file: 'docs/en.txt', line: 3, lang: 'en' as const }, { file: 'docs/zh.md', line: 7, lang: 'zh' as const }];
    const before = event('E', [field('F', { description: { en: 'Room', zh: '房间' }, sources })], { summary: { en: 'Fires.', zh: '触发。' }, sources });
    const after = event('E', [field('F', { description: { en: 'Room', zh: '房间号' }, sources })], { summary: { en: 'Fires.', zh: '结束时触发。' }, sources });
    expect(compareEvents(before, after, model({}), model({})).map((c) => [c.field ?? null, c.lang, c.before, c.after, c.file, c.breaking])).toEqual([
      [null, 'zh', '触发。', '结束时触发。', 'docs/zh.md', false],
      ['F', 'zh', '房间', '房间号', 'docs/zh.md', false],
    ]);
  });

  it('detects a rename and says why', () => {
    const changes = compareEvents(event('E', [field('TosBucket', { description: { zh: '存储桶' } })]), event('E', [field('Bucket', { description: { zh: '存储桶' } })]), model({}), model({}));
    expect(changes.map((c) => [c.kind, c.before, c.after, c.evidence])).toEqual([['field-renamed', 'TosBucket', 'Bucket', 'same type and the same zh description']]);
  });

  it('tells events, versions and APIs added and removed apart', () => {
    const before = model({ events: [event('Gone', []), event('Kept', [], { version: '2020-01-01' })], apis: [api([], [])] });
    const after = model({ events: [event('New', []), event('Kept', [], { version: '2020-01-01' }), event('Kept', [], { version: '2021-01-01' })] });
    expect(brief(diffModels(before, after))).toEqual([
      ['api-removed', 'Describe', null, true, 'major'],
      ['event-removed', 'Gone', null, true, 'major'],
      ['version-added', 'Kept', null, false, 'minor'],
      ['event-added', 'New', null, false, 'minor'],
    ]);
  });

  it('compares each dated version with the previous one, keeping unchanged steps, and ignores a summary naming its own version', () => {
    const v = (version: string, fields: Field[]) => event('E', fields, { version, summary: { zh: `${version} 版本触发此回调。` } });
    const m = model({ events: [v('2022-06-01', [field('A'), field('B')]), v('2020-12-01', [field('A')]), v('2023-06-01', [field('A'), field('B')])] });
    const steps = versionSteps(m);
    expect(steps.map((s) => [s.from, s.to, brief(s.changes)])).toEqual([
      ['2020-12-01', '2022-06-01', [['field-added', 'E', 'B', false, 'minor']]],
      ['2022-06-01', '2023-06-01', []],
    ]);
    expect(steps[0].changes[0].version).toBe('2020-12-01 → 2022-06-01');
  });
});

describe('per-language facts and labelled places', () => {
  // a field documented on both pages: the merged facts follow the first page (here the English one)
  const facts = (over: Partial<NonNullable<Field['perLang']>['en']> = {}, file = 'docs/en.md', line = 5) => ({ type: { kind: 'integer' } as TypeRef, typeSource: 'documented' as const, required: true, nullable: false, file, line, ...over });
  const both = (en: ReturnType<typeof facts>, zh: ReturnType<typeof facts>, over: Partial<Field> = {}) =>
    field('F', { type: en.type, required: en.required, sources: [{ file: en.file, line: en.line, lang: 'en' }, { file: zh.file, line: zh.line, lang: 'zh' }], perLang: { en, zh }, ...over });

  it('lists a retype on one language\'s page only, with that language and its page', () => {
    const before = both(facts(), facts({}, 'docs/zh.md', 7));
    const after = both(facts(), facts({ type: { kind: 'string' } }, 'docs/zh.md', 9));
    const changes = compareEvents(event('E', [before]), event('E', [after]), model({}), model({}));
    expect(changes.map((c) => [c.kind, c.field, c.before, c.after, c.lang, c.breaking, c.file, c.line])).toEqual([['field-retyped', 'F', 'integer', 'string', 'zh', true, 'docs/zh.md', 9]]);
    expect(changes[0].where).toEqual({ old: { file: 'docs/zh.md', line: 7 }, new: { file: 'docs/zh.md', line: 9 } });
  });

  it('lists required-ness and listed values changed on one page, and nothing twice when the merged field shows it', () => {
    const before = both(facts({ enumValues: [1, 2] }), facts({ enumValues: [1, 2] }, 'docs/zh.md'), { enum: closedEnum(1, 2) });
    const after = both(facts({ enumValues: [1, 2], required: false }), facts({ enumValues: [1, 2, 3] }, 'docs/zh.md'), { enum: closedEnum(1, 2), required: false });
    const changes = compareEvents(event('E', [before]), event('E', [after]), model({}), model({}));
    expect(changes.map((c) => [c.kind, c.lang ?? null, c.after ?? null])).toEqual([
      // the merged field follows the English page: made optional once, without a language
      ['field-made-optional', null, 'optional'],
      ['enum-value-added', 'zh', '3'],
    ]);
    expect(changes[1].breaking).toBe(true);
  });

  it('labels the old and the new place: a removed field only has an old one, an added field only a new one', () => {
    const old = field('Gone', { sources: [{ file: 'old/a.md', line: 3, lang: 'zh' }] });
    const added = field('New', { required: false, sources: [{ file: 'new/a.md', line: 4, lang: 'zh' }] });
    const changes = compareEvents(event('E', [old]), event('E', [added], { sources: [{ file: 'new/a.md', line: 1, lang: 'zh' }] }), model({}), model({}));
    const byKind = Object.fromEntries(changes.map((c) => [c.kind, c]));
    expect(byKind['field-removed']).toMatchObject({ file: 'old/a.md', line: 3, where: { old: { file: 'old/a.md', line: 3 } }, section: { file: 'new/a.md', line: 1 } });
    expect(byKind['field-removed'].where?.new).toBeUndefined();
    expect(byKind['field-added']).toMatchObject({ where: { new: { file: 'new/a.md', line: 4 } } });
    expect(byKind['field-added'].where?.old).toBeUndefined();
  });
});

describe('snapshot specs', () => {
  it.each([
    ['docs-src', { kind: 'folder', dir: 'docs-src' }],
    ['git:HEAD~1', { kind: 'git', rev: 'HEAD~1', docsPath: 'docs-src' }],
    ['git:v1.2.0:docs-src', { kind: 'git', rev: 'v1.2.0', docsPath: 'docs-src' }],
    ['git:main:vendor/docs/', { kind: 'git', rev: 'main', docsPath: 'vendor/docs' }],
  ])('%s', (spec, parsed) => expect(parseSnapshotSpec(spec)).toEqual(parsed));
  it('refuses a missing revision', () => expect(() => parseSnapshotSpec('git:')).toThrow(/no git revision/));
});

describe('the order and the summary of changes', () => {
  const c = (over: Partial<DocChange>): DocChange => ({ kind: 'field-added', breaking: false, bump: 'minor', product: 'p', event: 'E', ...over });
  it('sorted by product, event, version, field, kind, language, before, after, file and line; a missing key first', () => {
    const keys: Array<keyof DocChange> = ['version', 'field', 'lang', 'before', 'after', 'file'];
    for (const key of keys) {
      const value = key === 'lang' ? 'zh' : 'b';
      const changes = [c({ [key]: value }), c({ [key]: key === 'lang' ? 'en' : 'a' }), c({})];
      expect(sortChanges(changes).map((x) => x[key] ?? null), key).toEqual([null, key === 'lang' ? 'en' : 'a', value]);
    }
    expect(sortChanges([c({ line: 9 }), c({ line: 2 }), c({})]).map((x) => x.line ?? null)).toEqual([null, 2, 9]);
    expect(sortChanges([c({ kind: 'field-removed' }), c({ kind: 'field-added' })]).map((x) => x.kind)).toEqual(['field-added', 'field-removed']);
    expect(sortChanges([c({ event: 'F' }), c({ product: 'q', event: 'A' }), c({ event: 'E' })]).map((x) => `${x.product}/${x.event}`)).toEqual(['p/E', 'p/F', 'q/A']);
  });

  it('counts per kind sorted by kind, and the largest bump', () => {
    const s = summarize([c({ kind: 'field-removed', bump: 'major', breaking: true }), c({ bump: 'patch' }), c({ bump: 'minor' }), c({ kind: 'description-changed', bump: 'patch', breaking: false, accepted: 'x' })]);
    expect(s).toEqual({ breaking: 1, accepted: 0, nonBreaking: 3, bump: 'major', byKind: { 'description-changed': 1, 'field-added': 2, 'field-removed': 1 } });
    expect(Object.keys(s.byKind)).toEqual(['description-changed', 'field-added', 'field-removed']);
    expect(summarize([c({ bump: 'minor' }), c({ bump: 'patch' })]).bump).toBe('minor');
  });
});
