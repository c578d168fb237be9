import { describe, expect, it } from 'vitest';
import type { DocChange } from '../../generator/diff/changes.js';
import { changeSentence, changeSubject } from '../../generator/diff/change-sentence.js';

// Every change kind in words, with and without its optional parts, plain and with a code wrapper.
const change = (kind: DocChange['kind'], extra: Partial<DocChange> = {}): DocChange => ({ kind, breaking: false, bump: 'patch', product: 'p', event: 'Ev', ...extra });
const tick = (s: string) => `\`${s}\``;

describe('changeSentence', () => {
  it.each([
    [change('event-added'), 'event added'],
    [change('event-added', { after: 'EvType' }), 'event added as `EvType`'],
    [change('event-removed'), 'event removed'],
    [change('event-removed', { before: 'EvType' }), 'event removed (was EvType)'],
    [change('version-added', { version: '2020-01-01' }), 'version `2020-01-01` added'],
    [change('version-added'), 'version `?` added'],
    [change('version-removed', { version: '2020-01-01' }), 'version `2020-01-01` removed'],
    [change('version-removed'), 'version `?` removed'],
    [change('api-added'), 'API added'],
    [change('api-added', { after: 'DoType' }), 'API added as `DoType`'],
    [change('api-removed'), 'API removed'],
    [change('api-removed', { before: 'DoType' }), 'API removed (was DoType)'],
    [change('field-added', { field: 'A' }), 'field `A` added'],
    [change('field-added', { field: 'A', after: 'string (optional)', lang: 'zh' }), 'field `A` added (string (optional)) (zh page)'],
    [change('field-removed', { field: 'A' }), 'field `A` removed'],
    [change('field-removed', { field: 'A', before: 'int64', lang: 'en' }), 'field `A` removed (was int64) (en page)'],
    [change('field-renamed', { field: 'B', before: 'A' }), 'field `A` renamed to `B`'],
    [change('field-renamed', { field: 'B', evidence: 'same type and description' }), 'field `?` renamed to `B` (same type and description)'],
    [change('field-retyped', { field: 'A', before: 'integer', after: 'string', lang: 'zh' }), 'field `A` retyped from `integer` to `string` (zh page)'],
    [change('field-retyped', { field: 'A' }), 'field `A` retyped from `?` to `?`'],
    [change('field-made-optional', { field: 'A', lang: 'zh' }), 'field `A` made optional (zh page)'],
    [change('field-made-required', { field: 'A' }), 'field `A` made required'],
    [change('field-made-nullable', { field: 'A', lang: 'en' }), 'field `A` may now be null (en page)'],
    [change('field-made-non-nullable', { field: 'A' }), 'field `A` is no longer nullable'],
    [change('enum-value-added', { field: 'A', after: '3', lang: 'zh' }), 'value `3` added to `A` (zh page)'],
    [change('enum-value-added', { field: 'A' }), 'value `?` added to `A`'],
    [change('enum-value-removed', { field: 'A', before: '3' }), 'value `3` removed from `A`'],
    [change('enum-value-removed', { field: 'A', lang: 'en' }), 'value `?` removed from `A` (en page)'],
    [change('enum-opened', { field: 'A', after: '1, 2' }), 'the values of `A` are no longer the complete set (1, 2)'],
    [change('enum-opened', { field: 'A', lang: 'zh' }), 'the values of `A` are no longer the complete set () (zh page)'],
    [change('enum-closed', { field: 'A', after: '1, 2', lang: 'en' }), 'the values of `A` are now the complete set (1, 2) (en page)'],
    [change('enum-closed', { field: 'A' }), 'the values of `A` are now the complete set ()'],
    [change('description-changed', { field: 'A', lang: 'zh' }), 'description of `A` changed (zh page)'],
    [change('description-changed'), 'description changed'],
  ])('%# %s', (c, sentence) => {
    expect(changeSentence(c, tick)).toBe(sentence);
  });

  it('writes names plainly without a wrapper', () => {
    expect(changeSentence(change('field-retyped', { field: 'A', before: 'integer', after: 'string' }))).toBe('field A retyped from integer to string');
    expect(changeSentence(change('field-added', { field: '' }), tick)).toBe('field  added');
  });
});

describe('changeSubject', () => {
  it('names product, event and version', () => {
    expect(changeSubject(change('event-added'))).toBe('p Ev');
    expect(changeSubject(change('event-added', { version: '2020-01-01' }), tick)).toBe('p `Ev` (2020-01-01)');
  });
});
