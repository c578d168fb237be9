import { describe, expect, it } from 'vitest';
import { compareApis, compareEvents, compareFieldLists } from '../../generator/diff/compare-events.js';
import { diffModels, diffVersions, versionSteps } from '../../generator/diff/model-diff.js';
import type { Envelope, Field } from '../../generator/model/types.js';
import { api, event, field, model } from './builders.js';

// Whole DocChange objects, compared exactly: which keys a change carries (and which it leaves out)
// is what the reports and the accept file read.

const at = (file: string, line: number) => ({ file, line });
const envelope = (fields: Field[]): Envelope => ({ product: 'p', typeName: 'PCallback', discriminator: 'EventType', payloadField: 'EventData', fields, sources: [{ file: 'docs/envelope.md', line: 2, lang: 'zh' }] });

describe('events, versions and APIs that appear or disappear', () => {
  it('an added event: its new type, its new place and section, no version', () => {
    const added = event('New', [], { sources: [{ file: 'new/a.md', line: 4, lang: 'zh' }] });
    expect(diffModels(model({}), model({ events: [added] }))).toEqual([
      { kind: 'event-added', breaking: false, bump: 'minor', product: 'p', event: 'New', after: 'New', file: 'new/a.md', line: 4, where: { new: at('new/a.md', 4) }, section: at('new/a.md', 4) },
    ]);
  });

  it('a removed event: its old type and only an old place', () => {
    const gone = event('Gone', [], { sources: [{ file: 'old/a.md', line: 9, lang: 'zh' }] });
    expect(diffModels(model({ events: [gone] }), model({}))).toEqual([
      { kind: 'event-removed', breaking: true, bump: 'major', product: 'p', event: 'Gone', before: 'Gone', file: 'old/a.md', line: 9, where: { old: at('old/a.md', 9) } },
    ]);
  });

  it('a dated version removed while the event stays is a version removal, with the version', () => {
    const v1 = event('E', [], { version: '2020-01-01', typeName: 'EV20200101' });
    const v2 = event('E', [], { version: '2021-01-01', typeName: 'EV20210101' });
    expect(diffModels(model({ events: [v1, v2] }), model({ events: [v2] }))).toEqual([
      { kind: 'version-removed', breaking: true, bump: 'major', product: 'p', event: 'E', version: '2020-01-01', before: 'EV20200101', file: 'docs/a.md', line: 1, where: { old: at('docs/a.md', 1) } },
    ]);
  });

  it('an event with no source: no file, line or places', () => {
    expect(diffModels(model({}), model({ events: [event('New', [], { sources: [] })] }))).toEqual([{ kind: 'event-added', breaking: false, bump: 'minor', product: 'p', event: 'New', after: 'New' }]);
  });

  it('an API added and one removed, with their versions', () => {
    const added = api([], [], { id: 'p/Start@2', action: 'Start', apiVersion: '2', typeName: 'StartRequest' });
    const removed = api([], [], { id: 'p/Stop@1', action: 'Stop', typeName: 'StopRequest' });
    expect(diffModels(model({ apis: [removed] }), model({ apis: [added] }))).toEqual([
      { kind: 'api-added', breaking: false, bump: 'minor', product: 'p', event: 'Start', version: '2', after: 'StartRequest', file: 'docs/api.txt', line: 1, where: { new: at('docs/api.txt', 1) }, section: at('docs/api.txt', 1) },
      { kind: 'api-removed', breaking: true, bump: 'major', product: 'p', event: 'Stop', version: '1', before: 'StopRequest', file: 'docs/api.txt', line: 1, where: { old: at('docs/api.txt', 1) } },
    ]);
  });
});

