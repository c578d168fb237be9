import type { Diagnostic, Severity } from '../../shared/diagnostic.js';

export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
}

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** `findings.sarif`: SARIF 2.1.0, so CI systems annotate the doc lines. */
export function findingsSarif(findings: Diagnostic[], rules: RuleInfo[]): string {
  const used = new Set(findings.map((f) => f.code));
  const ruleList = rules.filter((r) => used.has(r.id));
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'docs2ts',
            informationUri: 'https://www.npmjs.com/package/docs2ts',
            rules: ruleList.map((r) => ({ id: r.id, shortDescription: { text: r.description }, defaultConfiguration: { level: level[r.severity] } })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.code,
          ...(index.has(f.code) ? { ruleIndex: index.get(f.code) } : {}),
          level: level[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: Math.max(1, f.line), ...(f.column ? { startColumn: f.column } : {}) } } }],
          ...(f.event || f.field ? { properties: { ...(f.product ? { product: f.product } : {}), ...(f.event ? { event: f.event } : {}), ...(f.version ? { version: f.version } : {}), ...(f.field ? { field: f.field } : {}) } } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
