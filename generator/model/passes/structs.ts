import { cmp, type Diagnostic } from '../../shared/diagnostic.js';
import type { StructDraft } from '../draft.js';
import type { Field, Struct, TypeRef } from '../types.js';
import { stageDiagnostic } from '../../shared/stage-diagnostics.js';

/**
 * Struct definitions from every page of a product become one struct per distinct shape. The
 * vendors copy a table into each section that uses it (`RecordFile` four times); identical
 * copies are one struct, differing copies are kept apart and named after their first user.
 */
export interface StructResolution {
  structs: Record<string, Struct>;
  /** Rewrites a field type's pending references (`draft:…`, `name:…`) to struct ids. */
  resolve(type: TypeRef, product: string, where: Omit<Diagnostic, 'code' | 'severity' | 'message'>): TypeRef;
}

export function resolveStructs(drafts: StructDraft[], firstUserOf: (key: string) => string | undefined, diagnostics: Diagnostic[]): StructResolution {
  const byKey = new Map(drafts.map((d) => [d.key, d]));
  const signatures = new Map<string, string>();
  const signatureOf = (key: string, stack: string[] = []): string => {
    const cached = signatures.get(key);
    if (cached) return cached;
    if (stack.includes(key)) return `cycle:${byKey.get(key)?.name}`;
    const d = byKey.get(key);
    const sig = d ? `${d.name}{${fieldsSignature(d.fields, (k) => signatureOf(k, [...stack, key]))}}` : `missing:${key}`;
    if (!stack.length) signatures.set(key, sig);
    return sig;
  };
  // group drafts: product → name → signature → drafts
  const groups = new Map<string, Map<string, StructDraft[]>>();
  for (const d of drafts) {
    const nameKey = `${d.product}/${d.name}`;
    const bySig = groups.get(nameKey) ?? new Map<string, StructDraft[]>();
    const sig = signatureOf(d.key);
    bySig.set(sig, [...(bySig.get(sig) ?? []), d]);
    groups.set(nameKey, bySig);
  }
  const idOfKey = new Map<string, string>();
  const structs: Record<string, Struct> = {};
  const idsByName = new Map<string, string[]>();
  for (const [nameKey, bySig] of groups) {
    const shapes = [...bySig.values()];
    for (const members of shapes) {
      const first = members[0];
      const owner = shapes.length > 1 ? firstUserOf(first.key) ?? `L${first.source.line}` : undefined;
      let id = owner ? `${nameKey}~${owner}` : nameKey;
      while (structs[id]) id = `${id}'`;
      for (const m of members) idOfKey.set(m.key, id);
      idsByName.set(nameKey, [...(idsByName.get(nameKey) ?? []), id]);
      structs[id] = {
        id,
        product: first.product,
        name: first.name,
        typeName: first.name,
        anchors: [...new Set(members.flatMap((m) => m.anchors))].sort(cmp),
        description: {},
        fields: first.fields,
        sources: members.map((m) => m.source),
        usedBy: [],
      };
    }
  }
  const resolve = (type: TypeRef, product: string, where: Omit<Diagnostic, 'code' | 'severity' | 'message'>): TypeRef => {
    switch (type.kind) {
      case 'array':
        return { kind: 'array', items: resolve(type.items, product, where) };
      case 'object':
        for (const f of type.fields) f.type = resolve(f.type, product, { ...where, field: `${where.field}.${f.name}` });
        return type;
      case 'ref': {
        if (type.struct.startsWith('draft:')) {
          const id = idOfKey.get(type.struct.slice('draft:'.length));
          return id ? { kind: 'ref', struct: id } : { kind: 'unknown' };
        }
        if (type.struct.startsWith('name:')) {
          const name = type.struct.slice('name:'.length);
          const ids = idsByName.get(`${product}/${name}`) ?? [];
          if (ids.length === 1) return { kind: 'ref', struct: ids[0] };
          diagnostics.push(stageDiagnostic({
            ...where,
            code: 'unresolved-type-name',
            message: ids.length ? `Type ${name} names ${ids.length} differently shaped structs; it is typed as unknown.` : `Type ${name} is not defined in any page of this product; it is typed as unknown.`,
          }));
          return { kind: 'unknown' };
        }
        return type;
      }
      default:
        return type;
    }
  };
  for (const s of Object.values(structs)) {
    for (const f of s.fields) f.type = resolve(f.type, s.product, { file: s.sources[0].file, line: f.sources[0]?.line ?? s.sources[0].line, product: s.product, field: f.name });
  }
  return { structs, resolve };
}

function fieldsSignature(fields: Field[], refSig: (key: string) => string): string {
  return fields
    .map((f) => `${f.name}${f.required ? '' : '?'}${f.nullable ? '|null' : ''}:${typeSignature(f.type, refSig)}${f.enum ? `<${f.enum.values.map((v) => JSON.stringify(v.value)).join(',')}>` : ''}`)
    .join(';');
}

function typeSignature(type: TypeRef, refSig: (key: string) => string): string {
  switch (type.kind) {
    case 'array':
      return `${typeSignature(type.items, refSig)}[]`;
    case 'ref':
      return type.struct.startsWith('draft:') ? refSig(type.struct.slice('draft:'.length)) : type.struct;
    case 'object':
      return `{${fieldsSignature(type.fields, refSig)}}`;
    case 'union':
      return type.types.map((t) => typeSignature(t, refSig)).join('|');
    case 'integer':
      return `integer${type.format ? `:${type.format}` : ''}`;
    case 'number':
      return `number${type.format ? `:${type.format}` : ''}`;
    default:
      return type.kind;
  }
}
