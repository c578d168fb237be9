import { cmp, type Diagnostic, type Lang } from '../../shared/diagnostic.js';
import type { ApiAction, CallbackEvent, Field, FieldFacts, Localized, SourceRef, TypeRef } from '../types.js';
import type { ModelPass } from './pass.js';
import { stageDiagnostic } from '../../shared/stage-diagnostics.js';
import { pushTo } from '../../shared/push-to.js';

/**
 * English and Chinese pages of one event (same product, event type and version) become one
 * event with both descriptions and both sources. Where they disagree the safer reading wins
 * (documented over inferred, optional over required) and `perLang` keeps each page's facts.
 * APIs the same. Runs on the assembled model, where each event and API is one page's.
 */
export const mergeLanguages: ModelPass = {
  title: 'the English and Chinese pages of one event or API become one, the safer reading winning',
  run(model) {
    const { events, diagnostics } = mergeEvents(model.events);
    return { ...model, events, apis: mergeApis(model.apis), diagnostics: [...model.diagnostics, ...diagnostics] };
  },
};

const langOf = (x: { sources: SourceRef[] }): Lang => x.sources[0]?.lang ?? 'en';

function mergeEvents(pages: CallbackEvent[]): { events: CallbackEvent[]; diagnostics: Diagnostic[] } {
  const groups = new Map<string, CallbackEvent[]>();
  for (const d of pages) {
    const key = JSON.stringify([d.product, d.eventType, d.version]);
    pushTo(groups, key, d);
  }
  const diagnostics: Diagnostic[] = [];
  const out: CallbackEvent[] = [];
  for (const group of groups.values()) {
    const langs = new Set(group.map(langOf));
    const seenLang = new Map<Lang, CallbackEvent>();
    for (const g of group) {
      const prev = seenLang.get(langOf(g));
      if (prev) {
        diagnostics.push(stageDiagnostic({ code: 'duplicate-event', message: `Event ${g.eventType}${g.version ? ` (${g.version})` : ''} is documented twice in the same language (first at ${prev.sources[0].file}:${prev.sources[0].line}); the fields of both are merged.`, file: g.sources[0].file, line: g.sources[0].line, product: g.product, event: g.eventType, ...(g.version ? { version: g.version } : {}), lang: langOf(g) }));
      } else seenLang.set(langOf(g), g);
    }
    const multi = langs.size > 1;
    const title: Localized = {};
    const summary: Localized = {};
    const alias: Localized = {};
    for (const g of group) {
      firstPerLang(title, g.title);
      firstPerLang(summary, g.summary);
      firstPerLang(alias, g.alias);
    }
    const discriminator = group.find((g) => g.discriminator)?.discriminator;
    const replies = group.filter((g) => g.reply).map((g) => ({ lang: langOf(g), reply: g.reply! }));
    const queries = group.filter((g) => g.query).map((g) => ({ lang: langOf(g), fields: g.query! }));
    out.push({
      id: group[0].id,
      product: group[0].product,
      eventType: group[0].eventType,
      version: group[0].version,
      title,
      summary,
      sources: group.flatMap((g) => g.sources),
      fields: mergeFieldLists(group.map((g) => ({ fields: g.fields, lang: langOf(g) })), multi),
      examples: group.flatMap((g) => g.examples),
      ...(discriminator ? { discriminator } : {}),
      ...(Object.keys(alias).length ? { alias } : {}),
      ...(replies.length
        ? { reply: { fields: mergeFieldLists(replies.map((r) => ({ fields: r.reply.fields, lang: r.lang })), multi), examples: replies.flatMap((r) => r.reply.examples), sources: replies.flatMap((r) => r.reply.sources) } }
        : {}),
      ...(queries.length ? { query: mergeFieldLists(queries, multi) } : {}),
      typeName: '',
    });
  }
  return { events: out, diagnostics };
}

/** Each language keeps the first text a page gives it. */
function firstPerLang(into: Localized, from: Localized | undefined): void {
  for (const [lang, text] of Object.entries(from ?? {}) as Array<[Lang, string | undefined]>) if (text && !into[lang]) into[lang] = text;
}

