import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Model } from '../model/types.js';
import { buildSchemas, schemaId } from '../emit/schema/schemas.js';
import { compileValidators } from '../emit/validators/compile.js';
import { undocumentedIn } from '../emit/undocumented.js';
import { sourceIndex } from './source-index.js';
import type { Command } from './commands.js';

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
  --event TYPE   the event type of a bare payload (a body without EventType/EventData)
  --api ACTION   validate an API response of ACTION instead of a callback
  --json         print the result as JSON

Exit codes: 0 valid, 1 invalid (a body that is not JSON is invalid too), 2 unreadable input
or model, or an --event the model does not have.
`,
  options: {
    model: { type: 'string' },
    event: { type: 'string' },
    api: { type: 'string' },
    json: { type: 'boolean' },
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
    let text: string;
    try {
      text = input === '-' ? await readStdin() : await readFile(path.resolve(input), 'utf8');
    } catch (error) {
      process.stderr.write(`docs2ts validate: cannot read ${input}: ${(error as Error).message}\n`);
      return 2;
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
      return fail(`${input === '-' ? 'standard input' : input} is not JSON: ${(error as Error).message}`, values.json as boolean);
    }
    const schemas = buildSchemas(model);
    const validators = await compileValidators(schemas);
    const sources = sourceIndex(model);
    const undocumented = undocumentedIn(model);
    const check = (product: string, typeName: string, value: unknown, prefix: string): Violation[] =>
      validators.validate(schemaId(product, typeName), value).map((e) => {
        const p = e.keyword === 'required' ? `${e.instancePath}/${String(e.params.missingProperty)}` : e.instancePath;
        const expected = e.keyword === 'type' ? String(e.params.type) : e.keyword === 'enum' ? JSON.stringify(e.params.allowedValues) : undefined;
        return { path: prefix + p, message: e.message ?? e.keyword, ...(expected ? { expected } : {}), ...(sources(typeName, p) ? { source: sources(typeName, p) } : {}) };
      });

    const candidates: Array<{ label: string; product: string; typeName: string; envelope?: string; payload: unknown; prefix: string }> = [];
    if (values.api) {
      const api = model.apis.find((a) => a.action === values.api);
      if (!api) return fail(`no API action ${String(values.api)} in the model`, values.json as boolean);
      const wrapped = api.responseWrapper && body && typeof body === 'object' ? (body as Record<string, unknown>)[api.responseWrapper] : body;
      candidates.push({ label: `${api.product} ${api.action} response`, product: api.product, typeName: `${api.typeName}Response`, payload: wrapped, prefix: api.responseWrapper ? `/${api.responseWrapper}` : '' });
    } else {
      const obj = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
      for (const env of Object.values(model.envelopes)) {
        const type = obj?.[env.discriminator];
        if (typeof type !== 'string' || !obj || !(env.payloadField in obj)) continue;
        for (const e of model.events.filter((x) => x.product === env.product && x.eventType === type)) {
          candidates.push({ label: `${e.product} ${e.eventType}${e.version ? ` ${e.version}` : ''}`, product: e.product, typeName: e.typeName, envelope: env.typeName, payload: obj[env.payloadField], prefix: `/${env.payloadField}` });
        }
      }
      if (candidates.length === 0 && values.event) {
        for (const e of model.events.filter((x) => x.eventType === values.event)) candidates.push({ label: `${e.product} ${e.eventType}${e.version ? ` ${e.version}` : ''}`, product: e.product, typeName: e.typeName, payload: body, prefix: '' });
      }
      if (candidates.length === 0) return fail(obj && typeof obj.EventType === 'string' ? `EventType ${JSON.stringify(obj.EventType)} names no documented event` : 'the body has no envelope with EventType and EventData; pass --event TYPE for a bare payload', values.json as boolean);
    }
    // newest version first: a body that fits several versions is reported as the newest
    candidates.reverse();
    let best: { c: (typeof candidates)[number]; violations: Violation[] } | undefined;
    for (const c of candidates) {
      const violations = [...(c.envelope ? check(c.product, c.envelope, body, '') : []), ...check(c.product, c.typeName, c.payload, c.prefix)];
      if (violations.length === 0) {
        const extra = undocumented(c.typeName, c.payload, c.prefix);
        if (values.json) process.stdout.write(`${JSON.stringify({ valid: true, match: c.label, typeName: c.typeName, undocumentedFields: extra }, null, 2)}\n`);
        else process.stdout.write(`valid: ${c.label} (${c.typeName})${extra.length ? `\nfields the docs do not list: ${extra.join(', ')}` : ''}\n`);
        return 0;
      }
      if (!best || violations.length < best.violations.length) best = { c, violations };
    }
    if (values.json) process.stdout.write(`${JSON.stringify({ valid: false, closest: best!.c.label, violations: best!.violations }, null, 2)}\n`);
    else {
      process.stdout.write(`invalid: closest match ${best!.c.label} (${best!.c.typeName}), ${best!.violations.length} violation(s)\n`);
      for (const v of best!.violations) process.stdout.write(`  ${v.path || '/'}: ${v.message}${v.expected ? ` (expected ${v.expected})` : ''}${v.source ? ` — defined at ${v.source}` : ''}\n`);
    }
    return 1;
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

function fail(message: string, json: boolean): number {
  if (json) process.stdout.write(`${JSON.stringify({ valid: false, violations: [{ path: '', message }] }, null, 2)}\n`);
  else process.stdout.write(`invalid: ${message}\n`);
  return 1;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
