import type { EnumSpec, Field, Localized, Model, SourceRef, TypeRef } from '../model/types.js';
import { cmp } from '../shared/diagnostic.js';
import { memoPerObject } from '../shared/memo-per-object.js';
import { exportNames } from '../model/passes/names.js';

/**
 * Read-only helpers over the model that every emitter shares, so TypeScript, schemas and
 * validators agree on what each field means.
 */

/** Enum values the emitters enforce: only a closed enum whose values fit the documented type. */
export function enforcedEnum(field: Pick<Field, 'type' | 'enum'>, policy: 'closed' | 'open' = 'closed'): EnumSpec | undefined {
  const e = field.enum;
  if (!e || !e.closed || policy === 'open') return undefined;
  const t = field.type.kind;
  const fits = e.values.every((v) => (t === 'string' ? typeof v.value === 'string' : (t === 'integer' || t === 'number') && typeof v.value === 'number'));
  return fits ? e : undefined;
}

export function is64Bit(type: TypeRef): boolean {
  return type.kind === 'integer' && (type.format === 'int64' || type.format === 'uint64');
}

/** Descriptions in both languages, English first. */
export function bilingual(text: Localized): string[] {
  return (['en', 'zh'] as const).map((l) => text[l]).filter((t): t is string => Boolean(t && t.trim()));
}

/** Events grouped by event type, versions in date order: the naming pass groups them the same way. */
export { versionGroups } from '../model/passes/names.js';

export function sourceText(field: Pick<Field, 'sources'>): string {
  return field.sources.map((s) => `${s.file}:${s.line}`).join(', ');
}

/**
 * A doc reference that survives edits elsewhere on the page: the file and the section a line
 * belongs to (`docs-src/rtc/zh/callbacks.md#userjoinroom`), never a line number. Generated code
 * and schemas cite these, so a row added near the top of a page changes only what it documents;
 * exact lines live in model.json and sources.json.
 */
export interface DocReferences {
  /** `section`: the anchor of the section that documents the owner, when the caller knows it. */
  ref(source: Pick<SourceRef, 'file' | 'line'>, section?: string): string;
  /** Several sources as one text, each reference once, in source order. */
  text(sources: Array<Pick<SourceRef, 'file' | 'line'>>, section?: string): string;
  /** The section anchor of each exported object type (inline objects take their owner's). */
  sectionOf(typeName: string): string | undefined;
}

/** The anchor of the last section starting at or before `line` (of equal starts, the last in order); a binary search, since pages can have thousands of sections. */
function sectionAt(list: Array<{ line: number; anchor: string }>, line: number): string | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1].anchor : undefined;
}

export const docReferences: (model: Model) => DocReferences = memoPerObject(buildDocReferences);

function buildDocReferences(model: Model): DocReferences {
  // every section the model knows, by file: where it starts and its anchor
  const sections = new Map<string, Array<{ line: number; anchor: string }>>();
  const add = (sources: SourceRef[], anchor: string): void => {
    for (const s of sources) {
      const list = sections.get(s.file);
      if (list) list.push({ line: s.line, anchor });
      else sections.set(s.file, [{ line: s.line, anchor }]);
    }
  };
  for (const e of model.events) add(e.sources, sectionSlug(e.eventType));
  for (const s of Object.values(model.structs)) add(s.sources, s.anchors[0] ?? sectionSlug(s.name));
  for (const a of model.apis) add(a.sources, sectionSlug(a.action));
  const anchorsByFile = new Map<string, Set<string>>();
  for (const [file, list] of sections) {
    list.sort((a, b) => a.line - b.line || cmp(a.anchor, b.anchor));
    anchorsByFile.set(file, new Set(list.map((s) => s.anchor)));
  }
  const ref = (source: Pick<SourceRef, 'file' | 'line'>, section?: string): string => {
    // the owner's section when it is documented in this file, else the section the line falls in
    const anchor = section && anchorsByFile.get(source.file)?.has(section) ? section : sectionAt(sections.get(source.file) ?? [], source.line);
    return anchor ? `${source.file}#${anchor}` : source.file;
  };
  const owners = ownerSections(model);
  return { ref, text: (sources, section) => [...new Set(sources.map((s) => ref(s, section)))].join(', '), sectionOf: (typeName) => owners.get(typeName) };
}

/** Exported object type → the anchor of the section that documents it (inline objects: their owner's). */
function ownerSections(model: Model): Map<string, string> {
  const names = exportNames(model);
  const out = new Map<string, string>();
  const own = (typeName: string | undefined, fields: Field[], anchor: string): void => {
    if (!typeName || out.has(typeName)) return;
    out.set(typeName, anchor);
    for (const f of fields) {
      let t = f.type;
      while (t.kind === 'array') t = t.items;
      if (t.kind === 'object') own(names.inline(t), t.fields, anchor);
    }
  };
  for (const e of model.events) {
    own(names.event(e), e.fields, sectionSlug(e.eventType));
    if (e.reply) own(names.reply(e), e.reply.fields, sectionSlug(e.eventType));
  }
  for (const s of Object.values(model.structs)) own(names.struct(s.id), s.fields, s.anchors[0] ?? sectionSlug(s.name));
  for (const a of model.apis) {
    own(names.request(a), a.input, sectionSlug(a.action));
    own(names.response(a), a.output, sectionSlug(a.action));
  }
  return out;
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces as `-`; letters of any script kept. */
export function sectionSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
