import type { Diagnostic, Severity } from '../shared/diagnostic.js';
import type { Model } from '../model/types.js';

/** What a rule reports: the place and the sentence; the id and severity come from the registry. */
export type RuleReport = Omit<Diagnostic, 'code' | 'severity'>;

export interface RuleContext {
  model: Model;
  report(finding: RuleReport): void;
}

export interface Rule {
  id: string;
  /** Default severity; rule bodies only detect. */
  severity: Severity;
  description: string;
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
