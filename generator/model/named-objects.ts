import type { StructDraft } from './draft.js';
import { draftRef } from './draft.js';
import type { Field, TypeRef } from './types.js';

/**
 * An object field the page gives no fields (`EventInfo | JSON Object`, `Items | Array of Object`)
 * and a table the page labels with that field's name (`### EventInfo` above it), or titles with
 * the field's whole description (`## 事件信息` for `EventInfo | JSON Object | 事件信息`): the table
 * documents the field's object, so the field points at it. The nearest such table wins; a field
 * whose object already has rows of its own keeps them.
 */
export function linkObjectsToNamedTables(structs: StructDraft[], fieldSets: Field[][], titleOf: (s: StructDraft) => string | string[] = () => ''): void {
  if (structs.length === 0) return;
  const byName = new Map<string, StructDraft[]>();
  const add = (name: string, s: StructDraft): void => {
    if (name !== '' && !byName.get(name)?.includes(s)) byName.set(name, [...(byName.get(name) ?? []), s]);
  };
  for (const s of structs) {
    add(s.name, s);
    for (const title of [titleOf(s)].flat()) add(norm(title), s);
  }
  const owner = new Map<Field[], StructDraft>(structs.map((s) => [s.fields, s]));
  const link = (type: TypeRef, field: Field, own: StructDraft | undefined): TypeRef => {
    if (type.kind === 'array') return { kind: 'array', items: link(type.items, field, own) };
    if (type.kind !== 'object' || type.fields.length > 0) return type;
    const line = field.sources[0]?.line ?? 0;
    const named = [...(byName.get(field.name) ?? []), ...Object.values(field.description).flatMap((d) => byName.get(norm(d ?? '')) ?? [])];
    const target = named.filter((s) => s !== own).sort((a, b) => Math.abs(a.source.line - line) - Math.abs(b.source.line - line))[0];
    return target ? { kind: 'ref', struct: draftRef(target.key) } : type;
  };
  const visit = (fields: Field[], own: StructDraft | undefined): void => {
    for (const f of fields) {
      f.type = link(f.type, f, own);
      if (f.type.kind === 'object') visit(f.type.fields, own);
    }
  };
  for (const fields of fieldSets) visit(fields, owner.get(fields));
}

/** A title or description compared as words: case, spaces and end punctuation aside. */
function norm(text: string): string {
  return text.toLowerCase().replace(/[\s`*.。:：]+/g, '');
}
