import type { ChangeKind } from '../check/compare/compare-fields.js';
import type { Lang } from '../model/types.js';

/** Field-level kinds come from the shared comparison engine; these add the event and API level. */
export type DiffKind = ChangeKind | 'event-added' | 'event-removed' | 'version-added' | 'version-removed' | 'api-added' | 'api-removed';

export type Bump = 'major' | 'minor' | 'patch';

/**
 * How each kind of change affects a consumer who receives callbacks and reads API responses,
 * and the semver bump of the generated package it implies. The README shows this table.
 */
export const classification: Record<DiffKind, { breaking: boolean; bump: Bump; why: string }> = {
  'event-removed': { breaking: true, bump: 'major', why: 'code handling the event loses its type and validator' },
  'version-removed': { breaking: true, bump: 'major', why: 'the type of that version disappears' },
  'api-removed': { breaking: true, bump: 'major', why: 'request and response types disappear' },
  'field-removed': { breaking: true, bump: 'major', why: 'code reading the field gets undefined and no longer compiles' },
  'field-renamed': { breaking: true, bump: 'major', why: 'code reading the old name gets undefined' },
  'field-retyped': { breaking: true, bump: 'major', why: 'code using the value as the old type breaks' },
  'field-made-optional': { breaking: true, bump: 'major', why: 'the field may be absent: code must now handle undefined' },
  'field-made-nullable': { breaking: true, bump: 'major', why: 'the field may be null: code must now handle null' },
  'enum-value-added': { breaking: true, bump: 'major', why: 'an exhaustive switch over a closed enum meets a value it does not handle (an open enum: minor)' },
  'event-added': { breaking: false, bump: 'minor', why: 'a new type; existing code is unaffected' },
  'version-added': { breaking: false, bump: 'minor', why: 'a new type in the version union; existing code is unaffected unless it switches exhaustively over versions' },
  'api-added': { breaking: false, bump: 'minor', why: 'new types; existing code is unaffected' },
  'field-added': { breaking: false, bump: 'minor', why: 'receivers get more data; objects they build by hand may need the field if it is required' },
  'field-made-required': { breaking: false, bump: 'minor', why: 'a stronger guarantee for readers' },
  'field-made-non-nullable': { breaking: false, bump: 'minor', why: 'a stronger guarantee for readers' },
  'enum-value-removed': { breaking: false, bump: 'minor', why: 'readers see fewer values; a comparison with the removed literal becomes dead code' },
  'description-changed': { breaking: false, bump: 'patch', why: 'documentation only' },
};

export interface DocChange {
  kind: DiffKind;
  breaking: boolean;
  product: string;
  event: string;
  version?: string;
  field?: string;
  before?: string;
  after?: string;
  lang?: Lang;
  file?: string;
  line?: number;
  /** Why a rename was detected. */
  evidence?: string;
}

export interface DiffSummary {
  breaking: number;
  nonBreaking: number;
  bump: Bump | 'none';
  byKind: Record<string, number>;
}

export function summarize(changes: DocChange[]): DiffSummary {
  const byKind: Record<string, number> = {};
  for (const c of changes) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  const breaking = changes.filter((c) => c.breaking).length;
  const bump = breaking ? 'major' : changes.some((c) => classification[c.kind].bump === 'minor') ? 'minor' : changes.length ? 'patch' : 'none';
  return { breaking, nonBreaking: changes.length - breaking, bump, byKind: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1))) };
}
