import type { Diagnostic } from '../shared/diagnostic.js';

/** Accepted findings: known doc defects the maintainer has seen. Lines drift when pages change, so they do not take part in matching. */
export interface Baseline {
  accepted: Array<{ code: string; file: string; event?: string; field?: string; line?: number; reason?: string }>;
}

export function parseBaseline(text: string, file: string): { baseline: Baseline; diagnostics: Diagnostic[] } {
  try {
    const data = JSON.parse(text) as Baseline;
    if (!Array.isArray(data?.accepted)) throw new Error('no "accepted" array');
    return { baseline: { accepted: data.accepted.filter((a) => typeof a?.code === 'string' && typeof a?.file === 'string') }, diagnostics: [] };
  } catch (error) {
    return { baseline: { accepted: [] }, diagnostics: [{ code: 'baseline-invalid', severity: 'error', message: `The findings baseline cannot be read (${(error as Error).message}); no finding is treated as accepted.`, file, line: 1 }] };
  }
}

const matchKey = (d: { code: string; file: string; event?: string; field?: string }): string => [d.code, d.file, d.event ?? '', d.field ?? ''].join('\u0000');

/** Error findings the baseline does not accept (matched on code, file, event and field). */
export function newErrors(findings: Diagnostic[], baseline: Baseline): Diagnostic[] {
  const accepted = new Map<string, number>();
  for (const a of baseline.accepted) accepted.set(matchKey(a), (accepted.get(matchKey(a)) ?? 0) + 1);
  return findings.filter((f) => {
    if (f.severity !== 'error') return false;
    const n = accepted.get(matchKey(f)) ?? 0;
    if (n === 0) return true;
    accepted.set(matchKey(f), n - 1);
    return false;
  });
}

export function baselineFrom(findings: Diagnostic[]): string {
  const accepted = findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({ code: f.code, file: f.file, ...(f.event ? { event: f.event } : {}), ...(f.field ? { field: f.field } : {}), line: f.line, reason: f.message }));
  return `${JSON.stringify({ accepted }, null, 2)}\n`;
}
