import type { EnumSpec, Field, Localized, TypeRef } from '../model/types.js';

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

/** Events grouped by event type, versions in date order: the naming pass groups them the same way. */
export { versionGroups } from '../model/passes/names.js';

export function sourceText(field: Pick<Field, 'sources'>): string {
  return field.sources.map((s) => `${s.file}:${s.line}`).join(', ');
}
