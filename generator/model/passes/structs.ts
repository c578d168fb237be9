import { cmp } from '../../shared/diagnostic.js';
import type { Field, Model, Struct, TypeRef } from '../types.js';
import { forEachRef, mapRefs } from '../type-walk.js';
import type { ModelPass } from './pass.js';
import { pushTo } from '../../shared/push-to.js';
import { mergeFieldLists } from './merge-languages.js';

/**
 * Struct tables from every page of a product become one struct per distinct shape. The vendors
 * copy a table into each section that uses it (`RecordFile` four times); identical copies are one
 * struct, differing copies are kept apart and named after their first user. Runs on the
 * assembled model (one struct per table, keyed `file#line`; fields pointing at `draft:file#line`)
 * and leaves references by name (`name:…`) to the type-references pass.
 */
export const dedupeStructs: ModelPass = {
  title: 'identical struct tables become one struct; draft references point at its id',
  run(model) {
    const drafts = Object.values(model.structs);
    const byKey = new Map(drafts.map((d) => [d.id, d]));
    const firstUser = firstUsers(model);
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
    // product/name → signature → drafts, in page order
    const groups = new Map<string, Map<string, Struct[]>>();
    for (const d of drafts) {
      const nameKey = `${d.product}/${d.name}`;
      const bySig = groups.get(nameKey) ?? new Map<string, Struct[]>();
      const sig = signatureOf(d.id);
      pushTo(bySig, sig, d);
      groups.set(nameKey, bySig);
    }
    const idOfKey = new Map<string, string>();
    const structs: Record<string, Struct> = {};
    for (const [nameKey, bySig] of groups) {
      const translated = oneShapePerLanguage([...bySig.values()]);
      const shapes = translated ? [translated.members] : [...bySig.values()];
      for (const members of shapes) {
        const first = members[0];
        const owner = shapes.length > 1 ? firstUser.get(first.id) ?? `L${first.sources[0].line}` : undefined;
        let id = owner ? `${nameKey}~${owner}` : nameKey;
        while (structs[id]) id = `${id}'`;
        for (const m of members) idOfKey.set(m.id, id);
        structs[id] = {
          id,
          product: first.product,
          name: first.name,
          typeName: first.name,
          anchors: [...new Set(members.flatMap((m) => m.anchors))].sort(cmp),
          description: {},
          fields: translated?.fields ?? first.fields,
          sources: members.flatMap((m) => m.sources),
          usedBy: [],
        };
      }
    }
    const type = (t: TypeRef): TypeRef =>
      mapRefs(t, (ref) => {
        if (!ref.struct.startsWith('draft:')) return ref;
        const id = idOfKey.get(ref.struct.slice('draft:'.length));
        return id ? { kind: 'ref', struct: id } : { kind: 'unknown' };
      });
    const fields = (list: Field[]): Field[] => list.map((f) => ({ ...f, type: type(f.type) }));
    return {
      ...model,
      events: model.events.map((e) => ({
        ...e,
        fields: fields(e.fields),
        ...(e.reply ? { reply: { ...e.reply, fields: fields(e.reply.fields) } } : {}),
        ...(e.query ? { query: fields(e.query) } : {}),
      })),
      apis: model.apis.map((a) => ({ ...a, input: fields(a.input), output: fields(a.output) })),
      structs: Object.fromEntries(Object.entries(structs).map(([id, s]) => [id, { ...s, fields: fields(s.fields) }])),
    };
  },
};

/** The event (`Type` or `Type_YYYYMMDD`) whose payload first points at each struct draft, in page order. */
/**
 * The shapes of one struct name are the pages of one struct in two languages when each shape
 * comes from pages of one language, one shape per language: a translation that drifted (a row
 * dropped, a type respelled). They become one struct, its fields merged as an event's pages are
 * (the safer reading wins, `perLang` keeps what each page says for lang-mismatch). Two shapes in
 * one language are two structs that share a name, and stay apart.
 */
function oneShapePerLanguage(shapes: Struct[][]): { members: Struct[]; fields: Field[] } | undefined {
  if (shapes.length < 2) return undefined;
  const langs = shapes.map((members) => new Set(members.flatMap((m) => m.sources.map((s) => s.lang))));
  if (langs.some((l) => l.size !== 1) || new Set(langs.map((l) => [...l][0])).size !== shapes.length) return undefined;
  return { members: shapes.flat(), fields: mergeFieldLists(shapes.map((members, i) => ({ fields: members[0].fields, lang: [...langs[i]][0] })), true) };
}

function firstUsers(model: Model): Map<string, string> {
  const firstUser = new Map<string, string>();
  for (const e of model.events) {
    const owner = e.version ? `${e.eventType}_${e.version.replace(/-/g, '')}` : e.eventType;
    forEachRef(e.fields, (ref) => {
      if (ref.startsWith('draft:') && !firstUser.has(ref.slice(6))) firstUser.set(ref.slice(6), owner);
    });
  }
  return firstUser;
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
