import { cmp } from '../shared/diagnostic.js';
import type { CallbackEvent, Field, Lang, Model, TypeRef } from '../model/types.js';

export type ChangeKind =
  | 'field-added'
  | 'field-removed'
  | 'field-renamed'
  | 'field-retyped'
  | 'field-made-required'
  | 'field-made-optional'
  | 'field-made-nullable'
  | 'field-made-non-nullable'
  | 'enum-value-added'
  | 'enum-value-removed'
  /** The listed values stopped being the complete set (open now, or no longer listed). */
  | 'enum-opened'
  /** The listed values became the complete set (a closed list now, where there was none or an open one). */
  | 'enum-closed'
  | 'description-changed';

/** One difference between two field lists, at a dotted path (`RecordFileList[].ObjectKey`). */
export interface FieldChange {
  kind: ChangeKind;
  field: string;
  before?: string;
  after?: string;
  lang?: Lang;
  /** Why a rename was detected. */
  evidence?: string;
  /** field-added: whether the new field is required (it matters to whoever builds the object). */
  required?: boolean;
  /** enum-value-added / enum-value-removed: whether the enum is a closed set on the side that has the value. */
  closed?: boolean;
  /** Where the field is documented on the new side (or the old side for removals). */
  source?: { file: string; line: number };
}

/**
 * The one comparison engine: used by the version-vs-version findings and by `docs2ts diff`.
 * Structs are compared by shape, so a struct that changed shows up as field changes inside it.
 */
export function compareFields(before: Field[], after: Field[], beforeModel: Pick<Model, 'structs'>, afterModel: Pick<Model, 'structs'>, prefix = '', seen = new Set<string>()): FieldChange[] {
  const changes: FieldChange[] = [];
  const path = (name: string): string => (prefix ? `${prefix}.${name}` : name);
  const removed = before.filter((b) => !after.some((a) => a.name === b.name));
  const added = after.filter((a) => !before.some((b) => b.name === a.name));
  const renamed = new Map<Field, { from: Field; evidence: string }>();
  for (const a of added) {
    for (const r of removed) {
      if ([...renamed.values()].some((x) => x.from === r)) continue;
      const evidence = renameEvidence(r, a, beforeModel, afterModel);
      if (evidence) {
        renamed.set(a, { from: r, evidence });
        break;
      }
    }
  }
  const renamedFrom = new Set([...renamed.values()].map((x) => x.from));
  for (const r of removed) if (!renamedFrom.has(r)) changes.push({ kind: 'field-removed', field: path(r.name), before: describe(r.type, beforeModel), source: r.sources[0] && { file: r.sources[0].file, line: r.sources[0].line } });
  for (const a of added) {
    const rename = renamed.get(a);
    const source = a.sources[0] && { file: a.sources[0].file, line: a.sources[0].line };
    if (rename) {
      changes.push({ kind: 'field-renamed', field: path(a.name), before: rename.from.name, after: a.name, evidence: rename.evidence, source });
      // a renamed field can change more than its name (TosBucket → Bucket, and optional now)
      changes.push(...compareField(rename.from, a, beforeModel, afterModel, path(a.name), seen).filter((c) => c.kind !== 'description-changed'));
    } else changes.push({ kind: 'field-added', field: path(a.name), after: `${describe(a.type, afterModel)}${a.required ? '' : ' (optional)'}`, required: a.required, source });
  }
  for (const b of before) {
    const a = after.find((x) => x.name === b.name);
    if (a) changes.push(...compareField(b, a, beforeModel, afterModel, path(b.name), seen));
  }
  return changes;
}

function compareField(b: Field, a: Field, bm: Pick<Model, 'structs'>, am: Pick<Model, 'structs'>, path: string, seen: Set<string>): FieldChange[] {
  const out: FieldChange[] = [];
  const source = a.sources[0] && { file: a.sources[0].file, line: a.sources[0].line };
  const fieldSource = source;
  const bt = shallow(b.type, bm);
  const at = shallow(a.type, am);
  if (bt !== at) out.push({ kind: 'field-retyped', field: path, before: describe(b.type, bm), after: describe(a.type, am), source });
  else out.push(...compareNested(b.type, a.type, bm, am, path, seen));
  if (b.required && !a.required) out.push({ kind: 'field-made-optional', field: path, before: 'required', after: 'optional', source });
  if (!b.required && a.required) out.push({ kind: 'field-made-required', field: path, before: 'optional', after: 'required', source });
  if (!b.nullable && a.nullable) out.push({ kind: 'field-made-nullable', field: path, source });
  if (b.nullable && !a.nullable) out.push({ kind: 'field-made-non-nullable', field: path, source });
  const bv = (b.enum?.values ?? []).map((v) => v.value);
  const av = (a.enum?.values ?? []).map((v) => v.value);
  if (b.enum && a.enum) {
    for (const v of av) if (!bv.includes(v)) out.push({ kind: 'enum-value-added', field: path, after: JSON.stringify(v), before: a.enum.closed ? 'closed' : 'open', closed: a.enum.closed, source });
    for (const v of bv) if (!av.includes(v)) out.push({ kind: 'enum-value-removed', field: path, before: JSON.stringify(v), closed: b.enum.closed, source });
  }
  const bClosed = Boolean(b.enum?.closed);
  const aClosed = Boolean(a.enum?.closed);
  if (bClosed !== aClosed) out.push({ kind: aClosed ? 'enum-closed' : 'enum-opened', field: path, before: enumSet(b), after: enumSet(a), source });
  for (const lang of ['en', 'zh'] as const) {
    // a description change points at that language's page
    const langSource = a.sources.find((s) => s.lang === lang) ?? b.sources.find((s) => s.lang === lang);
    const source = langSource ? { file: langSource.file, line: langSource.line } : fieldSource;
    const d0 = b.description[lang];
    const d1 = a.description[lang];
    if (d0 !== undefined && d1 !== undefined && d0 !== d1) out.push({ kind: 'description-changed', field: path, before: d0, after: d1, lang, source });
    // one language's page dropped (or gained) the field while the other still documents it
    const was = Boolean(b.perLang?.[lang]);
    const is = Boolean(a.perLang?.[lang]);
    if (b.perLang && a.perLang && was !== is) out.push({ kind: 'description-changed', field: path, before: was ? d0 ?? 'documented' : `(not in the ${lang} page)`, after: is ? d1 ?? 'documented' : `(no longer in the ${lang} page)`, lang, source });
  }
  return out;
}

