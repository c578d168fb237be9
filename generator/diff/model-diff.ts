import { cmp } from '../shared/diagnostic.js';
import { compareFields, versionPairs } from '../check/compare/compare-fields.js';
import type { ApiAction, CallbackEvent, Model } from '../model/types.js';
import { classification, type DocChange } from './changes.js';

/** What changed between two snapshots of the docs, compared as models (never as text). */
export function diffModels(before: Model, after: Model): DocChange[] {
  const changes: DocChange[] = [];
  const key = (e: CallbackEvent): string => `${e.product}/${e.eventType}`;
  const beforeTypes = new Set(before.events.map(key));
  const afterTypes = new Set(after.events.map(key));
  const src = (e: { sources: Array<{ file: string; line: number; lang: CallbackEvent['sources'][number]['lang'] }> }) => ({ file: e.sources[0]?.file, line: e.sources[0]?.line });
  const push = (c: Omit<DocChange, 'breaking'>): void => {
    // a value added to an open enum changes nothing a switch relies on
    const breaking = c.kind === 'enum-value-added' && c.before === 'open' ? false : classification[c.kind].breaking;
    changes.push(strip({ ...c, breaking, ...(c.kind === 'enum-value-added' ? { before: undefined } : {}) }));
  };
  for (const e of after.events) {
    const old = before.events.find((b) => b.id === e.id);
    if (old) {
      for (const c of compareFields(old.fields, e.fields, before, after)) {
        push({ kind: c.kind, product: e.product, event: e.eventType, version: e.version ?? undefined, field: c.field, before: c.before, after: c.after, lang: c.lang, evidence: c.evidence, file: c.source?.file ?? src(e).file, line: c.source?.line ?? src(e).line });
      }
    } else if (beforeTypes.has(key(e))) {
      push({ kind: 'version-added', product: e.product, event: e.eventType, version: e.version ?? undefined, after: e.typeName, ...src(e) });
    } else {
      push({ kind: 'event-added', product: e.product, event: e.eventType, version: e.version ?? undefined, after: e.typeName, ...src(e) });
    }
  }
  for (const e of before.events) {
    if (after.events.some((a) => a.id === e.id)) continue;
    push({ kind: afterTypes.has(key(e)) ? 'version-removed' : 'event-removed', product: e.product, event: e.eventType, version: e.version ?? undefined, before: e.typeName, ...src(e) });
  }
  const apiKey = (a: ApiAction): string => a.id;
  for (const a of after.apis) {
    const old = before.apis.find((b) => apiKey(b) === apiKey(a));
    if (!old) {
      push({ kind: 'api-added', product: a.product, event: a.action, version: a.apiVersion ?? undefined, ...src(a) });
      continue;
    }
    for (const [side, bf, af] of [['request', old.input, a.input], ['response', old.output, a.output]] as const) {
      for (const c of compareFields(bf, af, before, after, side)) {
        push({ kind: c.kind, product: a.product, event: a.action, version: a.apiVersion ?? undefined, field: c.field, before: c.before, after: c.after, lang: c.lang, evidence: c.evidence, file: c.source?.file ?? src(a).file, line: c.source?.line ?? src(a).line });
      }
    }
  }
  for (const a of before.apis) if (!after.apis.some((x) => apiKey(x) === apiKey(a))) push({ kind: 'api-removed', product: a.product, event: a.action, version: a.apiVersion ?? undefined, ...src(a) });
  return sortChanges(changes);
}

/** Each dated version of an event against the one before it, in one snapshot. */
export function diffVersions(model: Model): DocChange[] {
  const changes: DocChange[] = [];
  for (const [b, a] of versionPairs(model)) {
    {
      for (const c of compareFields(b.fields, a.fields, model, model)) {
        changes.push(strip({ kind: c.kind, breaking: c.kind === 'enum-value-added' && c.before === 'open' ? false : classification[c.kind].breaking, product: a.product, event: a.eventType, version: `${b.version} → ${a.version}`, field: c.field, before: c.kind === 'enum-value-added' ? undefined : c.before, after: c.after, lang: c.lang, evidence: c.evidence, file: c.source?.file ?? a.sources[0].file, line: c.source?.line ?? a.sources[0].line }));
      }
    }
  }
  return sortChanges(changes);
}

function strip(c: DocChange): DocChange {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as unknown as DocChange;
}

export function sortChanges(changes: DocChange[]): DocChange[] {
  return changes.sort((a, b) => cmp(a.product, b.product) || cmp(a.event, b.event) || cmp(a.version ?? '', b.version ?? '') || cmp(a.field ?? '', b.field ?? '') || cmp(a.kind, b.kind) || cmp(a.lang ?? '', b.lang ?? '') || cmp(a.after ?? '', b.after ?? ''));
}
