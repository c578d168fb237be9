import type { Field, Model, TypeRef } from '../model/types.js';

/**
 * Visits fields and, through arrays, struct references and inline objects, the fields inside
 * them, with dotted paths (`RecordFileList[].StreamList[].UserId`). A struct that contains
 * itself is entered once per path.
 */
export function walkFields(model: Pick<Model, 'structs'>, fields: Field[], visit: (field: Field, path: string) => void, prefix = '', inside: ReadonlySet<string> = new Set()): void {
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    visit(field, path);
    enter(model, field.type, path, visit, inside);
  }
}

function enter(model: Pick<Model, 'structs'>, type: TypeRef, path: string, visit: (field: Field, path: string) => void, inside: ReadonlySet<string>): void {
  if (type.kind === 'array') enter(model, type.items, `${path}[]`, visit, inside);
  else if (type.kind === 'object') walkFields(model, type.fields, visit, path, inside);
  else if (type.kind === 'ref' && !inside.has(type.struct)) {
    const struct = model.structs[type.struct];
    if (struct) walkFields(model, struct.fields, visit, path, new Set([...inside, type.struct]));
  }
}

/** Where a field is documented, as a key: a struct shared by many events is one place. */
export function fieldPlaceKey(field: Field): string {
  const src = field.sources[0];
  return src ? `${src.file}:${src.line}:${field.name}` : `?:${field.name}`;
}
