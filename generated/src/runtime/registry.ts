// Copied by docs2ts from generator/runtime/registry.ts. Do not edit.
/**
 * What the package runtime reads: the generated registry (events, envelopes, APIs, the doc line
 * of every field) and a way to run a compiled validator. The package's `registry.ts` is this
 * data written out; the CLI builds the same data from a model in memory.
 *
 * Everything under `generator/runtime/` is copied into the generated package as it is: it imports
 * nothing outside this folder, and nothing from Node but what the package documents.
 */

/** How a callback body names its event: `body[key] === value`; the payload sits at `payloadPath` below the body (`[]`: the body itself). */
export interface EventDiscriminator {
  key: string;
  value: string | number;
  payloadPath: string[];
}

export interface EventEntry {
  product: string;
  eventType: string;
  version: string | null;
  typeName: string;
  validator: string;
  /** Null when the docs give no way to recognise the event from its body (a hint names it). */
  discriminator: EventDiscriminator | null;
  /** Key of `envelopes` when the whole body is validated against the product's envelope too. */
  envelope: string | null;
  /** The documented reply's type, validator and first example (sent when a handler returns nothing), when the docs prescribe one. */
  reply: { typeName: string; validator: string; example?: unknown } | null;
}

export interface EnvelopeEntry {
  typeName: string;
  validator: string;
}

export interface ApiEntry {
  product: string;
  action: string;
  apiVersion: string | null;
  requestType: string;
  responseType: string;
  request: string;
  response: string;
  responseWrapper: string | null;
}

/** A field's doc line (`file:line`) and the type its objects or array items have. */
export type FieldSource = [source: string, child: string | null];

/** Per type: field name → its source (built with Object.fromEntries: a field `__proto__` is an own key). */
export type SourceMap = Record<string, Record<string, FieldSource>>;

/** One violation as a JSON Schema validator (Ajv) reports it. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Runs the compiled validator of that name: no errors when the value is valid. */
export type RunValidator = (validator: string, value: unknown) => SchemaError[];

export interface RuntimeRegistry {
  events: EventEntry[];
  envelopes: Record<string, EnvelopeEntry>;
  apis: ApiEntry[];
  sourceMap: SourceMap;
  runValidator: RunValidator;
}

type StandaloneValidator = ((value: unknown) => boolean) & { errors?: SchemaError[] | null };

/** A `RunValidator` over the package's `validators.ts` (functions with Ajv's `validate.errors` contract). */
export function standaloneRunner(compiled: Record<string, unknown>): RunValidator {
  return (name, value) => {
    const fn = Object.prototype.hasOwnProperty.call(compiled, name) ? (compiled[name] as StandaloneValidator) : undefined;
    if (typeof fn !== 'function') throw new Error('no compiled validator ' + name);
    return fn(value) ? [] : (fn.errors ?? []);
  };
}
