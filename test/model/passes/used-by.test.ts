import { describe, expect, it } from 'vitest';
import { usedBy } from '../../../generator/model/passes/used-by.js';
import { deepFreeze, draftField, t } from './drafts.js';
import { api, emptyModel, event, refField, struct } from './model-fixtures.js';

describe('used-by pass', () => {
  it('lists the events and APIs using a struct directly, in arrays, in inline objects and through other structs, sorted', () => {
    const model = emptyModel({
      events: [event('Z', [refField('a', 'p/A')]), event('B', [draftField('list', t.array(t.ref('p/Leaf')), 'zh')]), event('C', [draftField('o', t.object([refField('x', 'p/Mid')]), 'zh')])],
      apis: [api('In', { input: [refField('i', 'p/A')] }), api('Out', { output: [refField('o', 'p/Mid')] })],
      structs: { 'p/A': struct('p/A'), 'p/Mid': struct('p/Mid', [draftField('leaves', t.array(t.ref('p/Leaf')), 'zh')]), 'p/Leaf': struct('p/Leaf'), 'p/Unused': struct('p/Unused') },
    });
    const out = usedBy.run(deepFreeze(model)).structs;
    expect(Object.fromEntries(Object.entries(out).map(([id, s]) => [id, s.usedBy]))).toEqual({
      'p/A': ['p/In', 'p/Z'],
      'p/Mid': ['p/C', 'p/Out'],
      'p/Leaf': ['p/B', 'p/C', 'p/Out'],
      'p/Unused': [],
    });
  });

  it('follows a cycle of structs once, and a reference to a missing struct stops there', () => {
    const model = emptyModel({
      events: [event('E', [refField('a', 'p/A'), refField('gone', 'p/Gone')])],
      structs: { 'p/A': struct('p/A', [refField('b', 'p/B')]), 'p/B': struct('p/B', [refField('a', 'p/A')]) },
    });
    const out = usedBy.run(deepFreeze(model)).structs;
    expect([out['p/A'].usedBy, out['p/B'].usedBy]).toEqual([['p/E'], ['p/E']]);
    expect(Object.keys(out)).toEqual(['p/A', 'p/B']);
  });

  it('counts only references as uses: a field of another type reaches no struct, whatever its id', () => {
    const model = emptyModel({ events: [event('E', [draftField('s', t.string, 'zh')])], structs: { undefined: struct('undefined', [refField('l', 'p/Leaf')]), 'p/Leaf': struct('p/Leaf') } });
    expect(usedBy.run(deepFreeze(model)).structs['p/Leaf'].usedBy).toEqual([]);
  });

  it('replaces a stale list instead of adding to it', () => {
    const model = emptyModel({ structs: { 'p/A': { ...struct('p/A'), usedBy: ['p/Old'] } } });
    expect(usedBy.run(deepFreeze(model)).structs['p/A'].usedBy).toEqual([]);
  });
});
