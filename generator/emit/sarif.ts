/** The SARIF 2.1.0 shapes both reports write (findings and diff), built in one place so they cannot drift. */

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  defaultConfiguration: { level: SarifLevel };
}

/** A doc line as a SARIF location; line 0 (unknown) becomes 1, since SARIF lines start at 1. */
export function sarifLocation(place: { file: string; line: number; column?: number }, text?: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri: place.file },
      region: { startLine: Math.max(1, place.line), ...(place.column ? { startColumn: place.column } : {}) },
    },
    ...(text ? { message: { text } } : {}),
  };
}

/** Only the defined entries, so absent facts do not appear as `null` in the log. */
export function definedProperties(facts: Record<string, string | number | boolean | undefined>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(facts).filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined));
}

/** One run of one tool, serialised with a trailing newline. */
export function sarifLog(run: { tool: string; rules: SarifRule[]; results: unknown[]; properties?: Record<string, unknown> }): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: run.tool, rules: run.rules } }, results: run.results, ...(run.properties ? { properties: run.properties } : {}) }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
