import type { CallbackEvent, Example, Field, Model, TypeRef } from '../model/types.js';

/** A value found in an example at a documented (or undocumented) place. */
export interface ExampleVisit {
  /** Dotted path with `[]` for arrays: `Data[].SampleRate`. */
  path: string;
  /** JSON keys from the payload root, for locating the line in the raw text. */
  keys: string[];
  field?: Field;
  value: unknown;
  present: boolean;
}

/** Every example with a parsed value, with the fields it should show and where it belongs. */
export interface ExampleSubject {
  place: { product: string; event: string; version?: string };
  fields: Field[];
  example: Example;
  payload: unknown;
}

export function exampleSubjects(model: Model): ExampleSubject[] {
  const out: ExampleSubject[] = [];
  for (const e of model.events) {
    for (const example of e.examples) {
      if (example.value === undefined) continue;
      out.push({ place: { product: e.product, event: e.eventType, ...(e.version ? { version: e.version } : {}) }, fields: e.fields, example, payload: examplePayload(model, e, example) });
    }
  }
  for (const a of model.apis) {
    for (const example of a.examples) {
      if (example.value === undefined || example.kind !== 'response') continue;
      const v = example.value as Record<string, unknown> | null;
      const payload = a.responseWrapper && v && typeof v === 'object' ? v[a.responseWrapper] : example.value;
      out.push({ place: { product: a.product, event: a.action }, fields: a.output, example, payload });
    }
  }
  return out;
}

/** The payload an example shows, with the event's envelope peeled off. */
export function examplePayload(model: Model, event: CallbackEvent, example: Example): unknown {
  const env = event.envelope ? model.envelopes[event.envelope] : undefined;
  if (example.kind === 'envelope' && env && example.value && typeof example.value === 'object') return (example.value as Record<string, unknown>)[env.payloadField];
  return example.value;
}

/**
 * Walks an example payload along the documented fields: every documented field (present or
 * not) and every key the docs do not list. Arrays are walked item by item; a path is visited
 * once per item.
 */
export function walkExample(model: Model, fields: Field[], value: unknown, visit: (v: ExampleVisit) => void, path = '', keys: string[] = []): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const obj = value as Record<string, unknown>;
  for (const field of fields) {
    const present = Object.prototype.hasOwnProperty.call(obj, field.name);
    const p = path ? `${path}.${field.name}` : field.name;
    visit({ path: p, keys: [...keys, field.name], field, value: obj[field.name], present });
    if (present) descend(model, field.type, obj[field.name], visit, p, [...keys, field.name]);
  }
  for (const key of Object.keys(obj)) {
    if (!fields.some((f) => f.name === key)) visit({ path: path ? `${path}.${key}` : key, keys: [...keys, key], value: obj[key], present: true });
  }
}

function descend(model: Model, type: TypeRef, value: unknown, visit: (v: ExampleVisit) => void, path: string, keys: string[]): void {
  if (type.kind === 'array' && Array.isArray(value)) {
    for (const item of value) descend(model, type.items, item, visit, `${path}[]`, keys);
  } else if (type.kind === 'ref') {
    const struct = model.structs[type.struct];
    if (struct) walkExample(model, struct.fields, value, visit, path, keys);
  } else if (type.kind === 'object') {
    walkExample(model, type.fields, value, visit, path, keys);
  }
}

/** Kind of a JSON value in the model's terms. */
export function valueKind(value: unknown): 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'null' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as 'string' | 'boolean' | 'object';
}

/** Whether a value fits a documented type (without looking inside arrays and objects). */
export function fitsType(type: TypeRef, value: unknown, nullable: boolean): boolean {
  const kind = valueKind(value);
  if (kind === 'null') return nullable || type.kind === 'unknown';
  switch (type.kind) {
    case 'string':
      return kind === 'string';
    case 'integer':
      return kind === 'integer';
    case 'number':
      return kind === 'integer' || kind === 'number';
    case 'boolean':
      return kind === 'boolean';
    case 'array':
      return kind === 'array';
    case 'ref':
    case 'object':
      return kind === 'object';
    default:
      return true;
  }
}

/** Line of a key inside an example's raw text: follows the keys in order, so nested keys land right. */
export function lineOfKeys(example: Example, keys: string[]): number {
  const lines = example.raw.split('\n');
  let from = 0;
  for (const key of keys) {
    const needle = `"${key}"`;
    const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
    if (i < 0) break;
    from = i;
  }
  return example.source.line + from;
}

export function describeType(type: TypeRef, model: Model): string {
  switch (type.kind) {
    case 'integer':
      return type.format ? `integer (${type.format})` : 'integer';
    case 'array':
      return `array of ${describeType(type.items, model)}`;
    case 'ref':
      return model.structs[type.struct]?.name ?? 'struct';
    default:
      return type.kind;
  }
}
