import { compareDiagnostics, type Diagnostic, type Severity } from '../shared/diagnostic.js';
import type { Model } from '../model/types.js';
import { stageDiagnostics } from '../shared/stage-diagnostics.js';
import { rules } from './rules/index.js';
import { placeStageDiagnostics } from './stage-places.js';
import { ExampleWalks } from './example-walk.js';

export { rules } from './rules/index.js';
export type { Rule } from './rule.js';
export { stageDiagnostics } from '../shared/stage-diagnostics.js';
export { compareFields, compareFieldSets, versionPairs, type FieldChange, type ChangeKind } from '../diff/compare-fields.js';
export { parseBaseline, newErrors, baselineFrom, type Baseline } from './baseline.js';

/**
 * Every finding: what the earlier stages noticed (with the registry's severity) plus every
 * rule, sorted with compareDiagnostics, each said once per place (code, file, line, event or API,
 * version, field, message): a field whose pages disagree on its type and on its required-ness
 * gets both findings.
 */
export function runChecks(model: Model): Diagnostic[] {
  // stage diagnostics carry their registry severity from where they were made
  const findings: Diagnostic[] = placeStageDiagnostics(model, model.diagnostics);
  const examples = new ExampleWalks(model);
  for (const rule of rules) {
    rule.check({
      model,
      examples,
      report: ({ messageId: _messageId, ...finding }) => findings.push(withoutUndefined({ ...finding, code: rule.id, severity: rule.severity })),
    });
  }
  const seen = new Set<string>();
  return findings.sort(compareDiagnostics).filter((f) => {
    const key = [f.code, f.file, f.line, f.event ?? '', f.api ?? '', f.version ?? '', f.field ?? '', f.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withoutUndefined(d: Diagnostic): Diagnostic {
  return Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as unknown as Diagnostic;
}

export interface RegistryEntry {
  id: string;
  severity: Severity;
  description: string;
  /** rule: a check over the model; stage: noticed while reading the pages or building the model. */
  kind: 'rule' | 'stage';
}

/** Id, default severity and description of everything the tool can report, sorted by id. */
export function registry(): RegistryEntry[] {
  return [
    ...rules.map((r): RegistryEntry => ({ id: r.id, severity: r.severity, description: r.description, kind: 'rule' })),
    ...Object.entries(stageDiagnostics).map(([id, d]): RegistryEntry => ({ id, ...d, kind: 'stage' })),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