function enumSet(f: Field): string {
  if (!f.enum) return 'no values listed';
  return `${f.enum.closed ? 'closed' : 'open'}: ${f.enum.values.map((v) => JSON.stringify(v.value)).join(', ')}`;
}

/** Inside arrays, refs and inline objects: the struct's fields compared by shape. */
function compareNested(b: TypeRef, a: TypeRef, bm: Pick<Model, 'structs'>, am: Pick<Model, 'structs'>, path: string, seen: Set<string>): FieldChange[] {
  if (b.kind === 'array' && a.kind === 'array') return compareNested(b.items, a.items, bm, am, `${path}[]`, seen);
  const bf = fieldsOf(b, bm);
  const af = fieldsOf(a, am);
  if (!bf || !af) return [];
  const key = `${b.kind === 'ref' ? b.struct : path}|${a.kind === 'ref' ? a.struct : path}`;
  if (seen.has(key)) return [];
  return compareFields(bf, af, bm, am, path, new Set([...seen, key]));
}

function fieldsOf(t: TypeRef, m: Pick<Model, 'structs'>): Field[] | undefined {
  if (t.kind === 'ref') return m.structs[t.struct]?.fields;
  if (t.kind === 'object') return t.fields;
  return undefined;
}

/** The type without looking into structs: `array<ref>` stays comparable across struct ids. */
function shallow(t: TypeRef, m: Pick<Model, 'structs'>): string {
  switch (t.kind) {
    case 'array':
      return `${shallow(t.items, m)}[]`;
    case 'ref':
    case 'object':
      return 'object';
    case 'integer':
      return 'integer';
    case 'union':
      return t.types.map((u) => shallow(u, m)).join('|');
    default:
      return t.kind;
  }
}

export function describe(t: TypeRef, m: Pick<Model, 'structs'>): string {
  switch (t.kind) {
    case 'array':
      return `${describe(t.items, m)}[]`;
    case 'ref':
      return m.structs[t.struct]?.name ?? 'object';
    case 'integer':
      return t.format ?? 'integer';
    case 'union':
      return t.types.map((u) => describe(u, m)).join(' | ');
    default:
      return t.kind;
  }
}

/** Same meaning, new name: same type and the same description, or one name contains the other. */
function renameEvidence(r: Field, a: Field, bm: Pick<Model, 'structs'>, am: Pick<Model, 'structs'>): string | undefined {
  if (shallow(r.type, bm) !== shallow(a.type, am)) return undefined;
  for (const lang of ['en', 'zh'] as const) {
    if (r.description[lang] && r.description[lang] === a.description[lang]) return `same type and the same ${lang} description`;
  }
  const x = r.name.toLowerCase();
  const y = a.name.toLowerCase();
  if (x.length >= 4 && y.length >= 4 && (x.includes(y) || y.includes(x))) return `same type, and "${a.name}" and "${r.name}" share their name`;
  return undefined;
}

/** The comparison under the name the version findings and the diff report share: one model on both sides. */
export function compareFieldSets(before: Field[], after: Field[], model: Pick<Model, 'structs'>): FieldChange[] {
  return compareFields(before, after, model, model);
}

/** Consecutive dated versions of each event: [2020-12-01, 2022-06-01], [2022-06-01, 2023-06-01], … */
export function versionPairs(model: Pick<Model, 'events'>): Array<[CallbackEvent, CallbackEvent]> {
  const groups = new Map<string, CallbackEvent[]>();
  for (const e of model.events) if (e.version) groups.set(`${e.product}/${e.eventType}`, [...(groups.get(`${e.product}/${e.eventType}`) ?? []), e]);
  const pairs: Array<[CallbackEvent, CallbackEvent]> = [];
  for (const versions of groups.values()) {
    versions.sort((a, b) => cmp(a.version!, b.version!));
    for (let i = 1; i < versions.length; i++) pairs.push([versions[i - 1], versions[i]]);
  }
  return pairs;
}
