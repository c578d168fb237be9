import { cmp, type Diagnostic, type Lang } from '../../shared/diagnostic.js';
import type { ApiDraft, EventDraft } from '../draft.js';
import type { ApiAction, CallbackEvent, Field, FieldFacts, Localized } from '../types.js';
import { stageDiagnostic } from '../../shared/stage-diagnostics.js';

/**
 * English and Chinese pages of one event (same product, event type and version) become one
 * event with both descriptions and both sources. Where they disagree the safer reading wins
 * (documented over inferred, optional over required) and `perLang` keeps each page's facts.
 */
export function mergeEvents(drafts: EventDraft[], diagnostics: Diagnostic[]): Array<Omit<CallbackEvent, 'typeName' | 'id'>> {
  const groups = new Map<string, EventDraft[]>();
  for (const d of drafts) {
    const key = `${d.product}\u0000${d.eventType}\u0000${d.version ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const out: Array<Omit<CallbackEvent, 'typeName' | 'id'>> = [];
  for (const group of groups.values()) {
    const langs = new Set(group.map((g) => g.lang));
    const seenLang = new Map<Lang, EventDraft>();
    for (const g of group) {
      const prev = seenLang.get(g.lang);
      if (prev) {
        diagnostics.push(stageDiagnostic({ code: 'duplicate-event', message: `Event ${g.eventType}${g.version ? ` (${g.version})` : ''} is documented twice in the same language (first at ${prev.source.file}:${prev.source.line}); the fields of both are merged.`, file: g.source.file, line: g.source.line, product: g.product, event: g.eventType, ...(g.version ? { version: g.version } : {}), lang: g.lang }));
      } else seenLang.set(g.lang, g);
    }
    const multi = langs.size > 1;
    const title: Localized = {};
    const summary: Localized = {};
    const alias: Localized = {};
    for (const g of group) {
      if (g.title && !title[g.lang]) title[g.lang] = g.title;
      if (g.summary && !summary[g.lang]) summary[g.lang] = g.summary;
      if (g.alias && !alias[g.lang]) alias[g.lang] = g.alias;
    }
    const discriminator = group.find((g) => g.discriminator)?.discriminator;
    const replies = group.filter((g) => g.reply).map((g) => ({ lang: g.lang, reply: g.reply! }));
    const queries = group.filter((g) => g.query).map((g) => ({ lang: g.lang, fields: g.query! }));
    out.push({
      product: group[0].product,
      eventType: group[0].eventType,
      version: group[0].version,
      title,
      summary,
      sources: group.map((g) => g.source),
      fields: mergeFieldLists(group.map((g) => ({ fields: g.fields, lang: g.lang })), multi),
      examples: group.flatMap((g) => g.examples),
      ...(discriminator ? { discriminator } : {}),
      ...(Object.keys(alias).length ? { alias } : {}),
      ...(replies.length
        ? { reply: { fields: mergeFieldLists(replies.map((r) => ({ fields: r.reply.fields, lang: r.lang })), multi), examples: replies.flatMap((r) => r.reply.examples), sources: replies.flatMap((r) => r.reply.sources) } }
        : {}),
      ...(queries.length ? { query: mergeFieldLists(queries, multi) } : {}),
    });
  }
  return out;
}

export function mergeApis(drafts: ApiDraft[]): Array<Omit<ApiAction, 'typeName' | 'id'>> {
  const groups = new Map<string, ApiDraft[]>();
  for (const d of drafts) {
    const key = `${d.product}\u0000${d.action}\u0000${d.apiVersion ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].map((group) => {
    const multi = new Set(group.map((g) => g.lang)).size > 1;
    const first = group[0];
    const summary: Localized = {};
    for (const g of group) Object.assign(summary, { ...g.summary, ...summary });
    const errors = new Map<string, ApiAction['errors'][number]>();
    for (const g of group) for (const e of g.errors) errors.set(e.code, { ...e, description: { ...e.description, ...errors.get(e.code)?.description } });
    const { lang: _lang, ...rest } = first;
    return {
      ...rest,
      summary,
      sources: group.flatMap((g) => g.sources),
      input: mergeFieldLists(group.map((g) => ({ fields: g.input, lang: g.lang })), multi),
      output: mergeFieldLists(group.map((g) => ({ fields: g.output, lang: g.lang })), multi),
      errors: [...errors.values()].sort((a, b) => cmp(a.code, b.code)),
      examples: group.flatMap((g) => g.examples),
    };
  });
}

function facts(f: Field, lang: Lang): FieldFacts {
  return {
    type: f.type,
    typeSource: f.typeSource,
    required: f.required,
    nullable: f.nullable,
    ...(f.enum ? { enumValues: f.enum.values.map((v) => v.value) } : {}),
    file: f.sources[0]?.file ?? '',
    line: f.sources[0]?.line ?? 0,
  };
}

export function mergeFieldLists(lists: Array<{ fields: Field[]; lang: Lang }>, keepPerLang: boolean): Field[] {
  const byName = new Map<string, Field>();
  for (const { fields, lang } of lists) {
    for (const f of fields) {
      const prev = byName.get(f.name);
      const withFacts: Field = keepPerLang ? { ...f, perLang: { [lang]: facts(f, lang) } } : f;
      if (!prev) {
        byName.set(f.name, withFacts);
        continue;
      }
      byName.set(f.name, mergeField(prev, withFacts, keepPerLang));
    }
  }
  return [...byName.values()];
}

function mergeField(a: Field, b: Field, keepPerLang: boolean): Field {
  const preferB = a.typeSource === 'inferred-from-example' && b.typeSource === 'documented';
  const base = preferB ? b : a;
  let type = base.type;
  if (a.type.kind === 'object' && b.type.kind === 'object') {
    const lists = [a, b].map((f) => ({ fields: (f.type as { fields: Field[] }).fields, lang: f.sources[0]?.lang ?? 'en' }));
    type = { kind: 'object', fields: mergeFieldLists(lists, keepPerLang) };
  }
  const required = a.required && b.required;
  const enumSpec = base.enum ?? a.enum ?? b.enum;
  const mergedEnum = enumSpec && {
    ...enumSpec,
    values: enumSpec.values.map((v) => {
      const other = [a.enum, b.enum].flatMap((e) => e?.values ?? []).filter((o) => o.value === v.value);
      const description = Object.assign({}, ...other.map((o) => o.description ?? {}), v.description ?? {});
      return Object.keys(description).length ? { ...v, description } : v;
    }),
  };
  return {
    ...base,
    type,
    required,
    requiredReason: required ? base.requiredReason : !a.required ? a.requiredReason : b.requiredReason,
    nullable: a.nullable || b.nullable,
    description: { ...b.description, ...a.description },
    ...(mergedEnum ? { enum: mergedEnum } : {}),
    ...(base.example === undefined && (a.example ?? b.example) !== undefined ? { example: a.example ?? b.example } : {}),
    sources: [...a.sources, ...b.sources],
    ...(keepPerLang ? { perLang: { ...a.perLang, ...b.perLang } } : {}),
  };
}
