import type { ModelPass } from './pass.js';

/** An API whose every response example is `{ "Response": … }` is marked as wrapped (the Tencent Cloud API habit). */
export const responseWrapper: ModelPass = {
  title: 'APIs whose every response example is wrapped in Response say so',
  run(model) {
    const apis = model.apis.map((a) => {
      const outputs = a.examples.filter((x) => x.kind === 'response');
      const wrapped = outputs.length > 0 && outputs.every((x) => isSingleKeyObject(x.value ?? x.repaired, 'Response'));
      return wrapped ? { ...a, responseWrapper: 'Response' } : a;
    });
    return { ...model, apis };
  },
};

function isSingleKeyObject(value: unknown, key: string): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && key in value;
}