describe('what is compared inside', () => {
  it('an API kept: its summary per language, then its fields', () => {
    const before = api([], [], { apiVersion: null, summary: { en: 'Describes a task.' } });
    const after = api([], [field('Id')], { apiVersion: null, summary: { en: 'Describes one task.' } });
    expect(compareApis(before, after, model({}), model({}))).toEqual([
      { kind: 'description-changed', breaking: false, bump: 'patch', product: 'p', event: 'Describe', before: 'Describes a task.', after: 'Describes one task.', lang: 'en', file: 'docs/api.txt', line: 1, section: at('docs/api.txt', 1) },
      { kind: 'field-added', breaking: false, bump: 'minor', product: 'p', event: 'Describe', field: 'response.Id', after: 'string', file: 'docs/a.md', line: 1, where: { new: at('docs/a.md', 1) }, section: at('docs/api.txt', 1) },
    ]);
    expect(diffModels(model({ apis: [before] }), model({ apis: [after] }))).toHaveLength(2);
  });

  it('the envelope of a product found on both sides is compared; one found on one side only is not', () => {
    const before = model({ envelopes: { p: envelope([field('EventType')]) } });
    const after = model({ envelopes: { p: envelope([field('EventType'), field('Signature', { required: false })]), q: { ...envelope([field('X')]), product: 'q' } } });
    expect(diffModels(before, after)).toEqual([
      { kind: 'field-added', breaking: false, bump: 'minor', product: 'p', event: 'PCallback', field: 'Signature', after: 'string (optional)', file: 'docs/a.md', line: 1, where: { new: at('docs/a.md', 1) }, section: at('docs/envelope.md', 2) },
    ]);
    expect(compareFieldLists([field('A')], [], model({}), model({}), { product: 'p', event: 'PCallback' }, [])).toEqual([
      { kind: 'field-removed', breaking: true, bump: 'major', product: 'p', event: 'PCallback', field: 'A', before: 'string', file: 'docs/a.md', line: 1, where: { old: at('docs/a.md', 1) } },
    ]);
  });

  it('a description added in one language: empty before, no version, no places when the event has no source', () => {
    const before = event('E', [], { sources: [] });
    const after = event('E', [], { sources: [], title: { en: 'Task done' }, summary: { en: 'Sent when the value is null.' } });
    expect(compareEvents(before, after, model({}), model({}))).toEqual([
      { kind: 'description-changed', breaking: false, bump: 'patch', product: 'p', event: 'E', before: '', after: 'Task done\nSent when the value is null.', lang: 'en' },
    ]);
    expect(compareEvents(after, before, model({}), model({}))[0]).toMatchObject({ before: 'Task done\nSent when the value is null.', after: '' });
  });

  it('a dated version whose summary names its version and changes otherwise: both texts keep their own version', () => {
    const v1 = event('E', [], { version: '2020-12-01', summary: { zh: '2020-12-01 版本触发。' } });
    const v2 = event('E', [], { version: '2022-06-01', summary: { zh: '2022-06-01 版本结束时触发。' } });
    expect(compareEvents(v1, v2, model({}), model({}))).toEqual([
      { kind: 'description-changed', breaking: false, bump: 'patch', product: 'p', event: 'E', version: '2022-06-01', before: '2020-12-01 版本触发。', after: '2022-06-01 版本结束时触发。', lang: 'zh', file: 'docs/a.md', line: 1, section: at('docs/a.md', 1) },
    ]);
  });

  it('an enum value added: the change carries the value, not the set\'s closedness', () => {
    const closed = (...values: string[]): Field['enum'] => ({ values: values.map((value) => ({ value })), closed: true, source: 'description', line: 1 });
    const changes = compareEvents(event('E', [field('S', { enum: closed('A') })]), event('E', [field('S', { enum: closed('A', 'B') })]), model({}), model({}));
    expect(changes).toEqual([
      { kind: 'enum-value-added', breaking: true, bump: 'major', product: 'p', event: 'E', field: 'S', after: '"B"', file: 'docs/a.md', line: 1, where: { old: at('docs/a.md', 1), new: at('docs/a.md', 1) }, section: at('docs/a.md', 1) },
    ]);
  });
});

describe('dated versions within one snapshot', () => {
  const v = (product: string, name: string, version: string, fields: Field[]) => event(name, fields, { product, version });
  const m = model({
    events: [
      v('b', 'A', '2021-01-01', [field('X'), field('Y')]),
      v('b', 'A', '2020-01-01', [field('X')]),
      v('a', 'Z', '2021-01-01', [field('X')]),
      v('a', 'Z', '2020-01-01', [field('X'), field('Y')]),
      v('a', 'Y', '2022-01-01', [field('X')]),
      v('a', 'Y', '2021-01-01', [field('X')]),
      v('a', 'Y', '2020-01-01', [field('X')]),
    ],
  });

  it('steps sorted by product, event and first version', () => {
    expect(versionSteps(m).map((s) => [s.product, s.event, s.from, s.to, s.changes.length])).toEqual([
      ['a', 'Y', '2020-01-01', '2021-01-01', 0],
      ['a', 'Y', '2021-01-01', '2022-01-01', 0],
      ['a', 'Z', '2020-01-01', '2021-01-01', 1],
      ['b', 'A', '2020-01-01', '2021-01-01', 1],
    ]);
  });

  it('every change of every step, sorted, each naming its step', () => {
    expect(diffVersions(m).map((c) => [c.product, c.event, c.kind, c.field, c.version])).toEqual([
      ['a', 'Z', 'field-removed', 'Y', '2020-01-01 → 2021-01-01'],
      ['b', 'A', 'field-added', 'Y', '2020-01-01 → 2021-01-01'],
    ]);
  });
});
