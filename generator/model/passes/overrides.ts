import { compareDiagnostics, type Diagnostic } from '../../shared/diagnostic.js';
import { stageDiagnostic } from '../../shared/stage-diagnostics.js';
import { parseTypeSpelling } from '../type-spelling.js';
import type { AppliedOverride, CallbackEvent, Field, Model, OverrideFacts, SourceRef, Struct, TypeRef } from '../types.js';

/** What an entry sets on a field, or the field it adds: a type as the docs would spell it (`string|number`, `Integer`, a struct name). */
export interface OverrideFieldSpec {
  type?: string;
  required?: boolean;
  nullable?: boolean;
  enum?: Array<string | number>;
  description?: string;
}

/** One entry of `docs-src/overrides.json`: a local correction of a wrong doc, with its reason and place. */
export interface OverrideEntry {
  product: string;
  event: string;
  /** The dated version it targets; every version of the event when absent. */
  version?: string;
  /** Dot path from the payload: `RoomId`, `Info.RoomId`, `Items[].Id`. */
  path: string;
  set?: OverrideFieldSpec;
  add?: OverrideFieldSpec & { type: string };
  remove?: true;
  reason: string;
  file: string;
  line: number;
}

export interface OverridesResult {
  model: Model;
  findings: Diagnostic[];
}

/** One step of a path: a field name, and whether it steps into the items of an array (`Items[]`). */
interface PathStep {
  name: string;
  items: boolean;
}

export function parsePath(path: string): PathStep[] {
  return path.split('.').map((part) => (part.endsWith('[]') ? { name: part.slice(0, -2), items: true } : { name: part, items: false }));
}

/**
 * The list of fields a path ends in, and where it sits. A struct shared by several targeted
 * versions is reached once per version: the first changes it, the others find it changed.
 */
interface Container {
  key: string;
  fields: Field[];
  section: SourceRef | undefined;
}

/**
 * Applies the project's overrides to the model, after every other pass: pure, the model given is
 * never changed. Each entry that changes a field is recorded twice — on the field (`override`,
 * with the documented facts) and in `model.overrides` — and is an info finding on the doc line it
 * contradicts; an entry that changes nothing (the docs now agree) is a warning; one whose product,
 * event, version or path does not exist is an error.
 */
export function applyOverrides(model: Model, entries: readonly OverrideEntry[]): OverridesResult {
  if (entries.length === 0) return { model, findings: [] };
  const events: CallbackEvent[] = structuredClone(model.events);
  const structs: Record<string, Struct> = structuredClone(model.structs);
  const findings: Diagnostic[] = [];
  const applied: AppliedOverride[] = [...(model.overrides ?? [])];
  const at = (e: OverrideEntry): string => `${e.file}:${e.line}`;
  for (const entry of entries) {
    const where = { product: entry.product, event: entry.event, ...(entry.version ? { version: entry.version } : {}), field: entry.path };
    const missing = (why: string): void => {
      findings.push(stageDiagnostic({ code: 'override-target-missing', message: `The override of ${entry.product} ${entry.event}${entry.version ? ` ${entry.version}` : ''} ${entry.path} targets nothing: ${why}.`, file: entry.file, line: entry.line, ...where }));
    };
    if (!model.documents.some((d) => d.product === entry.product) && !events.some((e) => e.product === entry.product)) {
      missing(`no page documents product ${entry.product}`);
      continue;
    }
    const ofEvent = events.filter((e) => e.product === entry.product && e.eventType === entry.event);
    if (ofEvent.length === 0) {
      missing(`product ${entry.product} has no event ${entry.event}`);
      continue;
    }
    const targets = entry.version === undefined ? ofEvent : ofEvent.filter((e) => e.version === entry.version);
    if (targets.length === 0) {
      missing(`event ${entry.event} has no version ${entry.version} (documented: ${ofEvent.map((e) => e.version ?? 'undated').join(', ')})`);
      continue;
    }
    const steps = parsePath(entry.path);
    const last = steps[steps.length - 1];
    let changed = 0;
    let lastMissing: string | undefined;
    const unchanged: string[] = [];
    for (const event of targets) {
      const found = containerOf(event, steps.slice(0, -1), structs);
      if (typeof found === 'string') {
        lastMissing = found;
        continue;
      }
      const shared = sharedNote(found.key, structs);
      const index = found.fields.findIndex((f) => f.name === last.name);
      const current = index >= 0 ? found.fields[index] : undefined;
      if (entry.remove) {
        if (!current) {
          unchanged.push(`the docs no longer list ${entry.path}`);
          continue;
        }
        found.fields.splice(index, 1);
        const documented = current.override?.documented ?? factsOf(current);
        applied.push(record(entry, event, 'remove', documented, null, current.sources[0]));
        findings.push(appliedFinding(entry, event, current.sources[0] ?? found.section, `removed (docs list it as ${typeWords(documented.type, structs)})${shared}`));
        changed++;
        continue;
      }
      const spec = entry.set ?? entry.add!;
      const type = spec.type === undefined ? undefined : resolveType(spec.type, entry.product, structs);
      if (type === null) {
        missing(`the type ${JSON.stringify(spec.type)} names no struct of ${entry.product}`);
        changed = -1;
        break;
      }
      if (!current) {
        if (entry.set) {
          lastMissing = `${describeContainer(event, steps)} has no field ${last.name}`;
          continue;
        }
        const added: Field = {
          name: last.name,
          type: type!,
          typeSpelling: spec.type,
          typeSource: 'documented',
          required: spec.required ?? false,
          requiredReason: `added locally: ${entry.reason}`,
          nullable: spec.nullable ?? false,
          description: spec.description ? { en: spec.description } : {},
          ...(spec.enum ? { enum: { values: spec.enum.map((value) => ({ value })), closed: true, source: 'override' as const, line: entry.line } } : {}),
          sources: found.section ? [found.section] : [],
          override: { reason: entry.reason, source: { file: entry.file, line: entry.line }, documented: null },
        };
        found.fields.push(added);
        applied.push(record(entry, event, 'add', null, factsOf(added), found.section));
        findings.push(appliedFinding(entry, event, found.section, `added as ${typeWords(added.type, structs)} (the docs do not list it)${shared}`));
        changed++;
        continue;
      }
      const next = withSpec(current, spec, type, entry);
      const before = current.override?.documented ?? factsOf(current);
      const differences = differencesOf(factsOf(current), factsOf(next), structs);
      if (differences.length === 0) {
        unchanged.push(`the docs now say ${factWords(factsOf(current), structs)}`);
        continue;
      }
      found.fields[index] = { ...next, override: { reason: entry.reason, source: { file: entry.file, line: entry.line }, documented: before } };
      applied.push(record(entry, event, entry.set ? 'set' : 'add', before, factsOf(next), current.sources[0]));
      findings.push(appliedFinding(entry, event, current.sources[0] ?? found.section, `${differences.join(', ')}${shared}`));
      changed++;
    }
    if (changed > 0 || changed < 0) continue;
    if (unchanged.length > 0) {
      findings.push(stageDiagnostic({ code: 'override-obsolete', message: `The override of ${entry.product} ${entry.event} ${entry.path} at ${at(entry)} changes nothing: ${unchanged[0]}. Remove it.`, file: entry.file, line: entry.line, ...where }));
    } else missing(lastMissing ?? `the path ${entry.path} reaches no field`);
  }
  const next: Model = { ...model, events, structs, diagnostics: [...model.diagnostics, ...findings].sort(compareDiagnostics) };
  if (applied.length) next.overrides = applied;
  return { model: next, findings: findings.sort(compareDiagnostics) };
}

