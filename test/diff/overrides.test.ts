import { describe, expect, it } from 'vitest';
import { factsWords, overrideLines } from '../../generator/diff/overrides.js';
import type { AppliedOverride, OverrideFacts } from '../../generator/model/types.js';
import { model, struct } from './builders.js';

const facts = (over: Partial<OverrideFacts> = {}): OverrideFacts => ({ type: { kind: 'string' }, required: true, nullable: false, ...over });
const override = (over: Partial<AppliedOverride> = {}): AppliedOverride => ({
  product: 'p',
  event: 'E',
  version: null,
  path: 'Info.RoomId',
  action: 'set',
  reason: 'the examples send a number',
  source: { file: 'overrides.json', line: 3 },
  documented: facts(),
  overridden: facts({ type: { kind: 'integer' } }),
  contradicts: { file: 'docs/a.md', line: 12 },
  ...over,
});

describe('factsWords', () => {
  it('says the type, required-ness, null and the listed values', () => {
    expect(factsWords(facts(), model({}))).toBe('string, required');
    expect(factsWords(facts({ required: false, nullable: true }), model({}))).toBe('string, optional, nullable');
    expect(factsWords(facts({ enumValues: ['a', 1] }), model({}))).toBe('string, required, values ["a", 1]');
  });

  it('prefers the type as the docs spell it, and names a struct by its name', () => {
    expect(factsWords(facts({ typeSpelling: 'Integer' }), model({}))).toBe('Integer, required');
    const structs = { 'p/Room': struct('Room', [], []) };
    expect(factsWords(facts({ type: { kind: 'array', items: { kind: 'ref', struct: 'p/Room' } } }), model({ structs }))).toBe('array of Room, required');
  });
});

describe('overrideLines', () => {
  it('is empty when neither side has overrides', () => {
    expect(overrideLines(model({}), model({}))).toEqual([]);
  });

  it('an override new in NEW: every part of the line', () => {
    expect(overrideLines(model({}), model({ overrides: [override()] }))).toEqual([
      { status: 'added', product: 'p', event: 'E', version: null, path: 'Info.RoomId', action: 'set', docs: 'string, required', overridden: 'integer, required', reason: 'the examples send a number', source: { file: 'overrides.json', line: 3 }, contradicts: { file: 'docs/a.md', line: 12 } },
    ]);
  });

  it('null words for an added or a removed field', () => {
    const [added, removed] = overrideLines(model({}), model({ overrides: [override({ action: 'add', documented: null, path: 'A' }), override({ action: 'remove', overridden: null, path: 'B' })] }));
    expect([added.docs, added.overridden]).toEqual([null, 'integer, required']);
    expect([removed.docs, removed.overridden]).toEqual(['string, required', null]);
  });

  it('unchanged when only the places moved, changed when the reason or the facts did', () => {
    const moved = override({ source: { file: 'overrides.json', line: 30 }, contradicts: { file: 'docs/a.md', line: 40 } });
    expect(overrideLines(model({ overrides: [override()] }), model({ overrides: [moved] })).map((l) => [l.status, l.source.line])).toEqual([['unchanged', 30]]);
    expect(overrideLines(model({ overrides: [override()] }), model({ overrides: [override({ reason: 'new reason' })] })).map((l) => l.status)).toEqual(['changed']);
    expect(overrideLines(model({ overrides: [override()] }), model({ overrides: [override({ overridden: facts({ type: { kind: 'number' } }) })] })).map((l) => l.status)).toEqual(['changed']);
  });

  it('an override OLD had and NEW has not is dropped, in OLD\'s words; one of another action is another override', () => {
    const structs = { 'p/Room': struct('Room', [], []) };
    const old = override({ documented: facts({ type: { kind: 'ref', struct: 'p/Room' } }) });
    const lines = overrideLines(model({ overrides: [old], structs }), model({ overrides: [override({ action: 'remove', overridden: null })] }));
    expect(lines.map((l) => [l.status, l.action, l.docs])).toEqual([
      ['added', 'remove', 'string, required'],
      ['dropped', 'set', 'Room, required'],
    ]);
  });

  it('sorted by product, event, version, path and status', () => {
    const after = [
      override({ product: 'q' }),
      override({ event: 'F' }),
      override({ version: '2021-01-01' }),
      override({ path: 'B' }),
      override({ path: 'A' }),
      override({ version: '2020-01-01' }),
    ];
    const lines = overrideLines(model({ overrides: [override({ path: 'A', action: 'add' })] }), model({ overrides: after }));
    expect(lines.map((l) => [l.product, l.event, l.version, l.path, l.status])).toEqual([
      ['p', 'E', null, 'A', 'added'],
      ['p', 'E', null, 'A', 'dropped'],
      ['p', 'E', null, 'B', 'added'],
      ['p', 'E', '2020-01-01', 'Info.RoomId', 'added'],
      ['p', 'E', '2021-01-01', 'Info.RoomId', 'added'],
      ['p', 'F', null, 'Info.RoomId', 'added'],
      ['q', 'E', null, 'Info.RoomId', 'added'],
    ]);
  });
});
