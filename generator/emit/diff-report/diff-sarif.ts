import { classification, diffKinds, kindLabel, type DocChange, type Rule } from '../../diff/changes.js';
import { changeSentence, changeSubject } from '../../diff/change-sentence.js';
import type { DiffReport } from './report.js';
import { definedProperties, sarifLocation, sarifLog } from '../sarif.js';

const ruleText = (d: Rule | { closed: Rule; open: Rule } | { required: Rule; optional: Rule }): string => {
  if ('closed' in d) return `closed enum: ${d.closed.why}; open enum: ${d.open.why}`;
  if ('required' in d) return `required: ${d.required.why}; optional: ${d.optional.why}`;
  return d.why;
};

/** The new doc line when there is one (a CI annotation must land on a line of the new docs); a removal points at its section there. */
function annotated(c: DocChange): { file: string; line: number } | undefined {
  return c.where?.new ?? c.section ?? c.where?.old ?? (c.file ? { file: c.file, line: c.line ?? 1 } : undefined);
}

/**
 * SARIF 2.1.0 for CI annotations: one result per breaking change, on the doc line that made it
 * (the old line as a related location). A change the accept file accepts carries an external
 * suppression with the team's reason, so code scanning shows it as dismissed, not as an alert.
 */
export function diffSarif(report: DiffReport): string {
  const kinds = diffKinds();
  const index = new Map(kinds.map((k, i) => [k, i]));
  const results = report.changes
    .filter((c) => c.breaking)
    .map((c) => {
      const place = annotated(c);
      const old = c.where?.old;
      const oldElsewhere = old && place && (old.file !== place.file || old.line !== place.line);
      return {
        ruleId: c.kind,
        ruleIndex: index.get(c.kind),
        level: 'error',
        message: { text: `${changeSubject(c)}: ${changeSentence(c)}. Breaking for consumers; suggested bump: ${c.bump}.` },
        ...(place ? { locations: [sarifLocation(place)] } : {}),
        ...(oldElsewhere ? { relatedLocations: [{ id: 1, ...sarifLocation(old, 'where it was documented before the change (old docs)') }] } : {}),
        ...(c.accepted !== undefined ? { suppressions: [{ kind: 'external', status: 'accepted', justification: c.accepted }] } : {}),
        properties: definedProperties({ product: c.product, event: c.event, version: c.version, field: c.field, lang: c.lang, before: c.before, after: c.after }),
      };
    });
  return sarifLog({
    tool: 'docs2ts diff',
    rules: kinds.map((kind) => ({
      id: kind,
      shortDescription: { text: kindLabel(kind) },
      fullDescription: { text: `Callbacks and API responses: ${ruleText(classification.read[kind])}. API requests: ${ruleText(classification.write[kind])}.` },
      defaultConfiguration: { level: 'error' },
    })),
    results,
    properties: { summary: report.summary },
  });
}
