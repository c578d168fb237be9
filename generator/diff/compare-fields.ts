import { cmp } from '../shared/diagnostic.js';
import type { CallbackEvent, Field, Lang, Model, TypeRef } from '../model/types.js';
import { pushTo } from '../shared/push-to.js';

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
  /** Where the field was documented on the old side (absent for additions). */
  oldSource?: { file: string; line: number };
}

type Place = { file: string; line: number };
const placeOf = (f: Field, lang?: Lang): Place | undefined => {
  const s = (lang && f.sources.find((x) => x.lang === lang)) || f.sources[0];
  return s && { file: s.file, line: s.line };
};

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
  for (const r of removed) if (!renamedFrom.has(r)) changes.push({ kind: 'field-removed', field: path(r.name), before: describe(r.type, beforeModel), source: placeOf(r), oldSource: placeOf(r) });
  for (const a of added) {
    const rename = renamed.get(a);
    const source = a.sources[0] && { file: a.sources[0].file, line: a.sources[0].line };
    if (rename) {
      changes.push({ kind: 'field-renamed', field: path(a.name), before: rename.from.name, after: a.name, evidence: rename.evidence, source, oldSource: placeOf(rename.from) });
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
  const source = placeOf(a);
  const oldSource = placeOf(b);
  const fieldSource = source;
  const bt = shallow(b.type, bm);
  const at = shallow(a.type, am);
  if (bt !== at) out.push({ kind: 'field-retyped', field: path, before: describe(b.type, bm), after: describe(a.type, am), source, oldSource });
  else out.push(...compareNested(b.type, a.type, bm, am, path, seen));
  if (b.required && !a.required) out.push({ kind: 'field-made-optional', field: path, before: 'required', after: 'optional', source, oldSource });
  if (!b.required && a.required) out.push({ kind: 'field-made-required', field: path, before: 'optional', after: 'required', source, oldSource });
  if (!b.nullable && a.nullable) out.push({ kind: 'field-made-nullable', field: path, source, oldSource });
  if (b.nullable && !a.nullable) out.push({ kind: 'field-made-non-nullable', field: path, source, oldSource });
  if (b.enum && a.enum) {
    const bv = b.enum.values.map((v) => v.value);
    const av = a.enum.values.map((v) => v.value);
    for (const v of av) if (!bv.includes(v)) out.push({ kind: 'enum-value-added', field: path, after: JSON.stringify(v), before: a.enum.closed ? 'closed' : 'open', closed: a.enum.closed, source, oldSource });
    for (const v of bv) if (!av.includes(v)) out.push({ kind: 'enum-value-removed', field: path, before: JSON.stringify(v), closed: b.enum.closed, source, oldSource });
  }
  const bClosed = Boolean(b.enum?.closed);
  const aClosed = Boolean(a.enum?.closed);
  if (bClosed !== aClosed) out.push({ kind: aClosed ? 'enum-closed' : 'enum-opened', field: path, before: enumSet(b), after: enumSet(a), source, oldSource });
  for (const lang of ['en', 'zh'] as const) {
    // a description change points at that language's page
    const langSource = a.sources.find((s) => s.lang === lang) ?? b.sources.find((s) => s.lang === lang);
    const source = langSource ? { file: langSource.file, line: langSource.line } : fieldSource;
    const oldLangSource = placeOf(b, lang);
    const d0 = b.description[lang];
    const d1 = a.description[lang];
    if (d0 !== undefined && d1 !== undefined && d0 !== d1) out.push({ kind: 'description-changed', field: path, before: d0, after: d1, lang, source, oldSource: oldLangSource });
    // one language's page dropped (or gained) the field while the other still documents it
    const was = Boolean(b.perLang?.[lang]);
    const is = Boolean(a.perLang?.[lang]);
    if (b.perLang && a.perLang && was !== is) out.push({ kind: 'description-changed', field: path, before: was ? d0 ?? 'documented' : `(not in the ${lang} page)`, after: is ? d1 ?? 'documented' : `(no longer in the ${lang} page)`, lang, source, oldSource: oldLangSource });
  }
  out.push(...perLangChanges(b, a, bm, am, path, out));
  return out;
}

/**
 * Each language's page is a source of truth for its readers: a retype, a required-ness or a
 * listed-values change on one page is listed with its language, unless the merged field shows
 * the same change already (the merged facts follow one page, so the other page's edit is
 * otherwise invisible).
 */
function perLangChanges(b: Field, a: Field, bm: Pick<Model, 'structs'>, am: Pick<Model, 'structs'>, path: string, merged: FieldChange[]): FieldChange[] {
  const out: FieldChange[] = [];
  const covered = (c: FieldChange): boolean => merged.some((m) => m.lang === undefined && m.kind === c.kind && (m.before ?? '') === (c.before ?? '') && (m.after ?? '') === (c.after ?? ''));
  for (const lang of ['en', 'zh'] as const) {
    const fb = b.perLang?.[lang];
    const fa = a.perLang?.[lang];
    if (!fb || !fa) continue;
    const at = { field: path, lang, source: { file: fa.file, line: fa.line }, oldSource: { file: fb.file, line: fb.line } };
    const found: FieldChange[] = [];
    if (shallow(fb.type, bm) !== shallow(fa.type, am)) found.push({ kind: 'field-retyped', before: describe(fb.type, bm), after: describe(fa.type, am), ...at });
    if (fb.required && !fa.required) found.push({ kind: 'field-made-optional', before: 'required', after: 'optional', ...at });
    if (!fb.required && fa.required) found.push({ kind: 'field-made-required', before: 'optional', after: 'required', ...at });
    if (!fb.nullable && fa.nullable) found.push({ kind: 'field-made-nullable', ...at });
    if (fb.nullable && !fa.nullable) found.push({ kind: 'field-made-non-nullable', ...at });
    if (fb.enumValues && fa.enumValues) {
      const closed = Boolean(a.enum?.closed);
      for (const v of fa.enumValues) if (!fb.enumValues.includes(v)) found.push({ kind: 'enum-value-added', after: JSON.stringify(v), before: closed ? 'closed' : 'open', closed, ...at });
      for (const v of fb.enumValues) if (!fa.enumValues.includes(v)) found.push({ kind: 'enum-value-removed', before: JSON.stringify(v), closed: Boolean(b.enum?.closed), ...at });
    }
    out.push(...found.filter((c) => !covered(c)));
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
  // the version findings speak of the merged types; one page's own changes are the diff report's
  return compareFields(before, after, model, model).filter((c) => c.lang === undefined || c.kind === 'description-changed');
}

/** Consecutive dated versions of each event: [2020-12-01, 2022-06-01], [2022-06-01, 2023-06-01], … */
export function versionPairs(model: Pick<Model, 'events'>): Array<[CallbackEvent, CallbackEvent]> {
  const groups = new Map<string, CallbackEvent[]>();
  for (const e of model.events) if (e.version) pushTo(groups, `${e.product}/${e.eventType}`, e);
  const pairs: Array<[CallbackEvent, CallbackEvent]> = [];
  for (const versions of groups.values()) {
    versions.sort((a, b) => cmp(a.version!, b.version!));
    for (let i = 1; i < versions.length; i++) pairs.push([versions[i - 1], versions[i]]);
  }
  return pairs;
}
