import { describe, expect, it } from 'vitest';
import { sortModel } from '../../../generator/model/passes/sort.js';
import { deepFreeze } from './drafts.js';
import { api, emptyModel, event, struct } from './model-fixtures.js';

describe('sort pass', () => {
  it('orders events by product, event type, then version (undated first)', () => {
    const model = emptyModel({ events: [event('B', [], { product: 'q' }), event('B', [], { version: '2021-01-01' }), event('B'), event('A', [], { version: '2020-01-01' }), event('B', [], { version: '2020-01-01' })] });
    expect(sortModel.run(deepFreeze(model)).events.map((e) => e.id)).toEqual(['p/A@2020-01-01', 'p/B', 'p/B@2020-01-01', 'p/B@2021-01-01', 'q/B']);
  });

  it('orders APIs by product, action, then API version', () => {
    const model = emptyModel({ apis: [api('Do', { product: 'q' }), api('Do', { apiVersion: '2021' }), api('Do'), api('Ask', { apiVersion: '2020' }), api('Do', { apiVersion: '2020' })] });
    expect(sortModel.run(deepFreeze(model)).apis.map((a) => a.id)).toEqual(['p/Ask@2020', 'p/Do', 'p/Do@2020', 'p/Do@2021', 'q/Do']);
    // whichever way round they come
    for (const versions of [['2020', '2021'], ['2021', '2020']]) {
      const two = emptyModel({ apis: versions.map((apiVersion) => api('Do', { apiVersion })) });
      expect(sortModel.run(deepFreeze(two)).apis.map((a) => a.id)).toEqual(['p/Do@2020', 'p/Do@2021']);
    }
  });

  it('orders structs by id, by code unit (capitals before lower case)', () => {
    const model = emptyModel({ structs: { 'p/b': struct('p/b'), 'p/B': struct('p/B'), 'p/a': struct('p/a') } });
    const out = sortModel.run(deepFreeze(model));
    expect(Object.keys(out.structs)).toEqual(['p/B', 'p/a', 'p/b']);
    expect(out.structs['p/a']).toEqual(struct('p/a'));
  });
});