/** The field list at the end of `steps` (all but the last step of the path), or why there is none. */
function containerOf(event: CallbackEvent, steps: PathStep[], structs: Record<string, Struct>): Container | string {
  let fields = event.fields;
  let key = `event:${event.id}`;
  let section: SourceRef | undefined = event.sources[0];
  let walked = '';
  for (const step of steps) {
    const f = fields.find((x) => x.name === step.name);
    walked = walked ? `${walked}.${step.name}` : step.name;
    if (!f) return `${walked.includes('.') ? walked.slice(0, walked.lastIndexOf('.')) : `the payload of ${event.eventType}`} has no field ${step.name}`;
    let type = f.type;
    if (type.kind === 'array') {
      if (!step.items) return `${walked} is an array: write ${walked}[] to reach its items`;
      type = type.items;
    } else if (step.items) return `${walked} is not an array`;
    if (type.kind === 'object') {
      fields = type.fields;
      key = `${key}/${step.name}`;
      section = f.sources[0] ?? section;
    } else if (type.kind === 'ref' && structs[type.struct]) {
      fields = structs[type.struct].fields;
      key = `struct:${type.struct}`;
      section = structs[type.struct].sources[0] ?? section;
    } else return `${walked} is of type ${type.kind}, not an object with fields`;
    if (step.items) walked += '[]';
  }
  return { key, fields, section };
}

/** A struct is one definition for every event that uses it: an override inside it changes them all, and says so. */
function sharedNote(key: string, structs: Record<string, Struct>): string {
  if (!key.startsWith('struct:')) return '';
  const struct = structs[key.slice('struct:'.length)];
  return struct && struct.usedBy.length > 1 ? ` (in struct ${struct.name}, shared by ${struct.usedBy.join(', ')})` : '';
}

function describeContainer(event: CallbackEvent, steps: PathStep[]): string {
  return steps.length > 1 ? steps.slice(0, -1).map((s) => s.name + (s.items ? '[]' : '')).join('.') : `the payload of ${event.eventType}`;
}

/** A type as the entry spells it, structs named as in the product's docs; null when a named struct does not exist. */
export function resolveType(spelling: string, product: string, structs: Record<string, Struct>): TypeRef | null | undefined {
  const spelled = parseTypeSpelling({ text: spelling, links: [] });
  if (!spelled.ok) return undefined;
  const resolve = (t: TypeRef): TypeRef | null => {
    if (t.kind === 'array') {
      const items = resolve(t.items);
      return items && { kind: 'array', items };
    }
    if (t.kind === 'union') {
      const types = t.types.map(resolve);
      return types.every((x): x is TypeRef => x !== null) ? { kind: 'union', types } : null;
    }
    if (t.kind === 'ref' && t.struct.startsWith('name:')) {
      const name = t.struct.slice('name:'.length);
      const ids = Object.keys(structs).filter((id) => structs[id].product === product && structs[id].name === name).sort();
      return ids.length ? { kind: 'ref', struct: ids[0] } : null;
    }
    return t;
  };
  return resolve(spelled.type);
}

