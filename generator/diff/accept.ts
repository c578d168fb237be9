import type { Diagnostic } from '../shared/diagnostic.js';
import { ACCEPTED_CHANGES_FILE } from '../sources/index.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';
import { diffKinds, type DiffKind, type DocChange } from './changes.js';

/** The accept file's name in a docs folder: next to `manifest.json`, versioned with the docs it is about. */
export { ACCEPTED_CHANGES_FILE };

/**
 * A known breaking change the team accepts (as oasdiff's accepted breaking changes): matched on
 * kind, product, event and field (no `field` matches the event's own change), narrowed by
 * `version` and `lang` when given.
 */
export interface AcceptEntry {
  kind: DiffKind;
  product: string;
  event: string;
  field?: string;
  version?: string;
  lang?: string;
  reason: string;
  /** Where the entry starts in the accept file. */
  line: number;
}

export class AcceptFileError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`${file}:${line}: error accept-invalid: ${message}`);
  }
}

const KEYS = ['kind', 'product', 'event', 'field', 'version', 'lang', 'reason'] as const;
const REQUIRED = ['kind', 'product', 'event', 'reason'] as const;

/** `{ "accepted": [ { kind, product, event, field?, version?, lang?, reason }, … ] }`; anything else is an error with its line. */
export function parseAcceptFile(text: string, file: string): AcceptEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AcceptFileError(file, 1, `not valid JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Array.isArray((value as { accepted?: unknown }).accepted)) {
    throw new AcceptFileError(file, 1, 'expected { "accepted": [ { "kind", "product", "event", "field", "reason" }, … ] }');
  }
  const extra = Object.keys(value).filter((k) => k !== 'accepted' && k !== '$comment');
  if (extra.length) throw new AcceptFileError(file, 1, `unknown key "${extra[0]}" (known: accepted)`);
  const lines = entryLines(text);
  const kinds = diffKinds();
  return ((value as { accepted: unknown[] }).accepted).map((raw, i) => {
    const line = lines[i] ?? 1;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new AcceptFileError(file, line, `entry ${i + 1} must be an object`);
    const entry = raw as Record<string, unknown>;
    for (const key of Object.keys(entry)) if (!(KEYS as readonly string[]).includes(key)) throw new AcceptFileError(file, line, `entry ${i + 1}: unknown key "${key}" (known: ${KEYS.join(', ')})`);
    for (const key of REQUIRED) if (typeof entry[key] !== 'string' || entry[key] === '') throw new AcceptFileError(file, line, `entry ${i + 1}: "${key}" must be a non-empty string${key === 'reason' ? ' (say why the change is accepted)' : ''}`);
    for (const key of ['field', 'version', 'lang'] as const) if (entry[key] !== undefined && (typeof entry[key] !== 'string' || entry[key] === '')) throw new AcceptFileError(file, line, `entry ${i + 1}: "${key}" must be a non-empty string when given`);
    if (!kinds.includes(entry.kind as DiffKind)) throw new AcceptFileError(file, line, `entry ${i + 1}: unknown kind "${String(entry.kind)}" (known: ${kinds.join(', ')})`);
    return { ...(entry as unknown as Omit<AcceptEntry, 'line'>), line };
  });
}

/** The line where each entry of the `accepted` array opens: objects two levels deep, strings skipped. */
function entryLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (ch === '{' && depth === 2) lines.push(line);
      depth++;
    } else if (ch === '}' || ch === ']') depth--;
  }
  return lines;
}

function matches(entry: AcceptEntry, c: DocChange): boolean {
  return (
    c.breaking &&
    entry.kind === c.kind &&
    entry.product === c.product &&
    entry.event === c.event &&
    (entry.field ?? null) === (c.field ?? null) &&
    (entry.version === undefined || entry.version === c.version) &&
    (entry.lang === undefined || entry.lang === c.lang)
  );
}

/**
 * Marks the breaking changes an entry accepts (they stay breaking and stay in the report, with
 * the reason); an entry that accepts nothing is a warning, so stale entries get cleaned up.
 */
export function applyAccepts(changes: DocChange[], entries: AcceptEntry[], file: string): { changes: DocChange[]; warnings: Diagnostic[] } {
  const used = new Set<AcceptEntry>();
  const out = changes.map((c) => {
    const entry = entries.find((e) => matches(e, c));
    if (!entry) return c;
    used.add(entry);
    return { ...c, accepted: entry.reason };
  });
  const warnings = entries
    .filter((e) => !used.has(e))
    .map((e): Diagnostic => stageDiagnostic({
      code: 'accept-unmatched',
      message: `The accepted change ${[e.kind, e.product, e.event, e.field].filter(Boolean).join(' ')}${e.version ? ` (${e.version})` : ''}${e.lang ? ` [${e.lang}]` : ''} matches no breaking change in this diff; remove it once the change has shipped.`,
      file,
      line: e.line,
      product: e.product,
      event: e.event,
      ...(e.field ? { field: e.field } : {}),
    }));
  return { changes: out, warnings };
}
