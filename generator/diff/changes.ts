import type { ChangeKind } from './compare-fields.js';
import { cmp } from '../shared/diagnostic.js';
import type { Lang } from '../model/types.js';

/** Field-level kinds come from the shared comparison engine; these add the event and API level. */
export type DiffKind = ChangeKind | 'event-added' | 'event-removed' | 'version-added' | 'version-removed' | 'api-added' | 'api-removed';

export type Bump = 'major' | 'minor' | 'patch';

/**
 * Which way data flows for the consumer. `read`: callbacks they receive and API responses they
 * read. `write`: API requests they build. The same change can break one and not the other
 * (a field made required breaks a writer, and is a stronger guarantee for a reader).
 */
export type Direction = 'read' | 'write';

export interface Rule {
  breaking: boolean;
  bump: Bump;
  why: string;
}

const major = (why: string): Rule => ({ breaking: true, bump: 'major', why });
const minor = (why: string): Rule => ({ breaking: false, bump: 'minor', why });
const patch = (why: string): Rule => ({ breaking: false, bump: 'patch', why });

/** A rule per kind, or per kind and enum closedness / required-ness where that decides it. */
type Decision = Rule | { closed: Rule; open: Rule } | { required: Rule; optional: Rule };

/**
 * How each kind of change affects a consumer, and the semver bump of the generated package it
 * implies. Breaking means: code that was right against the old docs can be wrong against the new
 * ones. `classificationTable()` prints this for the README.
 */
export const classification: Record<Direction, Record<DiffKind, Decision>> = {
  read: {
    'event-removed': major('code handling the event loses its type and validator'),
    'version-removed': major('the type of that version disappears'),
    'api-removed': major('request and response types disappear'),
    'field-removed': major('code reading the field gets undefined and no longer compiles'),
    'field-renamed': major('code reading the old name gets undefined'),
    'field-retyped': major('code using the value as the old type breaks'),
    'field-made-optional': major('the field may be absent: code must now handle undefined'),
    'field-made-nullable': major('the field may be null: code must now handle null'),
    'enum-value-added': {
      closed: major('an exhaustive switch over the closed set meets a value it does not handle'),
      open: minor('the values were examples; code already handles others'),
    },
    'enum-opened': major('the values are no longer the complete set: an exhaustive switch meets values it does not handle'),
    'event-added': minor('a new type; existing code is unaffected'),
    'version-added': minor('a new type in the version union; existing code is unaffected'),
    'api-added': minor('new types; existing code is unaffected'),
    'field-added': minor('receivers get more data (payload schemas allow unknown fields)'),
    'field-made-required': minor('a stronger guarantee: the field is always there'),
    'field-made-non-nullable': minor('a stronger guarantee: the field is never null'),
    'enum-value-removed': {
      closed: minor('the value no longer arrives; TypeScript may flag a `case` on it as dead code'),
      open: minor('the value no longer arrives'),
    },
    'enum-closed': minor('a stronger guarantee: the listed values are all there is'),
    'description-changed': patch('documentation only'),
  },
  write: {
    'event-removed': major('code handling the event loses its type and validator'),
    'version-removed': major('the type of that version disappears'),
    'api-removed': major('request and response types disappear'),
    'field-removed': major('requests that still send the field are rejected as an unknown parameter'),
    'field-renamed': major('requests send the old name'),
    'field-retyped': major('requests send the old type'),
    'field-made-optional': minor('requests may now leave it out'),
    'field-made-nullable': minor('requests may now send null'),
    'enum-value-added': minor('requests may send one more value'),
    'enum-opened': minor('requests may send values outside the list'),
    'event-added': minor('a new type; existing code is unaffected'),
    'version-added': minor('a new type; existing code is unaffected'),
    'api-added': minor('new types; existing code is unaffected'),
    'field-added': {
      required: major('existing requests lack the new required field'),
      optional: minor('requests may send one more field'),
    },
    'field-made-required': major('existing requests that leave the field out are rejected'),
    'field-made-non-nullable': major('existing requests that send null are rejected'),
    'enum-value-removed': {
      closed: major('requests that send the value are rejected'),
      open: minor('the value was an example; requests may still send it'),
    },
    'enum-closed': major('requests that send a value outside the list are rejected'),
    'description-changed': patch('documentation only'),
  },
};

/** The rule for one change: `closed` for enum value changes, `required` for added fields. */
export function classify(kind: DiffKind, direction: Direction, facts: { closed?: boolean; required?: boolean } = {}): Rule {
  const d = classification[direction][kind];
  if ('closed' in d) return facts.closed === false ? d.open : d.closed;
  if ('required' in d) return facts.required ? d.required : d.optional;
  return d;
}

/**
 * One entry of a diff report. It is a diagnostic in the project's sense (kind ~ code,
 * file and line point at the docs), with the consumer's view added.
 */
