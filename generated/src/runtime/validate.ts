// Copied by docs2ts from generator/runtime/validate.ts. Do not edit.
import { duplicateKeys, illFormedAt } from './raw-json.js';
import { recognise, type RecogniseHint } from './recognise.js';
import type { FieldSource, RuntimeRegistry, SchemaError } from './registry.js';

/** One violation: where (JSON pointer), what, the expected type or values, and the doc line that defines the field. */
export interface ValidationError {
  path: string;
  message: string;
  keyword: string;
  expected?: string;
  source?: string;
}

export type CallbackHint = RecogniseHint;

/** A recognised, valid callback: the package narrows this to its own union of events. */
export interface CallbackMatchShape {
  product: string;
  event: string;
  version: string | null;
  typeName: string;
  value: unknown;
  body: unknown;
}

/**
 * `ok: true`: the recognised event (`switch (result.event)` narrows `value` and `body` in the package);
 * `matchedVersions` lists every dated version the payload satisfies, newest first (the result is the newest).
 * `ok: false`: the closest event, when one was recognised, and every violation.
 */
export type CallbackResult<M = CallbackMatchShape> =
  | ({ ok: true; matchedVersions: Array<string | null> } & M)
  | { ok: false; product?: string; event?: string; version?: string | null; typeName?: string; errors: ValidationError[] };

export type ApiResponseResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

export interface Validation {
  validateCallback(body: string | unknown, hint?: CallbackHint): CallbackResult;
  validatePayload(typeName: string, value: unknown, pathPrefix?: string): ValidationError[];
  validateApiResponse(action: string, body: string | unknown): ApiResponseResult<unknown>;
  sourceOf(typeName: string, pointer: string): string | undefined;
  undocumentedFields(typeName: string, value: unknown, prefix?: string): string[];
}

/** A raw body (text) parsed, or the parse error as a violation; an object is taken as already parsed. */
export function parseBody(body: string | unknown): { ok: true; value: unknown } | { ok: false; errors: ValidationError[] } {
  if (typeof body !== 'string') return { ok: true, value: body };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, errors: [{ path: '', keyword: 'json', message: 'body is not valid JSON: ' + (error as Error).message }] };
  }
  // what the parsed value hides: text that was not UTF-8, and keys given twice (the last would win)
  const bad = illFormedAt(body);
  if (bad >= 0) return { ok: false, errors: [{ path: '', keyword: 'utf8', message: `body is not valid Unicode text at character ${bad} (bytes that were not UTF-8?)` }] };
  const duplicates = duplicateKeys(body);
  if (duplicates.length > 0) {
    return { ok: false, errors: duplicates.map((d) => ({ path: d.path, keyword: 'duplicateKey', message: `key ${JSON.stringify(d.key)} is given twice (line ${d.first.line}, column ${d.first.column} and line ${d.second.line}, column ${d.second.column}); a parser keeps only one` })) };
  }
  return { ok: true, value };
}

