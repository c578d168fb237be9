import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Diagnostic } from '../shared/diagnostic.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';
import { isKnownTypeSpelling, type OverrideEntry } from '../model/passes/overrides.js';
import { overridesSchema } from './overrides-schema.js';

/** A malformed overrides file: every problem with its line. The commands stop with exit 2. */
export class OverridesFileError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}:${d.line}: error ${d.code}: ${d.message}`).join('\n'));
  }
}

type Validator = ((value: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }> | null };
let compiled: Validator | undefined;

/** Ajv is loaded only when a docs folder has an overrides file. */
async function schemaValidator(): Promise<Validator> {
  if (!compiled) {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    compiled = new Ajv2020({ allErrors: true, strict: false }).compile(overridesSchema);
  }
  return compiled;
}

/**
 * The entries of an overrides file, each with its line; anything malformed (not JSON, against the
 * schema, two actions in one entry, a type spelling the model does not read) throws
 * `OverridesFileError` listing every problem with its line.
 */
export async function parseOverridesFile(text: string, file: string): Promise<OverrideEntry[]> {
  const problems: Diagnostic[] = [];
  const problem = (line: number, message: string): void => void problems.push(stageDiagnostic({ code: 'overrides-invalid', message, file, line }));
  const syntax: ParseError[] = [];
  const tree = parseTree(text, syntax, { allowTrailingComma: false, disallowComments: true });
  if (syntax.length > 0 || !tree) {
    const first = syntax[0];
    problem(first ? lineAt(text, first.offset) : 1, `not valid JSON (${first ? printParseErrorCode(first.error) : 'empty file'})`);
    throw new OverridesFileError(problems);
  }
  const value = JSON.parse(text) as unknown;
  const validate = await schemaValidator();
  if (!validate(value)) {
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      const at = error.instancePath.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k.replace(/~1/g, '/').replace(/~0/g, '~')));
      const what = at.length === 0 ? 'the file (an array of entries)' : [`entry ${Number(at[0]) + 1}`, ...at.slice(1).map(String)].join('.');
      const detail = errorWords(error, at.at(-1));
      const message = `${what} ${detail}`;
      if (seen.has(message)) continue;
      seen.add(message);
      problem(lineOf(text, tree, at), message);
    }
    throw new OverridesFileError(problems);
  }
  const entries = value as Array<Record<string, unknown>>;
  const out: OverrideEntry[] = entries.map((raw, i) => {
    const line = lineOf(text, tree, [i]);
    const actions = (['set', 'add', 'remove'] as const).filter((k) => raw[k] !== undefined);
    if (actions.length !== 1) problem(line, `entry ${i + 1} must have exactly one of "set", "add" or "remove" (it has ${actions.length ? actions.join(', ') : 'none'})`);
    if (String(raw.path).endsWith('[]')) problem(lineOf(text, tree, [i, 'path']), `entry ${i + 1}: the path must end in a field name, not in the items of an array`);
    for (const action of ['set', 'add'] as const) {
      const spelling = (raw[action] as { type?: string } | undefined)?.type;
      if (spelling !== undefined && !isKnownTypeSpelling(spelling)) problem(lineOf(text, tree, [i, action, 'type']), `entry ${i + 1}: the type ${JSON.stringify(spelling)} is not a spelling the docs use (string, integer, int64, number, boolean, string|number, Array of X, a struct name)`);
    }
    const { $comment: _comment, ...entry } = raw;
    return { ...(entry as unknown as Omit<OverrideEntry, 'file' | 'line'>), file, line };
  });
  if (problems.length) throw new OverridesFileError(problems);
  return out;
}

/** Ajv's message, in the file's own words where Ajv's would puzzle. */
function errorWords(error: { keyword: string; message?: string; params: Record<string, unknown> }, key: string | number | undefined): string {
  if (error.keyword === 'additionalProperties') return `has an unknown key "${String(error.params.additionalProperty)}"`;
  if (error.keyword === 'pattern' && key === 'path') return 'must be a dot path of field names (`Info.RoomId`, `Items[].Id`)';
  if (error.keyword === 'pattern' && key === 'reason') return 'must say why the docs are overridden';
  if (error.keyword === 'const') return `must be ${JSON.stringify(error.params.allowedValue)}`;
  return error.message ?? 'is invalid';
}

function lineOf(text: string, tree: Node, at: Array<string | number>): number {
  let node = at.length ? findNodeAtLocation(tree, at) : tree;
  // a missing key: the line of the object that lacks it
  for (let n = at.length - 1; !node && n >= 0; n--) node = findNodeAtLocation(tree, at.slice(0, n));
  const start = node?.parent?.type === 'property' ? node.parent.offset : node?.offset ?? 0;
  return lineAt(text, start);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
