import type { CallbackEvent, CatalogueEntry, EnumSpec, Example, Field, FieldFacts, Lang, Model, Struct, TypeRef } from '../../generator/model/types.js';
import { MODEL_VERSION } from '../../generator/model/types.js';

/** Tiny hand-built models for rule tests: only what a rule reads, with lines a test can name. */

export const FILE = 'docs-src/p/zh/page.md';

export const type = {
  string: { kind: 'string' } as TypeRef,
  boolean: { kind: 'boolean' } as TypeRef,
  unknown: { kind: 'unknown' } as TypeRef,
  integer: (format?: 'int32' | 'int64' | 'uint32' | 'uint64'): TypeRef => ({ kind: 'integer', ...(format ? { format } : {}) }),
  number: { kind: 'number' } as TypeRef,
  array: (items: TypeRef): TypeRef => ({ kind: 'array', items }),
  ref: (struct: string): TypeRef => ({ kind: 'ref', struct }),
  object: (fields: Field[]): TypeRef => ({ kind: 'object', fields }),
};

interface Where {
  line?: number;
  file?: string;
  lang?: Lang;
}

export function field(name: string, t: TypeRef, options: Partial<Field> & Where = {}): Field {
  const { line = 10, file = FILE, lang = 'zh', ...rest } = options;
  return {
    name,
    type: t,
    typeSource: 'documented',
    required: true,
    requiredReason: 'required column "是"',
    nullable: false,
    description: { [lang]: `${name}.` },
    sources: [{ file, line, lang }],
    ...rest,
  };
}

/** A closed (or open) list of values read from a description. */
export function values(list: Array<string | number>, options: Partial<EnumSpec> = {}): EnumSpec {
  return { values: list.map((value) => ({ value })), closed: true, source: 'description', line: 10, ...options };
}

/** What one language's page says of a field. */
export function facts(t: TypeRef, options: Partial<FieldFacts> = {}): FieldFacts {
  return { type: t, typeSource: 'documented', required: true, nullable: false, file: FILE, line: 10, ...options };
}

/** A JSON example; invalid text keeps `value` absent, like the model builder. */
export function example(raw: string, options: Partial<Example> & Where = {}): Example {
  const { line = 20, file = FILE, lang = 'zh', ...rest } = options;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  return { kind: 'payload', raw, ...(value === undefined ? {} : { value }), source: { file, line, lang }, ...rest };
}

export function event(eventType: string, fields: Field[], options: Partial<CallbackEvent> & Where = {}): CallbackEvent {
  const { line = 1, file = FILE, lang = 'zh', ...rest } = options;
  const version = rest.version ?? null;
  return {
    id: `p/${eventType}${version ? `@${version}` : ''}`,
    product: 'p',
    eventType,
    version,
    typeName: `${eventType}${version ? `_${version.replace(/-/g, '')}` : ''}`,
    title: {},
    summary: {},
    sources: [{ file, line, lang }],
    fields,
    examples: [],
    ...rest,
  };
}

export function struct(name: string, fields: Field[], options: Partial<Struct> & Where = {}): Struct {
  const { line = 30, file = FILE, lang = 'zh', ...rest } = options;
  return { id: `p/${name}`, product: 'p', name, typeName: name, anchors: [name.toLowerCase()], description: {}, fields, sources: [{ file, line, lang }], usedBy: [], ...rest };
}

export function catalogueEntry(eventType: string, line: number, options: Partial<CatalogueEntry> = {}): CatalogueEntry {
  return { product: 'p', eventType, version: null, group: 'g', file: FILE, line, ...options };
}

export function model(parts: Partial<Model> & { structList?: Struct[] } = {}): Model {
  const { structList = [], ...rest } = parts;
  return {
    modelVersion: MODEL_VERSION,
    documents: [],
    events: [],
    apis: [],
    structs: Object.fromEntries(structList.map((s) => [s.id, s])),
    envelopes: {},
    catalogue: [],
    coverage: [],
    profiles: {},
    diagnostics: [],
    ...rest,
  };
}
