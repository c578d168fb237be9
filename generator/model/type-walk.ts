import type { Field, TypeRef } from './types.js';

/** A new type with every struct reference rewritten by `rewrite` (inline object fields through `field`); the input is left untouched. */
export function mapRefs(type: TypeRef, rewrite: (ref: Extract<TypeRef, { kind: 'ref' }>, path: string[]) => TypeRef, path: string[] = []): TypeRef {
  switch (type.kind) {
    case 'array':
      return { kind: 'array', items: mapRefs(type.items, rewrite, path) };
    case 'object':
      return { ...type, fields: type.fields.map((f) => ({ ...f, type: mapRefs(f.type, rewrite, [...path, f.name]) })) };
    case 'union':
      return { kind: 'union', types: type.types.map((t) => mapRefs(t, rewrite, path)) };
    case 'ref':
      return rewrite(type, path);
    default:
      return type;
  }
}

/** Every struct reference in the fields' types, depth first, in field order. */
export function forEachRef(fields: Field[], visit: (struct: string) => void): void {
  const walk = (t: TypeRef): void => {
    if (t.kind === 'ref') visit(t.struct);
    else if (t.kind === 'array') walk(t.items);
    else if (t.kind === 'object') for (const f of t.fields) walk(f.type);
    else if (t.kind === 'union') for (const member of t.types) walk(member);
  };
  for (const f of fields) walk(f.type);
}
