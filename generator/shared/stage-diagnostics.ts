import type { Diagnostic, Severity } from './diagnostic.js';

/**
 * Everything the sources, parse and model stages (and the emitter's name plan) can report, with
 * its severity and meaning, in one table like the rules' registry: call sites say only what and
 * where (`stageDiagnostic`), so a severity is written once, here, and a mistyped code fails to compile.
 */
export const stageDiagnostics = {
  'manifest-invalid': { severity: 'error', description: 'The manifest is not valid JSON or an entry is malformed.' },
  'manifest-missing-file': { severity: 'warning', description: 'The manifest lists a page that is not in the docs folder.' },
  'file-too-large': { severity: 'error', description: 'A page is over the size limit and was skipped.' },
  'binary-file': { severity: 'error', description: 'A file in the docs folder is binary and was skipped.' },
  'accept-unmatched': { severity: 'warning', description: 'An entry of accepted-changes.json matches no breaking change in the diff (docs2ts diff, release).' },
  'page-failed': { severity: 'error', description: 'A page could not be read, parsed or modelled (the reason is given); it was skipped and every other page was generated.' },
  'file-name-invalid-utf8': { severity: 'error', description: 'A file name in the docs folder is not valid UTF-8; the file was skipped.' },
  'invalid-utf8': { severity: 'warning', description: 'A page is not valid UTF-8.' },
  'empty-document': { severity: 'warning', description: 'A page is empty.' },
  'unclosed-code-fence': { severity: 'warning', description: 'A code fence is never closed.' },
  'table-row-cell-count': { severity: 'warning', description: 'A table row has the wrong number of cells.' },
  'table-repeated-header': { severity: 'info', description: 'A table row repeats the header row and was dropped.' },
  'table-missing-header': { severity: 'warning', description: 'A pipe table has no header row.' },
  'table-row-missing-name': { severity: 'warning', description: 'A parameter row has no name.' },
  'api-page-without-tables': { severity: 'warning', description: 'An API page has no parameter table.' },
  'api-action-missing': { severity: 'error', description: 'An API page does not state its Action.' },
  'api-action-inferred': { severity: 'info', description: 'An API page states no Action row; its name was read from the title or the request line.' },
  'type-cell-holds-description': { severity: 'warning', description: 'A type cell holds a description instead of a type.' },
  'missing-type': { severity: 'warning', description: 'A field has no type.' },
  'unknown-type-spelling': { severity: 'warning', description: 'A type spelling is not known.' },
  'required-cell-unknown': { severity: 'warning', description: 'A required column cell holds no known word for required or optional.' },
  'unresolved-anchor': { severity: 'error', description: 'A reference points at an anchor no table defines.' },
  'unresolved-type-name': { severity: 'warning', description: 'A type names a struct that is not defined (or ambiguously).' },
  'duplicate-anchor': { severity: 'warning', description: 'An anchor id is defined twice in one page.' },
  'struct-reference-label-mismatch': { severity: 'warning', description: 'A link label differs from the label of the struct it points at.' },
  'struct-anchor-label-mismatch': { severity: 'info', description: 'A struct label and its anchor name disagree.' },
  'struct-without-label': { severity: 'warning', description: 'A struct table has no label.' },
  'orphan-value-table': { severity: 'info', description: 'A value table is not linked to any field.' },
  'event-without-table': { severity: 'warning', description: 'An event section has no parameter table.' },
  'profile-override': { severity: 'info', description: 'The config sets how a product names its events or wraps its responses, over what its pages show.' },
  'profile-override-unused': { severity: 'warning', description: 'The config sets a profile for a product no page documents.' },
  'overrides-invalid': { severity: 'error', description: 'The overrides file (docs-src/overrides.json) is not valid JSON or an entry is malformed; every command that reads the docs stops with exit 2.' },
  'override-applied': { severity: 'info', description: 'An entry of the overrides file corrects a field locally; the finding sits on the doc line it contradicts and names the entry line.' },
  'override-obsolete': { severity: 'warning', description: 'An entry of docs-src/overrides.json no longer changes anything: the docs now say what it sets (or no longer list what it removes).' },
  'override-target-missing': { severity: 'error', description: 'An entry of docs-src/overrides.json names a product, event, version, field or struct that does not exist.' },
  'event-typed-from-examples': { severity: 'info', description: 'An event has no parameter table; its fields are typed from its JSON examples, each marked inferred and optional.' },
  'event-name-missing': { severity: 'error', description: 'A parameter table cannot be tied to an event name.' },
  'duplicate-field': { severity: 'warning', description: 'A table lists the same field twice.' },
  'duplicate-event': { severity: 'warning', description: 'An event is documented twice in one language.' },
  'type-name-unsafe': { severity: 'warning', description: 'A type name from the docs is not a valid identifier and was changed.' },
  'type-name-collision': { severity: 'warning', description: 'A type name is already taken in the package and got a number.' },
  'baseline-invalid': { severity: 'error', description: 'The findings baseline is not valid JSON or has no "accepted" array.' },
  'baseline-entry-invalid': { severity: 'warning', description: 'An entry of the findings baseline lacks its code or file and accepts nothing.' },
  'example-too-deep': { severity: 'error', description: 'An example nests deeper than limits.maxExampleDepth; it is kept as raw text, not read, and gets no fixture.' },
  'example-too-large': { severity: 'error', description: 'An example (a code block) is larger than limits.maxExampleBytes; it is kept as raw text, not read, and gets no fixture.' },
  'table-too-many-rows': { severity: 'error', description: 'A table has more rows than limits.maxTableRows; the rows over the limit were skipped.' },
  'page-too-many-tables': { severity: 'error', description: 'A page has more tables than limits.maxTablesPerPage; the tables over the limit were skipped.' },
  'example-invalid-json': { severity: 'error', description: 'An example is not valid JSON (line and column of the break).' },
  'signature-recipe-mismatch': { severity: 'warning', description: 'The signature recipe the docs state (`sign = MD5(key + t)`) differs from the scheme the config declares for the product.' },
  'signature-recipe-unstated': { severity: 'info', description: 'The config declares a signature scheme for a product whose pages state no recipe to check it against.' },
  'signature-scheme-undeclared': { severity: 'info', description: 'The docs state a signature recipe for a product the config declares no scheme for; verifySignature cannot check its callbacks.' },
} as const satisfies Record<string, { severity: Severity; description: string }>;

export type StageDiagnosticCode = keyof typeof stageDiagnostics;

/** A diagnostic of an earlier stage, its severity from the registry. */
export function stageDiagnostic(diagnostic: Omit<Diagnostic, 'severity' | 'code'> & { code: StageDiagnosticCode }): Diagnostic {
  const severity = stageDiagnostics[diagnostic.code].severity;
  // severity goes right after the code, where the model JSON has always shown it
  const entries = Object.entries(diagnostic).flatMap(([key, value]) => (key === 'code' ? [[key, value], ['severity', severity]] : [[key, value]]));
  return Object.fromEntries(entries) as Diagnostic;
}

/** The registry entry of a code, if it is a stage code. */
export function stageDiagnosticEntry(code: string): { severity: Severity; description: string } | undefined {
  return Object.prototype.hasOwnProperty.call(stageDiagnostics, code) ? stageDiagnostics[code as StageDiagnosticCode] : undefined;
}
