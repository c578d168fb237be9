import type { Severity } from '../../shared/diagnostic.js';
import type { FindingFormatter } from './formatter.js';
import { definedProperties, sarifLocation, sarifLog, type SarifLevel } from '../sarif.js';

const level: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** `findings.sarif`: SARIF 2.1.0, so CI systems annotate the doc lines. Every registry entry is a rule, so rule indexes stay stable. */
export const findingsSarif: FindingFormatter = {
  path: 'report/findings.sarif',
  format(findings, rules) {
    const known = new Set(rules.map((r) => r.id));
    // a code the registry lacks (a test guards against it) still gets a rule entry: SARIF needs one per ruleId
    const ruleList = [...rules, ...[...new Set(findings.map((f) => f.code))].filter((c) => !known.has(c)).map((id): { id: string; severity: Severity; description: string } => ({ id, severity: 'warning', description: id }))];
    const index = new Map(ruleList.map((r, i) => [r.id, i]));
    return sarifLog({
      tool: 'docs2ts',
      rules: ruleList.map((r) => ({ id: r.id, shortDescription: { text: r.description }, defaultConfiguration: { level: level[r.severity] } })),
      results: findings.map((f) => {
        const properties = definedProperties({ product: f.product, event: f.event, api: f.api, version: f.version, field: f.field, lang: f.lang });
        return {
          ruleId: f.code,
          ruleIndex: index.get(f.code),
          level: level[f.severity],
          message: { text: f.message },
          locations: [sarifLocation(f)],
          ...(f.product || f.event || f.api || f.field ? { properties } : {}),
        };
      }),
    });
  },
};
