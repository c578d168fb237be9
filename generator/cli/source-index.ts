import type { Model } from '../model/types.js';
import { sourceText, typeIndex } from '../emit/model-view.js';

/** Doc line of the field at a JSON pointer inside a type: the same walk the package's runtime does. */
export function sourceIndex(model: Model): (typeName: string, pointer: string) => string | undefined {
  const index = typeIndex(model);
  return (typeName, pointer) => {
    let type: string | undefined = typeName;
    let source: string | undefined;
    for (const key of pointer.split('/').slice(1)) {
      if (/^\d+$/.test(key)) continue;
      const f = type ? index.fieldsOf(type)?.find((x) => x.name === key) : undefined;
      if (!f) return source;
      source = sourceText(f);
      type = index.childOf(f.type);
    }
    return source;
  };
}