const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** The validation entry points over one registry: the package's and the CLI's are the same code. */
export function createValidation(registry: RuntimeRegistry): Validation {
  const { events, envelopes, apis, sourceMap } = registry;

  const sourceOf = (typeName: string, pointer: string): string | undefined => {
    let type: string | null = typeName;
    let source: string | undefined;
    for (const raw of pointer.split('/').slice(1)) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (/^\d+$/.test(key)) continue;
      const field: FieldSource | undefined = type ? own(sourceMap[type], key) : undefined;
      if (!field) return source;
      source = field[0];
      type = field[1];
    }
    return source;
  };

  const run = (validator: string, typeName: string, value: unknown, pathPrefix: string): ValidationError[] =>
    registry.runValidator(validator, value).map((e: SchemaError) => {
      const path = e.keyword === 'required' ? e.instancePath + '/' + String(e.params.missingProperty) : e.instancePath;
      const expected = e.keyword === 'type' ? String(e.params.type) : e.keyword === 'enum' ? JSON.stringify(e.params.allowedValues) : undefined;
      const source = sourceOf(typeName, path);
      return { path: pathPrefix + path, keyword: e.keyword, message: e.message ?? e.keyword, ...(expected ? { expected } : {}), ...(source ? { source } : {}) };
    });

  const validatePayload = (typeName: string, value: unknown, pathPrefix = ''): ValidationError[] => {
    const entry = events.find((e) => e.typeName === typeName);
    const api = apis.find((a) => a.requestType === typeName || a.responseType === typeName);
    const reply = events.find((e) => e.reply?.typeName === typeName)?.reply;
    const name = entry?.validator ?? (api ? (api.requestType === typeName ? api.request : api.response) : reply?.validator);
    if (!name) throw new Error('unknown type ' + typeName);
    return run(name, typeName, value, pathPrefix);
  };

  const undocumentedFields = (typeName: string, value: unknown, prefix = ''): string[] => {
    const out: string[] = [];
    const walk = (type: string | null, v: unknown, path: string): void => {
      if (Array.isArray(v)) return v.forEach((item, i) => walk(type, item, path + '/' + i));
      if (!type || v === null || typeof v !== 'object') return;
      const fields = sourceMap[type] ?? {};
      for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
        const field = own(fields, key);
        if (!field) out.push(path + '/' + key);
        else walk(field[1], child, path + '/' + key);
      }
    };
    walk(typeName, value, prefix);
    return out;
  };

  const validateCallback = (body: string | unknown, hint: CallbackHint = {}): CallbackResult => {
    const parsed = parseBody(body);
    if (!parsed.ok) return parsed;
    const recognised = recognise(registry, parsed.value, hint);
    if (!recognised.ok) return { ok: false, errors: [{ path: '', keyword: 'event', message: 'cannot recognise the event: ' + recognised.reason }] };
    let best: { entry: (typeof events)[number]; errors: ValidationError[] } | undefined;
    const matched: Array<{ entry: (typeof events)[number]; payload: unknown }> = [];
    // every version is tried: a body does not say which version sent it
    for (const { entry, payload, prefix, byDiscriminator } of recognised.candidates) {
      const errors: ValidationError[] = [];
      const envelope = byDiscriminator && entry.envelope ? own(envelopes, entry.envelope) : undefined;
      if (envelope) errors.push(...run(envelope.validator, envelope.typeName, parsed.value, ''));
      errors.push(...run(entry.validator, entry.typeName, payload, prefix));
      if (errors.length === 0) matched.push({ entry, payload });
      else if (!best || errors.length < best.errors.length) best = { entry, errors };
    }
    if (matched.length) {
      const { entry, payload } = matched[0];
      return { ok: true, matchedVersions: matched.map((m) => m.entry.version), product: entry.product, event: entry.eventType, version: entry.version, typeName: entry.typeName, value: payload, body: parsed.value };
    }
    const { entry, errors } = best!;
    return { ok: false, product: entry.product, event: entry.eventType, version: entry.version, typeName: entry.typeName, errors };
  };

  const validateApiResponse = (action: string, body: string | unknown): ApiResponseResult<unknown> => {
    const parsed = parseBody(body);
    if (!parsed.ok) return parsed;
    const api = apis.find((a) => a.action === action);
    if (!api) return { ok: false, errors: [{ path: '', keyword: 'api', message: 'unknown API action ' + action }] };
    let value = parsed.value;
    let prefix = '';
    if (api.responseWrapper) {
      const wrapper = value as Record<string, unknown> | null;
      if (!wrapper || typeof wrapper !== 'object' || !Object.prototype.hasOwnProperty.call(wrapper, api.responseWrapper)) {
        return { ok: false, errors: [{ path: '', keyword: 'required', message: 'the response is not wrapped in ' + api.responseWrapper }] };
      }
      value = wrapper[api.responseWrapper];
      prefix = '/' + api.responseWrapper;
    }
    const errors = run(api.response, api.responseType, value, prefix);
    return errors.length ? { ok: false, errors } : { ok: true, value };
  };

  return { validateCallback, validatePayload, validateApiResponse, sourceOf, undocumentedFields };
}