/** Whether a spelling is one the model reads (checked when the file is read: an unknown spelling is a malformed entry). */
export function isKnownTypeSpelling(spelling: string): boolean {
  const spelled = parseTypeSpelling({ text: spelling, links: [] });
  return spelled.ok && !JSON.stringify(spelled.type).includes('"anchor:');
}

function withSpec(field: Field, spec: OverrideFieldSpec, type: TypeRef | undefined, entry: OverrideEntry): Field {
  const next: Field = { ...field };
  if (type !== undefined) {
    next.type = type;
    next.typeSpelling = spec.type;
  }
  if (spec.required !== undefined && spec.required !== field.required) {
    next.required = spec.required;
    next.requiredReason = `overridden locally: ${entry.reason}`;
  }
  if (spec.nullable !== undefined) next.nullable = spec.nullable;
  if (spec.enum !== undefined) {
    const known = new Map((field.enum?.values ?? []).map((v) => [v.value, v]));
    next.enum = { values: spec.enum.map((value) => known.get(value) ?? { value }), closed: true, source: 'override', line: entry.line };
  }
  if (spec.description !== undefined) next.description = { ...field.description, en: spec.description };
  return next;
}

function factsOf(field: Field): OverrideFacts {
  return { type: field.type, ...(field.typeSpelling ? { typeSpelling: field.typeSpelling } : {}), required: field.required, nullable: field.nullable, ...(field.enum ? { enumValues: field.enum.values.map((v) => v.value), enumClosed: field.enum.closed } : {}) };
}

/** What the override changes, in words: `type integer → string or number`, `required → optional`. */
function differencesOf(a: OverrideFacts, b: OverrideFacts, structs: Record<string, Struct>): string[] {
  const out: string[] = [];
  if (JSON.stringify(a.type) !== JSON.stringify(b.type)) out.push(`type ${typeWords(a.type, structs)} → ${typeWords(b.type, structs)}`);
  if (a.required !== b.required) out.push(a.required ? 'required → optional' : 'optional → required');
  if (a.nullable !== b.nullable) out.push(a.nullable ? 'nullable → not nullable' : 'not nullable → nullable');
  const values = (f: OverrideFacts): string => (f.enumValues ? `${f.enumClosed ? '' : 'open '}[${f.enumValues.map((v) => JSON.stringify(v)).join(', ')}]` : 'no values');
  if (values(a) !== values(b)) out.push(`values ${values(a)} → ${values(b)}`);
  return out;
}

function factWords(f: OverrideFacts, structs: Record<string, Struct>): string {
  return `${typeWords(f.type, structs)}, ${f.required ? 'required' : 'optional'}${f.nullable ? ', nullable' : ''}${f.enumValues ? `, values [${f.enumValues.map((v) => JSON.stringify(v)).join(', ')}]` : ''}`;
}

/** A type in the words of a finding: `integer (int64)`, `array of RecordFile`, `string or number`. */
export function typeWords(type: TypeRef, structs: Record<string, Struct>): string {
  switch (type.kind) {
    case 'integer':
    case 'number':
      return type.format ? `${type.kind} (${type.format})` : type.kind;
    case 'array':
      return `array of ${typeWords(type.items, structs)}`;
    case 'ref':
      return structs[type.struct]?.name ?? 'object';
    case 'union':
      return type.types.map((t) => typeWords(t, structs)).join(' or ');
    default:
      return type.kind;
  }
}

function record(entry: OverrideEntry, event: CallbackEvent, action: AppliedOverride['action'], documented: OverrideFacts | null, overridden: OverrideFacts | null, doc: SourceRef | undefined): AppliedOverride {
  return {
    product: entry.product,
    event: entry.event,
    version: event.version,
    path: entry.path,
    action,
    reason: entry.reason,
    source: { file: entry.file, line: entry.line },
    documented,
    overridden,
    contradicts: doc ? { file: doc.file, line: doc.line } : null,
  };
}

function appliedFinding(entry: OverrideEntry, event: CallbackEvent, doc: SourceRef | undefined, what: string): Diagnostic {
  const place = doc ?? { file: entry.file, line: entry.line };
  return stageDiagnostic({
    code: 'override-applied',
    message: `${entry.path} of ${entry.product} ${entry.event}${event.version ? ` ${event.version}` : ''} is overridden locally by ${entry.file}:${entry.line}, against ${place.file}:${place.line}: ${what}. Reason: ${entry.reason}`,
    file: place.file,
    line: place.line,
    product: entry.product,
    event: entry.event,
    ...(event.version ? { version: event.version } : {}),
    field: entry.path,
  });
}
