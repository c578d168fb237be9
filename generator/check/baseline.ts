import type { Diagnostic } from '../shared/diagnostic.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';
import { pushTo } from '../shared/push-to.js';

/**
 * Accepted findings: known doc defects the maintainer has seen (docs-src/findings-baseline.json).
 *
 * Matching: code + file + event (or API Action) + field, and version when the entry names one. `line` is kept
 * for the reader only: lines drift whenever a page above the defect changes, and a baseline
 * that breaks on every edit would be regenerated blindly. Each entry accepts one finding, so
 * a second finding at another line of the same field is still new.
 */
export interface Baseline {
  accepted: Array<Pick<Diagnostic, 'code' | 'file'> & Partial<Pick<Diagnostic, 'line' | 'event' | 'api' | 'field' | 'version'>> & { reason?: string }>;
}

type Entry = Baseline['accepted'][number];

export function parseBaseline(text: string, file: string): { baseline: Baseline; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return invalid(file, `it is not valid JSON (${(error as Error).message})`);
  }
  const list = data !== null && typeof data === 'object' ? (data as { accepted?: unknown }).accepted : undefined;
  if (!Array.isArray(list)) return invalid(file, 'it has no "accepted" array');
  const accepted: Entry[] = [];
  const diagnostics: Diagnostic[] = [];
  list.forEach((item, i) => {
    const entry = toEntry(item);
    if (entry) accepted.push(entry);
    else diagnostics.push(stageDiagnostic({ code: 'baseline-entry-invalid', message: `Entry ${i + 1} of the findings baseline has no string "code" and "file"; it accepts nothing.`, file, line: lineOfEntry(text, i) }));
  });
  return { baseline: { accepted }, diagnostics };
}

function toEntry(item: unknown): Entry | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const o = item as Record<string, unknown>;
  if (typeof o.code !== 'string' || typeof o.file !== 'string') return undefined;
  const text = (k: string): Record<string, string> => (typeof o[k] === 'string' ? { [k]: o[k] } : {});
  return { code: o.code, file: o.file, ...(typeof o.line === 'number' ? { line: o.line } : {}), ...text('event'), ...text('api'), ...text('field'), ...text('version'), ...text('reason') };
}

/** Approximate line of the n-th `"code"` key: good enough to point an editor at the entry. */
function lineOfEntry(text: string, n: number): number {
  let from = 0;
  for (let i = 0; i <= n; i++) {
    const at = text.indexOf('"code"', from);
    if (at < 0) return 1;
    from = at + 1;
  }
  return text.slice(0, from).split('\n').length;
}

function invalid(file: string, why: string): { baseline: Baseline; diagnostics: Diagnostic[] } {
  return { baseline: { accepted: [] }, diagnostics: [stageDiagnostic({ code: 'baseline-invalid', message: `The findings baseline cannot be read: ${why}; no finding is treated as accepted.`, file, line: 1 })] };
}

// an API finding is keyed by its Action; entries written before findings had `api` name it as `event`
const matchKey = (d: { code: string; file: string; event?: string; api?: string; field?: string }): string => [d.code, d.file, d.event ?? d.api ?? '', d.field ?? ''].join('\u0000');

/** Error findings the baseline does not accept (code, file, event or API, field; version when the entry has one). */
export function newErrors(findings: Diagnostic[], baseline: Baseline): Diagnostic[] {
  const open = new Map<string, Entry[]>();
  for (const a of baseline.accepted) pushTo(open, matchKey(a), a);
  const fresh: Diagnostic[] = [];
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    const candidates = open.get(matchKey(f)) ?? [];
    // an entry naming this version first; an entry naming no version accepts any version
    const i = candidates.findIndex((a) => a.version !== undefined && a.version === f.version);
    const j = i >= 0 ? i : candidates.findIndex((a) => a.version === undefined);
    if (j >= 0) candidates.splice(j, 1);
    else fresh.push(f);
  }
  return fresh;
}

/** A baseline that accepts every current error finding, for `docs2ts check --update-baseline`. */
export function baselineFrom(findings: Diagnostic[]): string {
  const accepted = findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({ code: f.code, file: f.file, ...(f.event ? { event: f.event } : {}), ...(f.api ? { api: f.api } : {}), ...(f.version ? { version: f.version } : {}), ...(f.field ? { field: f.field } : {}), line: f.line, reason: f.message }));
  return `${JSON.stringify({ accepted }, null, 2)}\n`;
}
