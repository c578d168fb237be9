import { cmp } from '../shared/diagnostic.js';
import { typeWords } from '../model/passes/overrides.js';
import type { AppliedOverride, Model, OverrideFacts } from '../model/types.js';

/**
 * A local override as a diff shows it, apart from the doc changes: what the docs say, what the
 * project makes of it, why, and whether the override is new in NEW, changed, the same as in OLD,
 * or gone (dropped from the overrides file, or no longer needed).
 */
export interface OverrideLine {
  status: 'added' | 'changed' | 'unchanged' | 'dropped';
  product: string;
  event: string;
  version: string | null;
  path: string;
  action: AppliedOverride['action'];
  /** What the docs say, in words (`Integer, required`); null for a field the docs do not list. */
  docs: string | null;
  /** What the override makes of it; null for a removed field. */
  overridden: string | null;
  reason: string;
  /** The entry in the overrides file (of NEW; of OLD for a dropped one). */
  source: { file: string; line: number };
  /** The doc line it contradicts. */
  contradicts: { file: string; line: number } | null;
}

const keyOf = (o: AppliedOverride): string => [o.product, o.event, o.version ?? '', o.path, o.action].join('\u0000');

/** The overrides of NEW (and those OLD had and NEW has not), each with its status; empty when neither has any. */
export function overrideLines(before: Pick<Model, 'overrides' | 'structs'>, after: Pick<Model, 'overrides' | 'structs'>): OverrideLine[] {
  const old = new Map((before.overrides ?? []).map((o) => [keyOf(o), o]));
  const now = new Set((after.overrides ?? []).map(keyOf));
  const line = (o: AppliedOverride, status: OverrideLine['status'], model: Pick<Model, 'structs'>): OverrideLine => ({
    status,
    product: o.product,
    event: o.event,
    version: o.version,
    path: o.path,
    action: o.action,
    docs: o.documented && factsWords(o.documented, model),
    overridden: o.overridden && factsWords(o.overridden, model),
    reason: o.reason,
    source: o.source,
    contradicts: o.contradicts,
  });
  const lines = (after.overrides ?? []).map((o) => {
    const was = old.get(keyOf(o));
    const same = was && JSON.stringify({ ...was, source: null, contradicts: null }) === JSON.stringify({ ...o, source: null, contradicts: null });
    return line(o, !was ? 'added' : same ? 'unchanged' : 'changed', after);
  });
  for (const [key, o] of old) if (!now.has(key)) lines.push(line(o, 'dropped', before));
  return lines.sort((a, b) => cmp(a.product, b.product) || cmp(a.event, b.event) || cmp(a.version ?? '', b.version ?? '') || cmp(a.path, b.path) || cmp(a.status, b.status));
}

/** `Integer, required`, `string or number, optional, nullable, values ["a", "b"]`. */
export function factsWords(f: OverrideFacts, model: Pick<Model, 'structs'>): string {
  const values = f.enumValues ? `, values [${f.enumValues.map((v) => JSON.stringify(v)).join(', ')}]` : '';
  return `${f.typeSpelling ?? typeWords(f.type, model.structs)}, ${f.required ? 'required' : 'optional'}${f.nullable ? ', nullable' : ''}${values}`;
}
