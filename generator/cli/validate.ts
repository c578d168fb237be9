import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Model } from '../model/types.js';
import { buildSchemas } from '../emit/schema/schemas.js';
import { compileValidators, validatorName } from '../emit/validators/compile.js';
import { registryData, sourceMapOf } from '../emit/package/registry.js';
import { packageNames } from '../emit/names.js';
import { sourceText } from '../emit/model-view.js';
import type { EventEntry } from '../runtime/registry.js';
import { createValidation, type Validation } from '../runtime/validate.js';
import { duplicateKeys } from '../runtime/raw-json.js';
import type { Command } from './commands.js';

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Violations printed at most; a hostile body can hold millions. */
const MAX_PRINTED = 50;
const MAX_TEXT = 300;

interface Violation {
  path: string;
  message: string;
  expected?: string;
  source?: string;
}

export const validateCommand: Command = {
  summary: 'Validate a received callback body or API response (FILE or - for stdin) against the docs',
  help: `Usage: docs2ts validate FILE|- [--model FILE] [--event TYPE] [--api ACTION] [--json]

Says which product, event and version the body matches, or lists each violation with its JSON
path, the expected type and the doc file:line that defines the field.

  --model FILE   the model to validate against (default: generated/model.json)
  --event TYPE   the event type of a bare payload (a body that does not name its event)
  --api ACTION   validate an API response of ACTION instead of a callback
  --json         print the result as JSON
  --max-bytes N  refuse a body over N bytes (default 10485760, 10 MB)

A body is invalid too when it is not JSON, not UTF-8, over the size limit, or gives a key twice
in one object (a parser would keep only one of them). At most ${MAX_PRINTED} violations are printed.

Exit codes: 0 valid, 1 invalid (a body that is not JSON is invalid too), 2 unreadable input
or model, or an --event the model does not have.
`,
  options: {
    model: { type: 'string' },
    event: { type: 'string' },
    api: { type: 'string' },
    json: { type: 'boolean' },
    'max-bytes': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values, positionals) {
    const input = positionals[0];
    if (!input) {
      process.stderr.write(`docs2ts validate: give a FILE or - for standard input\n\n${validateCommand.help}`);
      return 2;
    }
    const modelPath = (values.model as string | undefined) ?? 'generated/model.json';
    let model: Model;
    try {
      model = JSON.parse(await readFile(modelPath, 'utf8')) as Model;
    } catch (error) {
      process.stderr.write(`docs2ts validate: cannot read the model ${modelPath}: ${(error as Error).message}; run "docs2ts generate" first\n`);
      return 2;
    }
    const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
    if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
      process.stderr.write(`docs2ts validate: --max-bytes takes a positive whole number of bytes, not ${JSON.stringify(values['max-bytes'])}\n`);
      return 2;
    }
    const shown = input === '-' ? 'standard input' : input;
    let bytes: Buffer | undefined;
    try {
      bytes = input === '-' ? await readStdin(maxBytes) : await readFileWithin(path.resolve(input), maxBytes);
    } catch (error) {
      process.stderr.write(`docs2ts validate: cannot read ${input}: ${(error as Error).message}\n`);
      return 2;
    }
    // a receiver must reject these bodies: invalid (exit 1), not bad usage
    if (bytes === undefined) return fail(`${shown} is over the size limit of ${maxBytes} bytes (--max-bytes); it was not read`, values.json as boolean);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail(`${shown} is not valid UTF-8 (first bad byte at offset ${firstBadUtf8Byte(bytes)})`, values.json as boolean);
    }
    if (typeof values.event === 'string' && !model.events.some((e) => e.eventType === values.event)) {
      process.stderr.write(`docs2ts validate: ${unknownEventMessage(values.event, model)}\n`);
      return 2;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      // a body that is not JSON is a payload the receiver must reject: invalid, not bad usage
      return fail(`${shown} is not JSON: ${(error as Error).message}`, values.json as boolean);
    }
    const duplicates = duplicateKeys(text, 100_000);
    if (duplicates.length > 0) {
      const violations = duplicates.map((d) => ({ path: d.path, message: `key ${JSON.stringify(d.key)} is given twice: line ${d.first.line}, column ${d.first.column} and line ${d.second.line}, column ${d.second.column} (a parser keeps only one of them)` }));
      return report({ valid: false, label: 'none: the body gives a key twice', typeName: '', violations }, values.json as boolean);
    }
    const runtime = await runtimeFor(model);
    const label = (r: { product?: string; event?: string; version?: string | null }): string => `${r.product} ${r.event}${r.version ? ` ${r.version}` : ''}`;
    if (values.api) {
      const api = model.apis.find((a) => a.action === values.api);
      if (!api) return fail(`no API action ${String(values.api)} in the model`, values.json as boolean);
      const result = runtime.validation.validateApiResponse(api.action, body);
      return report(result.ok ? { valid: true, label: `${api.product} ${api.action} response`, typeName: packageNames(model).response(api), undocumented: [] } : { valid: false, label: `${api.product} ${api.action} response`, typeName: packageNames(model).response(api), violations: result.errors }, values.json as boolean);
    }
    const result = runtime.validation.validateCallback(body, values.event ? { eventType: String(values.event) } : {});
    if (result.ok) {
      const entry = runtime.events.find((e) => e.typeName === result.typeName);
      const prefix = result.value === body || !entry?.discriminator ? '' : entry.discriminator.payloadPath.map((k) => `/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
      return report({ valid: true, label: label(result), typeName: result.typeName, undocumented: runtime.validation.undocumentedFields(result.typeName, result.value, prefix) }, values.json as boolean);
    }
    if (!result.typeName) return fail(result.errors.map((e) => e.message).join('; '), values.json as boolean);
    return report({ valid: false, label: label(result), typeName: result.typeName, violations: result.errors }, values.json as boolean);
  },
};

/** `--event` names no event: say so, with the nearest names the model has. */
export function unknownEventMessage(eventType: string, model: Model): string {
  const known = [...new Set(model.events.map((e) => e.eventType))].sort();
  const wanted = eventType.toLowerCase();
  const near = known.filter((k) => k.toLowerCase().includes(wanted) || wanted.includes(k.toLowerCase()) || editDistance(k.toLowerCase(), wanted) <= 2);
  const hint = near.length ? `did you mean ${near.slice(0, 5).join(', ')}?` : `the model has ${known.length} event types (${known.slice(0, 5).join(', ')}${known.length > 5 ? ', …' : ''})`;
  return `no event type ${JSON.stringify(eventType)} in the model; ${hint}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

type Outcome = { valid: true; label: string; typeName: string; undocumented: string[] } | { valid: false; label: string; typeName: string; violations: Violation[] };

function report(outcome: Outcome, json: boolean): number {
  if (outcome.valid) {
    const extra = outcome.undocumented;
    if (json) process.stdout.write(`${JSON.stringify({ valid: true, match: outcome.label, typeName: outcome.typeName, undocumentedFields: extra }, null, 2)}\n`);
    else process.stdout.write(`valid: ${outcome.label} (${outcome.typeName})${extra.length ? `\nfields the docs do not list: ${extra.join(', ')}` : ''}\n`);
    return 0;
  }
  const all = outcome.violations.map(({ path, message, expected, source }) => ({ path: clip(path), message: clip(message), ...(expected ? { expected: clip(expected) } : {}), ...(source ? { source } : {}) }));
  // a hostile body can hold millions of violations: the report stays readable and small
  const violations = all.slice(0, MAX_PRINTED);
  const more = all.length - violations.length;
  if (json) process.stdout.write(`${JSON.stringify({ valid: false, closest: outcome.label, violations, ...(more ? { notShown: more } : {}) }, null, 2)}\n`);
  else {
    process.stdout.write(`invalid: closest match ${outcome.label}${outcome.typeName ? ` (${outcome.typeName})` : ''}, ${all.length} violation(s)\n`);
    for (const v of violations) process.stdout.write(`  ${v.path || '/'}: ${v.message}${v.expected ? ` (expected ${v.expected})` : ''}${v.source ? ` — defined at ${v.source}` : ''}\n`);
    if (more) process.stdout.write(`  … and ${more} more\n`);
  }
  return 1;
}

/** The package's own runtime over the model: recognition and error mapping are the same code as the package's. */
async function runtimeFor(model: Model): Promise<{ validation: Validation; events: EventEntry[] }> {
  const schemas = buildSchemas(model);
  const validators = await compileValidators(schemas);
  const idOf = new Map(schemas.map((s) => [validatorName(s), s.id]));
  // at a terminal the exact doc line helps most: the model has it
  const data = registryData(model, schemas, sourceText);
  const runValidator = (name: string, value: unknown) => validators.validate(idOf.get(name) ?? name, value);
  return { validation: createValidation({ events: data.events, envelopes: data.envelopes, apis: data.apis, sourceMap: sourceMapOf(data), runValidator }), events: data.events };
}

function fail(message: string, json: boolean): number {
  if (json) process.stdout.write(`${JSON.stringify({ valid: false, violations: [{ path: '', message }] }, null, 2)}\n`);
  else process.stdout.write(`invalid: ${message}\n`);
  return 1;
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}… (${text.length} characters)` : text;
}

/** The bytes of standard input, or undefined once they pass the limit (the rest is not kept). */
async function readStdin(maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readFileWithin(file: string, maxBytes: number): Promise<Buffer | undefined> {
  return (await stat(file)).size > maxBytes ? undefined : readFile(file);
}

function firstBadUtf8Byte(bytes: Uint8Array): number {
  // bisect on the longest prefix a streaming decoder accepts (an unfinished character is not an error yet)
  let lo = 0;
  let hi = bytes.length;
  const ok = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  // the accepted prefix may end inside the bad sequence (its lead byte): back up to where it starts
  for (let start = lo; start >= Math.max(0, lo - 3); start--) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, start));
      return start;
    } catch {
      // still inside the sequence
    }
  }
  return lo;
}
