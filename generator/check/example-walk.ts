import type { CallbackEvent, Example, Field, Model, TypeRef } from '../model/types.js';
import { apiPlace, eventPlace, type Place } from './rules/where.js';
import { lineOfJsonPath, type JsonPath } from './json-position.js';
import { pathValue } from '../model/examples.js';

/** A value found in an example at a documented (or undocumented) place. */
export interface ExampleVisit {
  /** Dotted path with `[]` for arrays: `Data[].SampleRate`. */
  path: string;
  /** Keys and array indexes from the root of the example text, to find the value's line. */
  jsonPath: JsonPath;
  /** The documented field; absent for a key the docs do not list. */
  field?: Field;
  value: unknown;
  present: boolean;
}

/** Every example with a usable value, with the fields it should show and where it belongs. */
export interface ExampleSubject {
  place: Place;
  fields: Field[];
  example: Example;
  payload: unknown;
  /** Where the payload sits in the example text: `[]`, `['EventData']` or `['Response']`. */
  payloadPath: JsonPath;
  /** The value was read from the best-effort repair of invalid JSON. */
  repaired: boolean;
}

export interface SubjectOptions {
  /**
   * Also walk examples that are not valid JSON, through their repair (trailing commas,
   * full-width punctuation): a key the table lacks is still a key the table lacks.
   */
  repaired?: boolean;
}

export function exampleSubjects(model: Model, options: SubjectOptions = {}): ExampleSubject[] {
  const out: ExampleSubject[] = [];
  const valueOf = (example: Example): { value: unknown; repaired: boolean } | undefined => {
    if (example.value !== undefined) return { value: example.value, repaired: false };
    if (options.repaired && example.repaired !== undefined) return { value: example.repaired, repaired: true };
    return undefined;
  };
  for (const e of model.events) {
    for (const example of e.examples) {
      const read = valueOf(example);
      if (!read) continue;
      const { payload, payloadPath } = eventPayload(model, e, example, read.value);
      out.push({ place: eventPlace(e), fields: e.fields, example, payload, payloadPath, repaired: read.repaired });
    }
  }
  for (const a of model.apis) {
    for (const example of a.examples) {
      // request examples are query strings on these pages; responses are the JSON the types describe
      if (example.kind !== 'response') continue;
      const read = valueOf(example);
      if (!read) continue;
      const wrapped = a.responseWrapper !== undefined && isObject(read.value) && a.responseWrapper in read.value;
      out.push({
        place: apiPlace(a),
        fields: a.output,
        example,
        payload: wrapped ? (read.value as Record<string, unknown>)[a.responseWrapper!] : read.value,
        payloadPath: wrapped ? [a.responseWrapper!] : [],
        repaired: read.repaired,
      });
    }
  }
  return out;
}

