import type { CallbackEvent, Field, Model, TypeRef } from '../../model/types.js';
import type { ApiEntry, EnvelopeEntry, EventDiscriminator, EventEntry, FieldSource } from '../../runtime/registry.js';
import type { SignatureScheme } from '../../runtime/signature.js';
import { docReferences } from '../model-view.js';
import { packageNames } from '../names.js';
import type { SchemaFile } from '../schema/schemas.js';
import { validatorName } from '../validators/compile.js';
import { docText, lineComment, objectKey, stringLiteral } from '../text-safety.js';

/** The registry as data: what the runtime needs to recognise events and to point errors at doc lines. */
export interface RegistryData {
  events: EventEntry[];
  envelopes: Record<string, EnvelopeEntry>;
  apis: ApiEntry[];
  /** Per type, rows of [field, doc source, child type]; kept as rows so a field `__proto__` stays a field. */
  sourceRows: Array<[typeName: string, rows: Array<[string, ...FieldSource]>]>;
}

/**
 * How a body names an event: what the page says (`event.discriminator`), else the product's
 * envelope (its discriminator carries the event type, its payload member the payload).
 */
export function discriminatorOf(model: Model, e: CallbackEvent): EventDiscriminator | null {
  if (e.discriminator) return { key: e.discriminator.key, value: e.discriminator.value, payloadPath: [...e.discriminator.payloadPath] };
  const env = e.envelope ? model.envelopes[e.envelope] : undefined;
  return env ? { key: env.discriminator, value: e.eventType, payloadPath: [env.payloadField] } : null;
}

/**
 * `sourceOf` says where a field is documented: by default its section reference (stable across
 * edits elsewhere on the page, for the shipped package); the CLI asks for exact lines instead.
 */
export function registryData(model: Model, schemas: SchemaFile[], sourceOf: (f: Field, typeName: string) => string = (f, typeName) => docReferences(model).text(f.sources, docReferences(model).sectionOf(typeName))): RegistryData {
  const names = packageNames(model);
  const index = names.index;
  const byType = new Map(schemas.map((s) => [s.typeName, s]));
  const validatorOf = (typeName: string): string => validatorName(byType.get(typeName)!);
  const replyOf = (e: CallbackEvent): EventEntry['reply'] => {
    const name = names.reply(e);
    if (!e.reply || !name) return null;
    // the docs' first reply example is what a handler that returns nothing answers (repaired: a commented example still says it)
    const first = e.reply.examples.find((x) => (x.value ?? x.repaired) !== undefined);
    const example = first ? (first.value ?? first.repaired) : undefined;
    return { typeName: name, validator: validatorOf(name), ...(example !== undefined ? { example } : {}) };
  };
  const childType = (t: TypeRef): string | null => index.childOf(t) ?? null;
  return {
    events: model.events.map((e) => ({
      product: e.product,
      eventType: e.eventType,
      version: e.version,
      typeName: names.event(e),
      validator: validatorOf(names.event(e)),
      discriminator: discriminatorOf(model, e),
      envelope: e.envelope && model.envelopes[e.envelope] ? e.envelope : null,
      reply: replyOf(e),
    })),
    envelopes: Object.fromEntries(Object.entries(model.envelopes).map(([key, env]) => [key, { typeName: names.envelope(env), validator: validatorOf(names.envelope(env)) }])),
    apis: model.apis.map((a) => ({
      product: a.product,
      action: a.action,
      apiVersion: a.apiVersion,
      requestType: names.request(a),
      responseType: names.response(a),
      request: validatorOf(names.request(a)),
      response: validatorOf(names.response(a)),
      responseWrapper: a.responseWrapper ?? null,
    })),
    sourceRows: index.entries().map(([typeName, fields]) => [typeName, fields.map((f): [string, string, string | null] => [f.name, sourceOf(f, typeName), childType(f.type)])]),
  };
}

/** The source map of the registry data, as the runtime reads it. */
export function sourceMapOf(data: RegistryData): Record<string, Record<string, FieldSource>> {
  return Object.fromEntries(data.sourceRows.map(([typeName, rows]) => [typeName, Object.fromEntries(rows.map(([name, source, child]) => [name, [source, child] as FieldSource]))]));
}

/** `registry.ts`: the registry data written out; its types are the runtime's. */
export function registrySource(model: Model, schemas: SchemaFile[], signatures: Record<string, SignatureScheme> = {}): string {
  const data = registryData(model, schemas);
  // every string goes through stringLiteral: doc text never becomes code
  const literal = (value: unknown): string => {
    if (value === null) return 'null';
    if (typeof value === 'string') return stringLiteral(value);
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
    if (typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
    if (typeof value !== 'object') return 'null';
    return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${objectKey(k)}: ${literal(v)}`).join(', ')} }`;
  };
  const lines: string[] = [
    '// Generated by docs2ts. Do not edit.',
    "import type { ApiEntry, EnvelopeEntry, EventEntry, FieldSource } from './runtime/registry.js';",
    "import type { SignatureScheme } from './runtime/signature.js';",
    '',
    'export const events: EventEntry[] = [',
    ...data.events.map((e) => `  ${literal(e)},`),
    '];',
    '',
    // built with Object.fromEntries: an envelope or field named `__proto__` stays an own key
    'export const envelopes: Record<string, EnvelopeEntry> = Object.fromEntries([',
    ...Object.entries(data.envelopes).map(([key, env]) => `  [${stringLiteral(key)}, ${literal(env)}],`),
    ']);',
    '',
    '/** Signature scheme per product, as the config declares it. */',
    'export const signatures: Record<string, SignatureScheme> = Object.fromEntries([',
    ...Object.keys(signatures).sort().map((product) => `  [${stringLiteral(product)}, ${literal(signatures[product])}],`),
    ']);',
    '',
    'export const apis: ApiEntry[] = [',
    ...data.apis.map((a) => `  ${literal(a)},`),
    '];',
    '',
    // rows, not an object literal: a field named `constructor` does not lose the tuple type
    "const fields = (rows: Array<[string, string, string | null]>): Record<string, FieldSource> => Object.fromEntries(rows.map(([name, source, child]) => [name, [source, child]]));",
    '',
    "/** Per type: field name → [doc source, type of the field's object or array items]. */",
    'export const sourceMap: Record<string, Record<string, FieldSource>> = Object.fromEntries([',
  ];
  for (const [typeName, rows] of data.sourceRows) {
    lines.push(`  [${stringLiteral(typeName)}, fields([`);
    for (const row of rows) lines.push(`    ${literal(row)},`);
    lines.push('  ])],');
  }
  lines.push(']);', '');
  return lines.join('\n');
}

/** `guards.ts`: one type guard per event payload, backed by its compiled validator. */
export function guardsSource(model: Model, schemas: SchemaFile[]): string {
  const names = packageNames(model);
  const byType = new Map(schemas.map((s) => [s.typeName, s]));
  const lines = ['// Generated by docs2ts. Do not edit.', "import * as compiled from './validators.js';", `import type * as T from './types.js';`, ''];
  for (const e of model.events) {
    const t = names.event(e);
    lines.push(`/** Whether a value is a valid \`${t}\` payload (${lineComment(docText(e.id))}). */`);
    lines.push(`export function is${t}(value: unknown): value is T.${t} {`);
    lines.push(`  return (compiled as unknown as Record<string, (v: unknown) => boolean>)[${stringLiteral(validatorName(byType.get(t)!))}](value);`);
    lines.push('}', '');
  }
  return lines.join('\n');
}
