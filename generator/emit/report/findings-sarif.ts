import type { Severity } from '../../shared/diagnostic.js';
import type { FindingFormatter } from './formatter.js';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** `findings.sarif`: SARIF 2.1.0, so CI systems annotate the doc lines. Every registry entry is a rule, so rule indexes stay stable. */
export const findingsSarif: FindingFormatter = {
  path: 'report/findings.sarif',
  format(findings, rules) {
    const known = new Set(rules.map((r) => r.id));
    // a code the registry lacks (a test guards against it) still gets a rule entry: SARIF needs one per ruleId
    const ruleList = [...rules, ...[...new Set(findings.map((f) => f.code))].filter((c) => !known.has(c)).map((id): { id: string; severity: Severity; description: string } => ({ id, severity: 'warning', description: id }))];
    const index = new Map(ruleList.map((r, i) => [r.id, i]));
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'docs2ts',
              rules: ruleList.map((r) => ({ id: r.id, shortDescription: { text: r.description }, defaultConfiguration: { level: level[r.severity] } })),
            },
          },
          results: findings.map((f) => ({
            ruleId: f.code,
            ruleIndex: index.get(f.code),
            level: level[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: Math.max(1, f.line), ...(f.column ? { startColumn: f.column } : {}) } } }],
            ...(f.product || f.event || f.field ? { properties: { ...(f.product ? { product: f.product } : {}), ...(f.event ? { event: f.event } : {}), ...(f.version ? { version: f.version } : {}), ...(f.field ? { field: f.field } : {}), ...(f.lang ? { lang: f.lang } : {}) } } : {}),
          })),
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
};