/** The payload an example shows, with the product's envelope peeled off. */
function eventPayload(model: Model, event: CallbackEvent, example: Example, value: unknown): { payload: unknown; payloadPath: JsonPath } {
  const env = event.envelope ? model.envelopes[event.envelope] : undefined;
  if (example.payloadPath) return { payload: pathValue(value, example.payloadPath), payloadPath: example.payloadPath };
  if (example.kind === 'envelope' && env && isObject(value) && env.payloadField in value) return { payload: value[env.payloadField], payloadPath: [env.payloadField] };
  return { payload: value, payloadPath: [] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The examples of one model and what walking each one visits, made once and shared by every
 * rule of a check run: five rules read the same walks, and the walk is the costliest part of
 * the check on a large corpus. Nothing outlives the run that made it.
 */
export class ExampleWalks {
  private all?: ExampleSubject[];
  private readonly visits = new Map<ExampleSubject, ExampleVisit[]>();

  constructor(private readonly model: Model) {}

  /** As exampleSubjects: with `repaired`, also the examples read through their JSON repair. */
  subjects(options: SubjectOptions = {}): ExampleSubject[] {
    this.all ??= exampleSubjects(this.model, { repaired: true });
    return options.repaired ? this.all : this.all.filter((s) => !s.repaired);
  }

  /** What walkExample visits in the subject's payload, in the same order. */
  visitsOf(subject: ExampleSubject): ExampleVisit[] {
    let list = this.visits.get(subject);
    if (!list) {
      const made: ExampleVisit[] = [];
      walkExample(this.model, subject.fields, subject.payload, (v) => made.push(v));
      this.visits.set(subject, (list = made));
    }
    return list;
  }
}

/**
 * Walks an example payload along the documented fields: every documented field (present or
 * not) and every key the docs do not list. Arrays are walked item by item, so a path is
 * visited once per item; the JSON path keeps the index.
 */
export function walkExample(model: Model, fields: Field[], value: unknown, visit: (v: ExampleVisit) => void, path = '', jsonPath: JsonPath = []): void {
  if (!isObject(value)) return;
  const documented = new Set(fields.map((f) => f.name));
  for (const field of fields) {
    const present = Object.prototype.hasOwnProperty.call(value, field.name);
    const p = path ? `${path}.${field.name}` : field.name;
    const at = [...jsonPath, field.name];
    visit({ path: p, jsonPath: at, field, value: value[field.name], present });
    if (present) descend(model, field.type, value[field.name], visit, p, at);
  }
  for (const key of Object.keys(value)) {
    if (!documented.has(key)) visit({ path: path ? `${path}.${key}` : key, jsonPath: [...jsonPath, key], value: value[key], present: true });
  }
}

function descend(model: Model, type: TypeRef, value: unknown, visit: (v: ExampleVisit) => void, path: string, jsonPath: JsonPath): void {
  if (type.kind === 'array' && Array.isArray(value)) {
    value.forEach((item, i) => descend(model, type.items, item, visit, `${path}[]`, [...jsonPath, i]));
  } else if (type.kind === 'ref') {
    const struct = model.structs[type.struct];
    if (struct) walkExample(model, struct.fields, value, visit, path, jsonPath);
  } else if (type.kind === 'object') {
    walkExample(model, type.fields, value, visit, path, jsonPath);
  }
}

/** Line of a visited value in the example's file. */
export function lineInExample(subject: ExampleSubject, jsonPath: JsonPath): number {
  return lineOfJsonPath(subject.example, [...subject.payloadPath, ...jsonPath]);
}

/** Where a finding about the value at `path` of an example points: its owner, the field path, and the value's own line. */
export function exampleSpot(subject: ExampleSubject, path: string, jsonPath: JsonPath): Place & { field: string; file: string; line: number; lang: Example['source']['lang'] } {
  const { place, example } = subject;
  return { ...place, field: path, file: example.source.file, line: lineInExample(subject, jsonPath), lang: example.source.lang };
}

/** Kind of a JSON value in the model's terms. */
export function valueKind(value: unknown): 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'null' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as 'string' | 'boolean' | 'object';
}

const integerRange: Record<string, [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  uint32: [0, 2 ** 32 - 1],
  uint64: [0, Number.MAX_VALUE],
};

/** Whether a value fits a documented type (without looking inside arrays and objects). */
export function fitsType(type: TypeRef, value: unknown, nullable: boolean): boolean {
  const kind = valueKind(value);
  if (kind === 'null') return nullable || type.kind === 'unknown';
  switch (type.kind) {
    case 'string':
      return kind === 'string';
    case 'integer': {
      if (kind !== 'integer') return false;
      const range = type.format ? integerRange[type.format] : undefined;
      return !range || ((value as number) >= range[0] && (value as number) <= range[1]);
    }
    case 'number':
      return kind === 'integer' || kind === 'number';
    case 'boolean':
      return kind === 'boolean';
    case 'array':
      return kind === 'array';
    case 'ref':
    case 'object':
      return kind === 'object';
    case 'union':
      return type.types.some((t) => fitsType(t, value, nullable));
    default:
      return true;
  }
}

/** A type in the words of a finding: `integer (int32)`, `array of AudioData`. */
export function describeType(type: TypeRef, model: Pick<Model, 'structs'>): string {
  switch (type.kind) {
    case 'integer':
      return type.format ? `integer (${type.format})` : 'integer';
    case 'number':
      return type.format ? `number (${type.format})` : 'number';
    case 'array':
      return `array of ${describeType(type.items, model)}`;
    case 'ref':
      return model.structs[type.struct]?.name ?? 'object';
    case 'union':
      return type.types.map((t) => describeType(t, model)).join(' or ');
    default:
      return type.kind;
  }
}

/** A JSON value in a sentence, cut short. */
export function quoteValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
