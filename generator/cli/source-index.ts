import type { Field, Model, TypeRef } from '../model/types.js';
import { inlineObjectNames, sourceText } from '../emit/model-view.js';

/** Doc line of the field at a JSON pointer inside a type: the same walk the package's runtime does. */
export function sourceIndex(model: Model): (typeName: string, pointer: string) => string | undefined {
  const inline = inlineObjectNames(model);
  const byType = new Map<string, Field[]>();
  const add = (name: string, fields: Field[]): void => {
    byType.set(name, fields);
    for (const f of fields) {
      const t = items(f.type);
      if (t.kind === 'object' && inline.has(t)) add(inline.get(t)!, t.fields);
    }
  };
  for (const e of model.events) add(e.typeName, e.fields);
  for (const s of Object.values(model.structs)) add(s.typeName, s.fields);
  for (const env of Object.values(model.envelopes)) add(env.typeName, env.fields);
  for (const a of model.apis) add(`${a.typeName}Response`, a.output);
  return (typeName, pointer) => {
    let type: string | undefined = typeName;
    let source: string | undefined;
    for (const key of pointer.split('/').slice(1)) {
      if (/^\d+$/.test(key)) continue;
      const f = type ? byType.get(type)?.find((x) => x.name === key) : undefined;
      if (!f) return source;
      source = sourceText(f);
      const t = items(f.type);
      type = t.kind === 'ref' ? model.structs[t.struct]?.typeName : t.kind === 'object' ? inline.get(t) : undefined;
    }
    return source;
  };
}

function items(t: TypeRef): TypeRef {
  while (t.kind === 'array') t = t.items;
  return t;
}
