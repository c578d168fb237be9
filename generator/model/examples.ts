import type { Diagnostic, Lang } from '../shared/diagnostic.js';
import type { CodeBlock } from '../parse/types.js';
import { describeInvalidJson, parseExampleBlock } from './example-json.js';
import { inferType, mergeInferred, valueAt } from './infer.js';
import { readBodyShape } from './profile/body-shape.js';
import type { Example, Field } from './types.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';

export function isJsonBlock(block: CodeBlock): boolean {
  return /^(json|javascript|js|json5)?$/i.test(block.lang ?? '') && /^\s*[{[]/.test(block.text);
}

export interface ExampleContext {
  file: string;
  lang: Lang;
  product: string;
  event?: string;
  /** An API's Action, for the findings on an API page's examples. */
  api?: string;
  version?: string;
}

/** A code block as an example; invalid JSON becomes a diagnostic that says where it breaks. */
export function readExample(block: CodeBlock, role: 'callback' | 'response' | 'request', ctx: ExampleContext): { example: Example; diagnostics: Diagnostic[] } {
  const parsed = parseExampleBlock(block);
  const diagnostics: Diagnostic[] = [];
  // a callback example is a payload until its section shows it is a whole body (markEnvelope)
  const kind: Example['kind'] = role !== 'callback' ? role : 'payload';
  const example: Example = {
    kind,
    ...(block.caption ? { title: block.caption } : {}),
    raw: block.text,
    ...(parsed.value !== undefined ? { value: parsed.value } : {}),
    source: { file: ctx.file, line: block.line, lang: ctx.lang },
  };
  if (parsed.error) {
    const line = block.line + parsed.error.line - 1;
    const overLimit = parsed.error.limit !== undefined;
    example.error = { message: parsed.error.message, line, column: parsed.error.column, ...(overLimit ? { overLimit } : {}) };
    if (parsed.repaired !== undefined) example.repaired = parsed.repaired;
    const what = overLimit
      ? { code: parsed.error.limit === 'bytes' ? ('example-too-large' as const) : ('example-too-deep' as const), message: `The example is not read: ${parsed.error.message} (line ${line}, column ${parsed.error.column}); types come from the table, and the example is kept as raw text with no fixture.` }
      : { code: 'example-invalid-json' as const, message: describeInvalidJson(parsed, block.line - 1) };
    diagnostics.push(stageDiagnostic({
      ...what,
      file: ctx.file,
      line,
      column: parsed.error.column,
      product: ctx.product,
      lang: ctx.lang,
      ...(ctx.event ? { event: ctx.event } : {}),
      ...(ctx.api ? { api: ctx.api } : {}),
      ...(ctx.version ? { version: ctx.version } : {}),
    }));
  }
  return { example, diagnostics };
}

/**
 * A callback example that shows the whole body: a key naming the event and a member holding the
 * documented fields (see profile/body-shape.ts). Marked so the payload is read from that member.
 */
export function markEnvelope(example: Example, documented: string[], eventType?: string): void {
  if (example.kind !== 'payload' && example.kind !== 'envelope') return;
  const shape = readBodyShape(example.value ?? example.repaired, documented, eventType);
  if (!shape) return;
  example.kind = 'envelope';
  example.envelope = { discriminator: shape.discriminator, payload: shape.payload };
}

/** The one key of a body that wraps an object (`{ "Response": { … } }`), whatever its name. */
export function wrapperKey(value: unknown, documented: ReadonlySet<string> = new Set()): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const inner = keys.length === 1 ? (value as Record<string, unknown>)[keys[0]] : undefined;
  if (isObject(inner)) return keys[0];
  // `{ "ResponseMetadata": {…}, "Result": {…} }`: the one member holding documented fields, when the top holds none
  if (documented.size === 0 || keys.some((k) => documented.has(k))) return undefined;
  const holders = keys.filter((k) => {
    const v = (value as Record<string, unknown>)[k];
    return isObject(v) && Object.keys(v).some((inside) => documented.has(inside));
  });
  return holders.length === 1 ? holders[0] : undefined;
}

/** The payload an example shows (the envelope's payload member), from valid JSON or its repair. */
export function payloadOf(example: Example, documented?: ReadonlySet<string>): unknown {
  const shown = example.value ?? example.repaired;
  if (example.payloadPath) return pathValue(shown, example.payloadPath);
  if (example.kind === 'envelope' && example.envelope && shown !== null && typeof shown === 'object') return (shown as Record<string, unknown>)[example.envelope.payload];
  const wrapper = example.kind === 'response' ? wrapperKey(shown, documented) : undefined;
  if (wrapper !== undefined) return (shown as Record<string, unknown>)[wrapper];
  return shown;
}

/** Fields the table could not type get the type their example value shows, and say so. */
/** `Object` with no fields, `Array` of unknown or of such objects: the docs named a kind, not a shape. */
function isShapeless(type: Field['type']): boolean {
  if (type.kind === 'object') return type.fields.length === 0;
  if (type.kind === 'array') return type.items.kind === 'unknown' || isShapeless(type.items);
  return false;
}

export function inferMissingTypes(fields: Field[], payloads: unknown[], untyped: ReadonlySet<Field>, prefix: string[] = []): void {
  for (const field of fields) {
    const path = [...prefix, field.name];
    if (untyped.has(field) || isShapeless(field.type)) {
      // a shapeless `Object` / `Array` takes the shape its examples show, and says so
      const value = payloads.map((p) => valueAt(p, path)).find((v) => v !== undefined && v !== null);
      const inferred = value !== undefined ? inferType(value, field.sources[0]) : undefined;
      if (inferred && (untyped.has(field) || inferred.kind === field.type.kind)) {
        field.type = inferred;
        field.typeSource = 'inferred-from-example';
      }
    }
    if (field.type.kind === 'object') inferMissingTypes(field.type.fields, payloads, untyped, path);
  }
}

/**
 * A page that documents an event only through examples: the fields are typed from every example
 * body, each marked inferred and optional. An example that wraps the event (a reliable-delivery
 * response listing events) is unwrapped to the object that names it with its discriminator.
 */
export function eventFieldsFromExamples(examples: Example[], discriminator: string | undefined, eventType: string): Field[] {
  let merged: ReturnType<typeof inferType> | undefined;
  for (const ex of examples) {
    const shown = ex.value ?? ex.repaired;
    const path = discriminator ? pathNaming(shown, discriminator, eventType, []) : undefined;
    const found = path ? pathValue(shown, path) : shown;
    // the body found may itself be an envelope (the name beside one object member): type that member
    const shape = readBodyShape(found, [], eventType);
    const payloadPath = shape ? [...(path ?? []), shape.payload] : path;
    if (path?.length && payloadPath) ex.payloadPath = payloadPath;
    const body = payloadPath ? pathValue(shown, payloadPath) : shown;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) continue;
    const type = inferType(body, ex.source);
    merged = merged ? mergeInferred(merged, type) : type;
  }
  return merged?.kind === 'object' ? merged.fields : [];
}

/** Path to the first object whose `key` is `wanted`, depth-first, at most 8 levels down. */
function pathNaming(value: unknown, key: string, wanted: string, path: Array<string | number>): Array<string | number> | undefined {
  if (path.length > 8 || value === null || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && (value as Record<string, unknown>)[key] === wanted) return path;
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [k, v] of entries) {
    const found = pathNaming(v, key, wanted, [...path, k]);
    if (found) return found;
  }
  return undefined;
}

export function pathValue(value: unknown, path: Array<string | number>): unknown {
  let cur = value;
  for (const k of path) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[k] : undefined;
  return cur;
}
