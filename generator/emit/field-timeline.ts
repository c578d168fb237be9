import type { CallbackEvent, Model } from '../model/types.js';
import { versionGroups } from './model-view.js';

/** When a top-level field of a dated event appeared, and the version it left in (absent: still there). */
export interface FieldSpan {
  field: string;
  since: string;
  until?: string;
}

export interface EventTimeline {
  product: string;
  eventType: string;
  versions: string[];
  fields: FieldSpan[];
}

/**
 * For each event documented in more than one dated version: every field name with the first
 * version of its latest run of presence and the version it left in. A field that left and came
 * back gets the version it came back in: that is what a reader of the newest type needs.
 */
export function fieldTimelines(model: Model): EventTimeline[] {
  const out: EventTimeline[] = [];
  for (const list of versionGroups(model).values()) {
    const dated = list.filter((e): e is CallbackEvent & { version: string } => e.version !== null);
    if (dated.length < 2) continue;
    const versions = dated.map((e) => e.version);
    const names = [...new Set(dated.flatMap((e) => e.fields.map((f) => f.name)))];
    const fields: FieldSpan[] = [];
    for (const name of names) {
      const present = dated.map((e) => e.fields.some((f) => f.name === name));
      // the last run of presence: its start is `since`, the version after its end is `until`
      const last = present.lastIndexOf(true);
      let first = last;
      while (first > 0 && present[first - 1]) first--;
      fields.push({ field: name, since: versions[first], ...(last < versions.length - 1 ? { until: versions[last + 1] } : {}) });
    }
    fields.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
    out.push({ product: dated[0].product, eventType: dated[0].eventType, versions, fields });
  }
  return out.sort((a, b) => (`${a.product}/${a.eventType}` < `${b.product}/${b.eventType}` ? -1 : 1));
}

/**
 * `@since` of a field of one dated event version: the first version of the run of versions, ending
 * at this one, that all have the field; undefined for an event with a single version.
 */
export function fieldSince(model: Model): (e: CallbackEvent, field: string) => string | undefined {
  const groups = versionGroups(model);
  return (e, field) => {
    const dated = (groups.get(`${e.product}/${e.eventType}`) ?? []).filter((x) => x.version !== null);
    const index = dated.indexOf(e);
    if (dated.length < 2 || index < 0) return undefined;
    let first = index;
    while (first > 0 && dated[first - 1].fields.some((f) => f.name === field)) first--;
    return dated[first].version ?? undefined;
  };
}

/** The Markdown table of `report/versions.md`: one row per field, the version it appeared in and left. */
export function timelineMarkdown(timelines: EventTimeline[]): string {
  if (timelines.length === 0) return '';
  const lines = ['', '## Field timeline', '', 'For events documented in dated versions: the version each field appeared in, and the one it left in.', ''];
  for (const t of timelines) {
    lines.push(`### ${t.product} ${t.eventType} (${t.versions.join(', ')})`, '', '| field | since | left in |', '| --- | --- | --- |');
    for (const f of t.fields) lines.push(`| \`${f.field.replace(/[|`\\]/g, (c) => `\\${c}`)}\` | ${f.since} | ${f.until ?? ''} |`);
    lines.push('');
  }
  return lines.join('\n');
}