export interface DocChange {
  kind: DiffKind;
  breaking: boolean;
  /** The semver bump this change alone implies. */
  bump: Bump;
  product: string;
  /** Event type, API action, or the product's envelope type name. */
  event: string;
  /** The dated version (events) or API version; `A → B` in a version-to-version report. */
  version?: string;
  /** Dotted path (`RecordFileList[].ObjectKey`; `request.` / `response.` for APIs); absent for the event's own description. */
  field?: string;
  before?: string;
  after?: string;
  lang?: Lang;
  file?: string;
  line?: number;
  /** Why a rename was detected. */
  evidence?: string;
  /**
   * Where the change is documented in each snapshot: `old` for what was there (a removed field
   * has only this), `new` for what is there now (an added field has only this). `file`/`line`
   * above are the new place, or the old one when there is no new one.
   */
  where?: { old?: DocPlace; new?: DocPlace };
  /** The event's or API's own section in the new snapshot (in the change's language): where a removal can be pointed at. */
  section?: DocPlace;
  /** Set when `accepted-changes.json` accepts this change: the team's reason. */
  accepted?: string;
}

export interface DocPlace {
  file: string;
  line: number;
}

export interface DiffSummary {
  /** Breaking changes, accepted ones included. */
  breaking: number;
  /** Breaking changes the accept file accepts: they do not fail `diff`. */
  accepted: number;
  nonBreaking: number;
  bump: Bump | 'none';
  byKind: Record<string, number>;
}

const bumpRank: Record<Bump | 'none', number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The suggested bump is the largest any change implies. */
export function summarize(changes: DocChange[]): DiffSummary {
  const byKind: Record<string, number> = {};
  for (const c of changes) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  const breaking = changes.filter((c) => c.breaking).length;
  const accepted = changes.filter((c) => c.breaking && c.accepted !== undefined).length;
  let bump: Bump | 'none' = 'none';
  // an accepted change still breaks consumers: it still decides the bump
  for (const c of changes) if (bumpRank[c.bump] > bumpRank[bump]) bump = c.bump;
  return { breaking, accepted, nonBreaking: changes.length - breaking, bump, byKind: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => cmp(a, b))) };
}

/** Product, event, version, field; English and Chinese changes of one field end up side by side. */
export function sortChanges(changes: DocChange[]): DocChange[] {
  return changes.sort(
    (a, b) =>
      cmp(a.product, b.product) ||
      cmp(a.event, b.event) ||
      cmp(a.version ?? '', b.version ?? '') ||
      cmp(a.field ?? '', b.field ?? '') ||
      cmp(a.kind, b.kind) ||
      cmp(a.lang ?? '', b.lang ?? '') ||
      cmp(a.before ?? '', b.before ?? '') ||
      cmp(a.after ?? '', b.after ?? '') ||
      cmp(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}

const kindLabels: Array<[kinds: DiffKind[], label: string]> = [
  [['event-removed', 'version-removed', 'api-removed'], 'event, version or API removed'],
  [['event-added', 'version-added', 'api-added'], 'event, version or API added'],
  [['field-removed'], 'field removed'],
  [['field-renamed'], 'field renamed (detected: same type and the same description in a language, or one name contains the other; the evidence is shown)'],
  [['field-retyped'], 'field retyped'],
  [['field-added'], 'field added'],
  [['field-made-optional'], 'field made optional'],
  [['field-made-required'], 'field made required'],
  [['field-made-nullable'], 'field made nullable'],
  [['field-made-non-nullable'], 'field made non-nullable'],
  [['enum-value-added'], 'enum value added'],
  [['enum-value-removed'], 'enum value removed'],
  [['enum-opened'], 'enum opened (the listed values stop being the complete set)'],
  [['enum-closed'], 'enum closed (the listed values become the complete set)'],
  [['description-changed'], 'description changed, per language (also: a field dropped from one language\'s page only)'],
];

function cell(rule: Rule): string {
  return `${rule.breaking ? '**yes**' : 'no'}, ${rule.bump}: ${rule.why}`;
}

function cells(d: Decision): string {
  if ('closed' in d) return `closed enum: ${cell(d.closed)}<br>open enum: ${cell(d.open)}`;
  if ('required' in d) return `required: ${cell(d.required)}<br>optional: ${cell(d.optional)}`;
  return cell(d);
}

/** The classification as the README's Markdown table, printed from the table above so they cannot drift. */
export function classificationTable(): string {
  const lines = ['| change | callbacks and API responses (read) | API requests (write) |', '| --- | --- | --- |'];
  for (const [kinds, label] of kindLabels) lines.push(`| ${label} | ${cells(classification.read[kinds[0]])} | ${cells(classification.write[kinds[0]])} |`);
  return `${lines.join('\n')}\n`;
}

/** The README's label of a kind of change (SARIF rule descriptions). */
export function kindLabel(kind: DiffKind): string {
  return kindLabels.find(([kinds]) => kinds.includes(kind))?.[1] ?? kind;
}

/** Every kind, in the README table's order. */
export function diffKinds(): DiffKind[] {
  return kindLabels.flatMap(([kinds]) => kinds);
}
