import { compareDiagnostics, type Diagnostic } from '../shared/diagnostic.js';
import type { Model } from '../model/types.js';
import { stageDiagnostics } from './diagnostic-codes.js';
import { rules } from './rules/index.js';

export { rules } from './rules/index.js';
export { stageDiagnostics } from './diagnostic-codes.js';
export { compareFields, type FieldChange, type ChangeKind } from './compare/compare-fields.js';
export { parseBaseline, newErrors, baselineFrom, type Baseline } from './baseline.js';

/** Every finding: what the earlier stages noticed plus every rule, sorted, one per place. */
export function runChecks(model: Model): Diagnostic[] {
  const findings: Diagnostic[] = model.diagnostics.map((d) => ({ ...d, severity: stageDiagnostics[d.code]?.severity ?? d.severity }));
  for (const rule of rules) {
    rule.check({ model, report: (f) => findings.push(clean({ ...f, code: rule.id, severity: rule.severity })) });
  }
  const seen = new Set<string>();
  return findings.sort(compareDiagnostics).filter((f) => {
    const key = [f.code, f.file, f.line, f.field ?? '', f.event ?? '', f.version ?? ''].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function clean(d: Diagnostic): Diagnostic {
  return Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as unknown as Diagnostic;
}

/** Id, severity and description of everything the tool can report: rules and stage diagnostics. */
export function registry(): Array<{ id: string; severity: Diagnostic['severity']; description: string }> {
  return [...rules.map((r) => ({ id: r.id, severity: r.severity, description: r.description })), ...Object.entries(stageDiagnostics).map(([id, d]) => ({ id, ...d }))].sort((a, b) => (a.id < b.id ? -1 : 1));
}
