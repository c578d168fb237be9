import { wrapperKey } from '../examples.js';
import type { ModelPass } from './pass.js';

/**
 * An API whose every response example wraps its fields in one and the same key, which its output
 * table does not document (`{ "Response": … }`, `{ "result": … }`, or `Result` beside a
 * `ResponseMetadata` when only `Result` holds documented fields), is marked as wrapped in it.
 */
export const responseWrapper: ModelPass = {
  title: 'APIs whose every response example is wrapped in one undocumented key say so',
  run(model) {
    const apis = model.apis.map((a) => {
      const outputs = a.examples.filter((x) => x.kind === 'response');
      const documented = new Set(a.output.map((f) => f.name));
      const keys = new Set(outputs.map((x) => wrapperKey(x.value ?? x.repaired, documented)));
      const [wrapper] = keys;
      // no response example: no key (an empty set)
      const wrapped = keys.size === 1 && wrapper !== undefined && !a.output.some((f) => f.name === wrapper);
      return wrapped ? { ...a, responseWrapper: wrapper } : a;
    });
    return { ...model, apis };
  },
};
