import { describe, expect, it } from 'vitest';
import { responseWrapper } from '../../../generator/model/passes/response-wrapper.js';
import type { Example } from '../../../generator/model/types.js';
import { deepFreeze, draftField, t } from './drafts.js';
import { api, emptyModel } from './model-fixtures.js';

const response = (value: unknown, extra: Partial<Example> = {}): Example => ({ kind: 'response', raw: JSON.stringify(value), value, source: { file: 'docs-src/p/zh/api.md', line: 3, lang: 'zh' }, ...extra });
const wrapperOf = (examples: Example[], output = [draftField('Id', t.string, 'zh')]) => responseWrapper.run(deepFreeze(emptyModel({ apis: [api('Do', { examples, output })] }))).apis[0].responseWrapper;

describe('response-wrapper pass', () => {
  it('marks an API whose every response example wraps its fields in one undocumented key', () => {
    expect(wrapperOf([response({ Response: { Id: 'a' } }), response({ Response: { Id: 'b' } })])).toBe('Response');
    // a repaired example counts like a valid one; request examples do not count
    expect(wrapperOf([response(undefined, { repaired: { result: { Id: 1 } } }), { ...response({ other: { x: 1 } }), kind: 'request' }])).toBe('result');
  });

  it('leaves an API alone when the examples disagree, do not wrap, or the key is a documented field', () => {
    expect(wrapperOf([response({ Response: { Id: 'a' } }), response({ Result: { Id: 'b' } })])).toBeUndefined();
    expect(wrapperOf([response({ Response: { Id: 'a' } }), response({ Id: 'b' })])).toBeUndefined();
    expect(wrapperOf([response({ Id: 'a', Name: 'b' })])).toBeUndefined();
    expect(wrapperOf([response({ Response: { Id: 'a' } })], [draftField('Response', t.object([]), 'zh')])).toBeUndefined();
    expect(wrapperOf([])).toBeUndefined();
    expect(wrapperOf([{ ...response({ Response: { Id: 'a' } }), kind: 'request' }])).toBeUndefined();
  });

  it('keeps an unwrapped API the same object', () => {
    const model = deepFreeze(emptyModel({ apis: [api('Do')] }));
    expect(responseWrapper.run(model).apis[0]).toBe(model.apis[0]);
    // responses that agree on having no wrapper do not add an empty one
    const flat = deepFreeze(emptyModel({ apis: [api('Do', { examples: [response({ Id: 'a', Name: 'b' }), response({ Id: 'c', Name: 'd' })] })] }));
    expect(responseWrapper.run(flat).apis[0]).toBe(flat.apis[0]);
  });

  it('reads the wrapper whatever the output table documents besides it', () => {
    expect(wrapperOf([response({ Response: { Id: 'a' } })], [])).toBe('Response');
    expect(wrapperOf([response({ Response: { Id: 'a' } })], [draftField('Id', t.string, 'zh'), draftField('Response', t.object([]), 'zh')])).toBeUndefined();
  });
});