function mergeApis(pages: ApiAction[]): ApiAction[] {
  const groups = new Map<string, ApiAction[]>();
  for (const d of pages) {
    const key = JSON.stringify([d.product, d.action, d.apiVersion]);
    pushTo(groups, key, d);
  }
  return [...groups.values()].map((group) => {
    const multi = new Set(group.map(langOf)).size > 1;
    const first = group[0];
    const summary: Localized = {};
    for (const g of group) Object.assign(summary, { ...g.summary, ...summary });
    const errors = new Map<string, ApiAction['errors'][number]>();
    for (const g of group) for (const e of g.errors) errors.set(e.code, { ...e, description: { ...e.description, ...errors.get(e.code)?.description } });
    return {
      ...first,
      summary,
      sources: group.flatMap((g) => g.sources),
      input: mergeFieldLists(group.map((g) => ({ fields: g.input, lang: langOf(g) })), multi),
      output: mergeFieldLists(group.map((g) => ({ fields: g.output, lang: langOf(g) })), multi),
      errors: [...errors.values()].sort((a, b) => cmp(a.code, b.code)),
      examples: group.flatMap((g) => g.examples),
    };
  });
}

function facts(f: Field): FieldFacts {
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
      const withFacts: Field = keepPerLang ? { ...f, perLang: { [lang]: facts(f) } } : f;
      if (!prev) {
        byName.set(f.name, withFacts);
        continue;
      }
      byName.set(f.name, mergeField(prev, withFacts, keepPerLang));
    }
  }
  // two languages at most (Lang): a field seen in fewer than all misses exactly one
  const langs = new Set(lists.map((l) => l.lang));
  // a field one language's page leaves out is not promised to that page's readers: optional, with the reason
  const namesOf = lists.map((l) => new Set(l.fields.map((x) => x.name)));
  return [...byName.values()].map((f) => {
    const seen = lists.filter((_, i) => namesOf[i].has(f.name)).map((l) => l.lang);
    if (new Set(seen).size === langs.size || !f.required) return f;
    return { ...f, required: false, requiredReason: `documented only in the ${seen[0]} page; optional, since the ${[...langs].find((l) => !seen.includes(l))} page does not promise it` };
  });
}

function mergeField(a: Field, b: Field, keepPerLang: boolean): Field {
  const preferB = a.typeSource === 'inferred-from-example' && b.typeSource === 'documented';
  const base = preferB ? b : a;
  // inline objects merge field by field, also as the items of arrays (`Object Array` in both pages);
  // anything else is the preferred page's type
  const mergeTypes = (ta: TypeRef, tb: TypeRef): TypeRef => {
    if (ta.kind === 'object' && tb.kind === 'object') {
      return { kind: 'object', fields: mergeFieldLists([{ fields: ta.fields, lang: a.sources[0]?.lang ?? 'en' }, { fields: tb.fields, lang: b.sources[0]?.lang ?? 'en' }], keepPerLang) };
    }
    if (ta.kind === 'array' && tb.kind === 'array') return { kind: 'array', items: mergeTypes(ta.items, tb.items) };
    return preferB ? tb : ta;
  };
  const type = mergeTypes(a.type, b.type);
  const required = a.required && b.required;
  const enumSpec = base.enum ?? a.enum ?? b.enum;
  // a value either page lists is one a receiver may get: the values of both, the preferred page's first
  const listed = enumSpec && [...enumSpec.values, ...[a.enum, b.enum].flatMap((e) => e?.values ?? []).filter((o, i, all) => !enumSpec.values.some((v) => v.value === o.value) && all.findIndex((x) => x.value === o.value) === i)];
  const mergedEnum = enumSpec && {
    ...enumSpec,
    values: listed!.map((v) => {
      const pages = [a.enum, b.enum];
      // Stryker disable next-line ArrayDeclaration: a stand-in for a missing enum has no value, so it never matches
      const other = pages.flatMap((e) => e?.values ?? []).filter((o) => o.value === v.value);
      const description: Localized = Object.assign({}, ...other.map((o) => o.description ?? {}), v.description ?? {}) as Localized;
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
