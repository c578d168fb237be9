import { compareFields, type FieldChange } from './compare-fields.js';
import type { ApiAction, CallbackEvent, Field, Lang, Localized, Model, SourceRef } from '../model/types.js';
import { classify, type DocChange, type Direction } from './changes.js';

type Structs = Pick<Model, 'structs'>;

/**
 * One event against another: its own description per language, then every field through the
 * shared engine (structs by shape, so a struct change shows under each event that uses it).
 * `before` and `after` are the same event in two snapshots, or two dated versions of one event.
 */
export function compareEvents(before: CallbackEvent, after: CallbackEvent, beforeModel: Structs, afterModel: Structs): DocChange[] {
  const at = { product: after.product, event: after.eventType, version: after.version ?? undefined };
  const changes = eventDescriptionChanges(before, after).map((c) => toDocChange(c, 'read', at, after.sources));
  for (const c of compareFields(before.fields, after.fields, beforeModel, afterModel)) changes.push(toDocChange(c, 'read', at, after.sources));
  return changes;
}

/** Request fields are written by the consumer, response fields read: each side is classified its own way. */
export function compareApis(before: ApiAction, after: ApiAction, beforeModel: Structs, afterModel: Structs): DocChange[] {
  const at = { product: after.product, event: after.action, version: after.apiVersion ?? undefined };
  const changes = localizedChanges(before.summary, after.summary).map((c) => toDocChange(c, 'read', at, after.sources));
  const sides: Array<[Direction, string, Field[], Field[]]> = [
    ['write', 'request', before.input, after.input],
    ['read', 'response', before.output, after.output],
  ];
  for (const [direction, prefix, b, a] of sides) {
    for (const c of compareFields(b, a, beforeModel, afterModel, prefix)) changes.push(toDocChange(c, direction, at, after.sources));
  }
  return changes;
}

/** The callback envelope of a product: a change here reaches every event of the product. */
export function compareFieldLists(before: Field[], after: Field[], beforeModel: Structs, afterModel: Structs, at: { product: string; event: string }, sources: SourceRef[]): DocChange[] {
  return compareFields(before, after, beforeModel, afterModel).map((c) => toDocChange(c, 'read', at, sources));
}

/** Title and summary per language, as one text: the event's own description. */
function eventDescriptionChanges(before: CallbackEvent, after: CallbackEvent): FieldChange[] {
  const text = (e: CallbackEvent): Localized => {
    const out: Localized = {};
    for (const lang of ['en', 'zh'] as const) {
      const parts = [e.title[lang], e.summary[lang]].filter((p): p is string => Boolean(p));
      // dated sections name their own version ("2022-06-01 版本录制功能…"): that is not a change
      if (parts.length) out[lang] = e.version ? parts.join('\n').split(e.version).join('{version}') : parts.join('\n');
    }
    return out;
  };
  const changes = localizedChanges(text(before), text(after));
  for (const c of changes) {
    c.before = c.before && before.version ? c.before.split('{version}').join(before.version) : c.before;
    c.after = c.after && after.version ? c.after.split('{version}').join(after.version) : c.after;
  }
  return changes;
}

/** A description added, changed or removed in one language; absent on both sides is no change. */
function localizedChanges(before: Localized, after: Localized): FieldChange[] {
  const out: FieldChange[] = [];
  for (const lang of ['en', 'zh'] as const) {
    const b = before[lang];
    const a = after[lang];
    if ((b ?? '') !== (a ?? '')) out.push({ kind: 'description-changed', field: '', before: b ?? '', after: a ?? '', lang });
  }
  return out;
}

function toDocChange(c: FieldChange, direction: Direction, at: { product: string; event: string; version?: string }, sources: SourceRef[]): DocChange {
  const rule = classify(c.kind, direction, { closed: c.closed, required: c.required });
  // the engine marks an added enum value's set as closed/open in `before`; the report says it with `breaking`
  const before = c.kind === 'enum-value-added' ? undefined : c.before;
  const source = c.source ?? sourceIn(sources, c.lang);
  const section = sourceIn(sources, c.lang);
  const newPlace = c.kind === 'field-removed' ? undefined : c.source;
  const where = c.oldSource || newPlace ? strip({ old: c.oldSource, new: newPlace }) : undefined;
  return strip({
    kind: c.kind,
    breaking: rule.breaking,
    bump: rule.bump,
    ...at,
    field: c.field || undefined,
    before,
    after: c.after,
    lang: c.lang,
    file: source?.file,
    line: source?.line,
    evidence: c.evidence,
    where,
    section: section && { file: section.file, line: section.line },
  });
}

/** The event's source in the language of the change, so a Chinese edit points at the Chinese page. */
function sourceIn(sources: SourceRef[], lang: Lang | undefined): SourceRef | undefined {
  return sources.find((s) => s.lang === lang) ?? sources[0];
}

export function strip<T extends object>(c: T): T {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as T;
}
