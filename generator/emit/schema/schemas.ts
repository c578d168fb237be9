import type { ApiAction, CallbackEvent, Envelope, Field, Model, TypeRef } from '../../model/types.js';
import { overrideNote } from '../override-note.js';
import { bilingual, docReferences, enforcedEnum, sectionSlug, type DocReferences } from '../model-view.js';
import { packageNames } from '../names.js';
import { fileSegment } from '../text-safety.js';

export type JsonSchema = Record<string, unknown>;

export interface SchemaFile {
  /** Path under the package, e.g. `schemas/rtc/RecordStopped_20201201.schema.json`. */
  path: string;
  id: string;
  /** What the schema describes: an event payload, an envelope, an API request or response. */
  role: 'event' | 'reply' | 'envelope' | 'request' | 'response';
  typeName: string;
  product: string;
  schema: JsonSchema;
}

export interface SchemaOptions {
  enumPolicy?: 'closed' | 'open';
}

const integerBounds: Record<string, { minimum?: number; maximum?: number }> = {
  int32: { minimum: -2147483648, maximum: 2147483647 },
  uint32: { minimum: 0, maximum: 4294967295 },
  uint64: { minimum: 0 },
  int64: {},
};

/** Integer formats the schemas use; a consumer's strict Ajv must know them (see README). */
export const INTEGER_FORMATS = Object.keys(integerBounds);

/** The `$id` of a type's schema; both parts are sanitised so doc text never reaches Ajv's generated code unescaped. */
export const schemaId = (product: string, typeName: string): string => `urn:docs2ts:${fileSegment(product)}:${fileSegment(typeName)}`;

/**
 * JSON Schema draft 2020-12, one file per event version, API request/response and envelope.
 * Objects allow additional properties: vendors add fields to callbacks over time, and a
 * receiver must not reject a callback because of a field the docs do not list yet
 * (undocumented fields in the docs' own examples are reported by the check stage instead).
 */
export function buildSchemas(model: Model, options: SchemaOptions = {}): SchemaFile[] {
  const names = packageNames(model);
  // section references, not lines: see docReferences
  const refs = docReferences(model);
  const files: SchemaFile[] = [];
  const typeSchema = (type: TypeRef, field: Field | undefined, defs: Map<string, JsonSchema>): JsonSchema => {
    switch (type.kind) {
      case 'string':
      case 'integer':
      case 'number': {
        const base: JsonSchema = { type: type.kind };
        if (type.kind === 'integer' && type.format) Object.assign(base, { format: type.format }, integerBounds[type.format]);
        const e = field && enforcedEnum({ type, enum: field.enum }, options.enumPolicy);
        if (e) base.enum = e.values.map((v) => v.value);
        return base;
      }
      case 'boolean':
        return { type: 'boolean' };
      case 'array':
        return { type: 'array', items: typeSchema(type.items, undefined, defs) };
      case 'ref': {
        const struct = model.structs[type.struct];
        const name = names.struct(type.struct);
        if (!struct || !name) return {};
        if (!defs.has(name)) {
          defs.set(name, {});
          defs.set(name, objectSchema(struct.fields, defs, { title: name, description: [...bilingual(struct.description), `Struct ${struct.name} (${struct.id}).`].join('\n') }, refs.sectionOf(name)));
        }
        return { $ref: `#/$defs/${name}` };
      }
      case 'object':
        return objectSchema(type.fields, defs, {}, refs.sectionOf(names.inline(type) ?? ''));
      case 'union':
        return { anyOf: type.types.map((t) => typeSchema(t, undefined, defs)) };
      default:
        return {};
    }
  };
  const fieldSchema = (f: Field, defs: Map<string, JsonSchema>, section: string | undefined): JsonSchema => {
    const description = [...bilingual(f.description), ...[overrideNote(f, model.structs)].filter((n) => n !== undefined), `Source: ${refs.text(f.sources, section)}`].join('\n');
    const base = typeSchema(f.type, f, defs);
    if (!f.nullable) return { ...base, description };
    return { anyOf: [base, { type: 'null' }], description };
  };
  const objectSchema = (fields: Field[], defs: Map<string, JsonSchema>, head: JsonSchema, section: string | undefined): JsonSchema => {
    // fromEntries defines own properties: a field named `__proto__` stays a field
    const properties: Record<string, JsonSchema> = Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f, defs, section)]));
    const required = [...new Set(fields.filter((f) => f.required).map((f) => f.name))];
    return { ...head, type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: true };
  };
  const document = (product: string, typeName: string, role: SchemaFile['role'], description: string, fields: Field[]): void => {
    const defs = new Map<string, JsonSchema>();
    const body = objectSchema(fields, defs, {}, refs.sectionOf(typeName));
    const id = schemaId(product, typeName);
    const schema: JsonSchema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: id,
      title: typeName,
      description,
      ...body,
      ...(defs.size ? { $defs: Object.fromEntries([...defs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) } : {}),
    };
    files.push({ path: `schemas/${fileSegment(product)}/${fileSegment(typeName)}.schema.json`, id, role, typeName, product, schema });
  };
  for (const e of model.events) {
    document(e.product, names.event(e), 'event', eventDescription(e, refs), e.fields);
    const reply = names.reply(e);
    if (reply && e.reply) document(e.product, reply, 'reply', `The reply the receiver sends back for ${e.eventType} (${e.product}).`, e.reply.fields);
  }
  for (const env of Object.values(model.envelopes)) document(env.product, names.envelope(env), 'envelope', envelopeDescription(env), env.fields);
  for (const a of model.apis) {
    document(a.product, names.request(a), 'request', apiDescription(a, 'request parameters'), a.input);
    document(a.product, names.response(a), 'response', apiDescription(a, a.responseWrapper ? `response fields (inside "${a.responseWrapper}")` : 'response fields'), a.output);
  }
  return files;
}

function eventDescription(e: CallbackEvent, refs: DocReferences): string {
  return [...bilingual(e.title), ...bilingual(e.summary), `Payload (EventData) of callback event ${e.eventType}${e.version ? ` version ${e.version}` : ''} (${e.product}).`, `Source: ${refs.text(e.sources, sectionSlug(e.eventType))}`].join('\n');
}

function envelopeDescription(env: Envelope): string {
  return `Callback body of ${env.product}; ${env.discriminator} names the event and ${env.payloadField} carries its payload. Inferred from the docs' examples.`;
}

function apiDescription(a: ApiAction, what: string): string {
  return [...bilingual(a.summary), `${a.action}${a.apiVersion ? ` (${a.apiVersion})` : ''}: ${what}.`].join('\n');
}
