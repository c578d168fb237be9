import type { Field, Model, TypeRef } from '../model/types.js';
import { inlineObjectNames } from './model-view.js';

/** Generate-time twin of the package's `undocumentedFields`: fields a value has that the docs do not list. */
export function undocumentedIn(model: Model): (typeName: string, value: unknown, prefix: string) => string[] {
  const inline = inlineObjectNames(model);
  const fieldsByType = new Map<string, Field[]>();
  const add = (name: string, fields: Field[]): void => {
    fieldsByType.set(name, fields);
    for (const f of fields) {
      const t = itemsOf(f.type);
      if (t.kind === 'object' && inline.has(t)) add(inline.get(t)!, t.fields);
    }
  };
  for (const e of model.events) add(e.typeName, e.fields);
  for (const s of Object.values(model.structs)) add(s.typeName, s.fields);
  for (const a of model.apis) add(`${a.typeName}Response`, a.output);
  const childOf = (t: TypeRef): string | undefined => {
    const i = itemsOf(t);
    return i.kind === 'ref' ? model.structs[i.struct]?.typeName : i.kind === 'object' ? inline.get(i) : undefined;
  };
  return (typeName, value, prefix) => {
    const out: string[] = [];
    const walk = (type: string | undefined, v: unknown, path: string): void => {
      if (Array.isArray(v)) return v.forEach((item, i) => walk(type, item, `${path}/${i}`));
      if (!type || v === null || typeof v !== 'object') return;
      const fields = fieldsByType.get(type) ?? [];
      for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
        const f = fields.find((x) => x.name === key);
        if (!f) out.push(`${path}/${key}`);
        else walk(childOf(f.type), child, `${path}/${key}`);
      }
    };
    walk(typeName, value, prefix);
    return out;
  };
}

function itemsOf(t: TypeRef): TypeRef {
  while (t.kind === 'array') t = t.items;
  return t;
}
