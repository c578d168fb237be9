import { cmp } from '../shared/diagnostic.js';
import type { CallbackEvent, EnumSpec, Field, Localized, Model, TypeRef } from '../model/types.js';

/**
 * Read-only helpers over the model that every emitter shares, so TypeScript, schemas and
 * validators agree on what each field means.
 */

/** Enum values the emitters enforce: only a closed enum whose values fit the documented type. */
export function enforcedEnum(field: Pick<Field, 'type' | 'enum'>, policy: 'closed' | 'open' = 'closed'): EnumSpec | undefined {
  const e = field.enum;
  if (!e || !e.closed || policy === 'open') return undefined;
  const t = field.type.kind;
  const fits = e.values.every((v) => (t === 'string' ? typeof v.value === 'string' : (t === 'integer' || t === 'number') && typeof v.value === 'number'));
  return fits ? e : undefined;
}

export function is64Bit(type: TypeRef): boolean {
  return type.kind === 'integer' && (type.format === 'int64' || type.format === 'uint64');
}

/** Descriptions in both languages, English first. */
export function bilingual(text: Localized): string[] {
  return (['en', 'zh'] as const).map((l) => text[l]).filter((t): t is string => Boolean(t && t.trim()));
}

/** Events grouped by event type, versions in date order (undated first). */
export function versionGroups(model: Model): Map<string, CallbackEvent[]> {
  const groups = new Map<string, CallbackEvent[]>();
  for (const e of model.events) {
    const key = `${e.product}/${e.eventType}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  for (const list of groups.values()) list.sort((a, b) => cmp(a.version ?? '', b.version ?? ''));
  return groups;
}

/** Named types for inline objects (`Error.Code` → `WhiteboardPushStopped_Error`), unique across the model. */
export function inlineObjectNames(model: Model): Map<TypeRef, string> {
  const taken = new Set<string>([...model.events.map((e) => e.typeName), ...Object.values(model.structs).map((s) => s.typeName), ...model.apis.flatMap((a) => [a.typeName, `${a.typeName}Request`, `${a.typeName}Response`]), ...Object.values(model.envelopes).map((e) => e.typeName)]);
  const names = new Map<TypeRef, string>();
  const visit = (fields: Field[], owner: string): void => {
    for (const f of fields) {
      let t = f.type;
      while (t.kind === 'array') t = t.items;
      if (t.kind !== 'object') continue;
      let name = `${owner}_${f.name.replace(/[^A-Za-z0-9_]/g, '_')}`;
      for (let n = 2; taken.has(name); n++) name = `${owner}_${f.name}${n}`;
      taken.add(name);
      names.set(t, name);
      visit(t.fields, name);
    }
  };
  for (const e of model.events) visit(e.fields, e.typeName);
  for (const s of Object.values(model.structs)) visit(s.fields, s.typeName);
  for (const a of model.apis) {
    visit(a.input, `${a.typeName}Request`);
    visit(a.output, `${a.typeName}Response`);
  }
  for (const env of Object.values(model.envelopes)) visit(env.fields, env.typeName);
  return names;
}

export function sourceText(field: Pick<Field, 'sources'>): string {
  return field.sources.map((s) => `${s.file}:${s.line}`).join(', ');
}

/**
 * Every named object type of the package (events, structs, envelopes, API requests and
 * responses, inline objects) with its fields, and the object type a field leads into.
 */
export function typeIndex(model: Model): { fieldsOf(typeName: string): Field[] | undefined; childOf(type: TypeRef): string | undefined; entries(): Array<[string, Field[]]> } {
  const inline = inlineObjectNames(model);
  const byType = new Map<string, Field[]>();
  const items = (t: TypeRef): TypeRef => {
    while (t.kind === 'array') t = t.items;
    return t;
  };
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
  for (const a of model.apis) {
    add(`${a.typeName}Request`, a.input);
    add(`${a.typeName}Response`, a.output);
  }
  return {
    fieldsOf: (typeName) => byType.get(typeName),
    childOf: (type) => {
      const t = items(type);
      return t.kind === 'ref' ? model.structs[t.struct]?.typeName : t.kind === 'object' ? inline.get(t) : undefined;
    },
    entries: () => [...byType],
  };
}
