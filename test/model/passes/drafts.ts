import type { DocUnit } from '../../../generator/model/index.js';
import type { DocDraft, EventDraft, StructDraft } from '../../../generator/model/draft.js';
import type { Field, TypeRef } from '../../../generator/model/types.js';
import type { Lang } from '../../../generator/shared/diagnostic.js';

/** Hand-built drafts, as a page's builder would hand them to the passes: only what a test reads. */

export const file = (lang: Lang, page = 'page'): string => `docs-src/p/${lang}/${page}.md`;

export function draftField(name: string, type: TypeRef, lang: Lang, extra: Partial<Field> = {}): Field {
  return { name, type, typeSource: 'documented', required: true, requiredReason: `required (${lang})`, nullable: false, description: { [lang]: `${name} (${lang})` }, sources: [{ file: file(lang), line: 10, lang }], ...extra };
}

export function eventDraft(eventType: string, lang: Lang, fields: Field[], extra: Partial<EventDraft> = {}): EventDraft {
  return { product: 'p', eventType, version: null, lang, title: `${eventType} ${lang}`, fields, examples: [], source: { file: file(lang), line: 1, lang }, ...extra };
}

export function structDraft(name: string, lang: Lang, line: number, fields: Field[], extra: Partial<StructDraft> = {}): StructDraft {
  return { key: `${file(lang)}#${line}`, product: 'p', name, anchors: [name.toLowerCase()], fields, source: { file: file(lang), line, lang }, ...extra };
}

export function unit(lang: Lang, parts: Partial<DocDraft>, page = 'page'): DocUnit {
  const f = file(lang, page);
  return {
    source: { file: f, product: 'p', lang, format: 'markdown', detected: { lang: false, format: false, product: false }, hash: `hash-${f}` },
    diagnostics: [],
    draft: { file: f, product: 'p', lang, events: [], structs: [], apis: [], catalogue: [], diagnostics: [], ...parts },
  };
}

/** Freezes a value and everything it holds: a pass that writes into its input then throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

export const t = {
  string: { kind: 'string' } as TypeRef,
  integer: { kind: 'integer' } as TypeRef,
  ref: (struct: string): TypeRef => ({ kind: 'ref', struct }),
  array: (items: TypeRef): TypeRef => ({ kind: 'array', items }),
  object: (fields: Field[]): TypeRef => ({ kind: 'object', fields }),
};
