import type { Diagnostic, Lang } from '../shared/diagnostic.js';
import type { CodeBlock } from '../parse/types.js';
import { parseExampleJson } from './example-json.js';
import { inferType, mergeInferred, valueAt } from './infer.js';
import { needsInference } from './param-table.js';
import type { Example, Field } from './types.js';

/** The callback envelope's discriminator and payload keys, as both vendor families spell them. */
export const ENVELOPE_DISCRIMINATOR = 'EventType';
export const ENVELOPE_PAYLOAD = 'EventData';

export function isJsonBlock(block: CodeBlock): boolean {
  return /^(json|javascript|js|json5)?$/i.test(block.lang ?? '') && /^\s*[{[]/.test(block.text);
}

export interface ExampleContext {
  file: string;
  lang: Lang;
  product: string;
  event?: string;
  version?: string;
}

/** A code block as an example; invalid JSON becomes a diagnostic that says where it breaks. */
export function readExample(block: CodeBlock, role: 'callback' | 'response' | 'request', ctx: ExampleContext): { example: Example; diagnostics: Diagnostic[] } {
  const parsed = parseExampleJson(block.text);
  const diagnostics: Diagnostic[] = [];
  const shown = parsed.value ?? parsed.repaired;
  const kind: Example['kind'] = role !== 'callback' ? role : isEnvelope(shown) ? 'envelope' : 'payload';
  const example: Example = {
    kind,
    ...(block.caption ? { title: block.caption } : {}),
    raw: block.text,
    ...(parsed.value !== undefined ? { value: parsed.value } : {}),
    source: { file: ctx.file, line: block.line, lang: ctx.lang },
  };
  if (parsed.error) {
    const line = block.line + parsed.error.line - 1;
    example.error = { message: parsed.error.message, line, column: parsed.error.column };
    if (parsed.repaired !== undefined) example.repaired = parsed.repaired;
    diagnostics.push({
      code: 'example-invalid-json',
      severity: 'error',
      message: `The example is not valid JSON: ${parsed.error.message} (line ${line}, column ${parsed.error.column}); types come from the table, and the example is kept as raw text.`,
      file: ctx.file,
      line,
      column: parsed.error.column,
      product: ctx.product,
      lang: ctx.lang,
      ...(ctx.event ? { event: ctx.event } : {}),
      ...(ctx.version ? { version: ctx.version } : {}),
    });
  }
  return { example, diagnostics };
}

export function isEnvelope(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && ENVELOPE_DISCRIMINATOR in value && ENVELOPE_PAYLOAD in value;
}

/** The payload an example shows (the envelope's `EventData`), from valid JSON or its repair. */
export function payloadOf(example: Example): unknown {
  const shown = example.value ?? example.repaired;
  if (example.kind === 'envelope' && isEnvelope(shown)) return shown[ENVELOPE_PAYLOAD];
  if (example.kind === 'response' && shown && typeof shown === 'object' && 'Response' in shown) return (shown as Record<string, unknown>).Response;
  return shown;
}

/** Fields the table could not type get the type their example value shows, and say so. */
export function inferMissingTypes(fields: Field[], payloads: unknown[], prefix: string[] = []): void {
  for (const field of fields) {
    const path = [...prefix, field.name];
    if (needsInference.has(field)) {
      const value = payloads.map((p) => valueAt(p, path)).find((v) => v !== undefined);
      if (value !== undefined) {
        field.type = inferType(value, field.sources[0]);
        field.typeSource = 'inferred-from-example';
      }
    }
    if (field.type.kind === 'object') inferMissingTypes(field.type.fields, payloads, path);
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
    const body = discriminator ? (objectNaming(shown, discriminator, eventType, 0) ?? shown) : shown;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) continue;
    const type = inferType(body, ex.source);
    merged = merged ? mergeInferred(merged, type) : type;
  }
  return merged?.kind === 'object' ? merged.fields : [];
}

function objectNaming(value: unknown, key: string, wanted: string, depth: number): Record<string, unknown> | undefined {
  if (depth > 8 || value === null || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && (value as Record<string, unknown>)[key] === wanted) return value as Record<string, unknown>;
  for (const v of Object.values(value)) {
    const found = objectNaming(v, key, wanted, depth + 1);
    if (found) return found;
  }
  return undefined;
}
