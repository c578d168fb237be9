import type { Field, SourceRef, TypeRef } from './types.js';

/**
 * The type a JSON value shows. Used only where the docs give no usable type; fields found this
 * way are optional (an example cannot show that a field is always present).
 */
export function inferType(value: unknown, source: SourceRef): TypeRef {
  if (typeof value === 'string') return { kind: 'string' };
  if (typeof value === 'boolean') return { kind: 'boolean' };
  if (typeof value === 'number') return Number.isInteger(value) ? { kind: 'integer' } : { kind: 'number' };
  if (Array.isArray(value)) {
    const items = value.map((v) => inferType(v, source));
    return { kind: 'array', items: items.length ? items.reduce(mergeInferred) : { kind: 'unknown' } };
  }
  if (value !== null && typeof value === 'object') {
    return { kind: 'object', fields: Object.entries(value).map(([name, v]) => inferredField(name, v, source)) };
  }
  return { kind: 'unknown' };
}

export function inferredField(name: string, value: unknown, source: SourceRef): Field {
  return {
    name,
    type: inferType(value, source),
    typeSource: 'inferred-from-example',
    required: false,
    requiredReason: 'known only from an example; an example cannot show that a field is always present',
    nullable: value === null,
    description: {},
    sources: [source],
  };
}

/** Two inferred types of the same place (array items): widen, never guess. */
export function mergeInferred(a: TypeRef, b: TypeRef): TypeRef {
  if (a.kind === 'integer' && b.kind === 'number') return b;
  if (a.kind === 'number' && b.kind === 'integer') return a;
  if (a.kind === 'object' && b.kind === 'object') {
    const byName = new Map(a.fields.map((f) => [f.name, f]));
    for (const f of b.fields) {
      const prev = byName.get(f.name);
      byName.set(f.name, prev ? { ...prev, type: mergeInferred(prev.type, f.type), nullable: prev.nullable || f.nullable } : f);
    }
    return { kind: 'object', fields: [...byName.values()] };
  }
  if (a.kind === 'array' && b.kind === 'array') return { kind: 'array', items: mergeInferred(a.items, b.items) };
  if (a.kind === 'unknown') return b;
  if (b.kind === 'unknown') return a;
  return a.kind === b.kind ? a : { kind: 'unknown' };
}

/** Value at a dotted field path in an example (`Error.Code`). */
export function valueAt(value: unknown, path: string[]): unknown {
  let cur = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
