import { versionPairs } from './compare-fields.js';
import { cmp } from '../shared/diagnostic.js';
import type { ApiAction, CallbackEvent, Model, SourceRef } from '../model/types.js';
import { classify, sortChanges, type DiffKind, type DocChange } from './changes.js';
import { compareApis, compareEvents, compareFieldLists, strip } from './compare-events.js';

/** What changed between two snapshots of the docs, compared as models (never as text). */
export function diffModels(before: Model, after: Model): DocChange[] {
  const changes: DocChange[] = [];
  const eventType = (e: CallbackEvent): string => `${e.product}/${e.eventType}`;
  const beforeTypes = new Set(before.events.map(eventType));
  const afterTypes = new Set(after.events.map(eventType));
  const beforeEvents = new Map(before.events.map((e) => [e.id, e]));
  const afterEvents = new Map(after.events.map((e) => [e.id, e]));
  for (const e of after.events) {
    const old = beforeEvents.get(e.id);
    if (old) changes.push(...compareEvents(old, e, before, after));
    else changes.push(presence(beforeTypes.has(eventType(e)) ? 'version-added' : 'event-added', e, { after: e.typeName }));
  }
  for (const e of before.events) {
    if (!afterEvents.has(e.id)) changes.push(presence(afterTypes.has(eventType(e)) ? 'version-removed' : 'event-removed', e, { before: e.typeName }));
  }
  const beforeApis = new Map(before.apis.map((a) => [a.id, a]));
  const afterApis = new Map(after.apis.map((a) => [a.id, a]));
  for (const a of after.apis) {
    const old = beforeApis.get(a.id);
    if (old) changes.push(...compareApis(old, a, before, after));
    else changes.push(presence('api-added', a, { after: a.typeName }));
  }
  for (const a of before.apis) if (!afterApis.has(a.id)) changes.push(presence('api-removed', a, { before: a.typeName }));
  for (const [product, envelope] of Object.entries(after.envelopes)) {
    const old = before.envelopes[product];
    if (old) changes.push(...compareFieldLists(old.fields, envelope.fields, before, after, { product, event: envelope.typeName }, envelope.sources));
  }
  return sortChanges(changes);
}

/** An event, a version of one, or an API that appeared or disappeared as a whole. */
function presence(kind: DiffKind, item: CallbackEvent | ApiAction, sides: { before?: string; after?: string }): DocChange {
  const rule = classify(kind, 'read');
  const [event, version] = 'eventType' in item ? [item.eventType, item.version] : [item.action, item.apiVersion];
  const source: SourceRef | undefined = item.sources[0];
  const place = source && { file: source.file, line: source.line };
  // a removed event is documented only in the old snapshot, an added one only in the new
  const where = place && (sides.before !== undefined ? { old: place } : { new: place });
  return strip({ kind, breaking: rule.breaking, bump: rule.bump, product: item.product, event, version: version ?? undefined, ...sides, file: source?.file, line: source?.line, where, section: sides.before !== undefined ? undefined : place });
}

/** One dated version of an event against the one before it. */
export interface VersionStep {
  product: string;
  event: string;
  from: string;
  to: string;
  changes: DocChange[];
}

/** For each event with dated versions in one snapshot: each version against the previous one, no-change steps included. */
export function versionSteps(model: Model): VersionStep[] {
  const steps = versionPairs(model).map(([b, a]): VersionStep => ({
    product: a.product,
    event: a.eventType,
    from: b.version!,
    to: a.version!,
    changes: sortChanges(compareEvents(b, a, model, model).map((c) => ({ ...c, version: `${b.version} → ${a.version}` }))),
  }));
  return steps.sort((x, y) => cmp(x.product, y.product) || cmp(x.event, y.event) || cmp(x.from, y.from));
}

export function diffVersions(model: Model): DocChange[] {
  return sortChanges(versionSteps(model).flatMap((s) => s.changes));
}
