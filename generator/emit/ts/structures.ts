import type { InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure, TypeAliasDeclarationStructure } from 'ts-morph';
import type { CallbackEvent, Envelope, Example, Field, Localized, Model, SourceRef, TypeRef } from '../../model/types.js';
import { fieldSince } from '../field-timeline.js';
import { overrideNote } from '../override-note.js';
import { bilingual, docReferences, enforcedEnum, is64Bit, sectionSlug, versionGroups, type DocReferences } from '../model-view.js';
import { flatEvents, packageNames } from '../names.js';
import { docText, propertyKey, stringLiteral } from '../text-safety.js';
import { pushTo } from '../../shared/push-to.js';

export interface TsDeclarations {
  interfaces: OptionalKind<InterfaceDeclarationStructure>[];
  aliases: OptionalKind<TypeAliasDeclarationStructure>[];
}

export interface TsOptions {
  enumPolicy?: 'closed' | 'open';
}

/** Pure: the model as ts-morph structures (plain data); printing is someone else's job. */
export function buildDeclarations(model: Model, options: TsOptions = {}): TsDeclarations {
  const names = packageNames(model);
  const refs = docReferences(model);
  const interfaces: OptionalKind<InterfaceDeclarationStructure>[] = [];
  const aliases: OptionalKind<TypeAliasDeclarationStructure>[] = [];
  const typeOf = (type: TypeRef, field?: Field): string => {
    switch (type.kind) {
      case 'string':
      case 'integer':
      case 'number': {
        const e = field && enforcedEnum({ type, enum: field.enum }, options.enumPolicy);
        if (e) return e.values.map((v) => (typeof v.value === 'string' ? stringLiteral(v.value) : String(v.value))).join(' | ');
        return type.kind === 'string' ? 'string' : 'number';
      }
      case 'boolean':
        return 'boolean';
      case 'array': {
        const inner = typeOf(type.items);
        return /[|&]/.test(inner) ? `Array<${inner}>` : `${inner}[]`;
      }
      case 'ref':
        // a reference the model could not resolve: any value (the schema says the same)
        return names.struct(type.struct) ?? 'unknown';
      case 'object':
        return names.inline(type) ?? 'Record<string, unknown>';
      case 'union':
        return type.types.map((t) => typeOf(t)).join(' | ');
      default:
        return 'unknown';
    }
  };
  const property = (f: Field, section: string | undefined, since?: string): OptionalKind<PropertySignatureStructure> => {
    const base = typeOf(f.type, f);
    return {
      name: propertyKey(f.name),
      type: f.nullable ? `${/[|&]/.test(base) ? `(${base})` : base} | null` : base,
      hasQuestionToken: !f.required,
      docs: [{ description: since ? `${fieldDoc(f, refs, section, model)}\n\n@since ${docText(since)}` : fieldDoc(f, refs, section, model) }],
    };
  };
  const addObject = (name: string, description: string, fields: Field[], since?: (field: string) => string | undefined): void => {
    const section = refs.sectionOf(name);
    interfaces.push({ name, isExported: true, docs: [{ description }], properties: fields.map((f) => property(f, section, since?.(f.name))) });
    for (const f of fields) {
      let t = f.type;
      while (t.kind === 'array') t = t.items;
      const inline = t.kind === 'object' ? names.inline(t) : undefined;
      if (t.kind === 'object' && inline) addObject(inline, docText(`${f.name}: ${bilingual(f.description).join('\n') || 'inline object'}`), t.fields);
    }
  };

  for (const s of Object.values(model.structs)) {
    addObject(names.struct(s.id)!, typeDoc(refs, [...bilingual(s.description), `Struct \`${s.name}\` (${s.id}).`, `Used by: ${s.usedBy.join(', ') || 'nothing'}.`], s.sources, [], refs.sectionOf(names.struct(s.id)!)), s.fields);
  }
  const groups = versionGroups(model);
  // dated events: each field says the version it appeared in (`@since`)
  const sinceOf = fieldSince(model);
  for (const e of model.events) {
    addObject(names.event(e), typeDoc(refs, [...titleLines(e.title, e.summary), `${payloadWords(e, model)} of callback event \`${e.eventType}\`${e.version ? `, version ${e.version}` : ''} (${e.product}).`], e.sources, firstExample(e.examples), sectionSlug(e.eventType)), e.fields, (field) => sinceOf(e, field));
    const reply = names.reply(e);
    if (reply && e.reply) addObject(reply, typeDoc(refs, [`The reply the receiver sends back for \`${e.eventType}\` (${e.product}).`], e.reply.sources, firstExample(e.reply.examples), sectionSlug(e.eventType)), e.reply.fields);
  }
  for (const [key, versions] of groups) {
    const name = names.versions(versions[0].product, versions[0].eventType);
    if (!name) continue;
    const newest = versions[versions.length - 1];
    aliases.push({
      name,
      isExported: true,
      type: versions.map((v) => names.event(v)).join(' | '),
      docs: [{ description: docText(`Every documented version of ${key}: ${versions.map((v) => v.version ?? 'undated').join(', ')}. The newest is ${newest.version ?? 'undated'} (${names.event(newest)}). A callback body does not say which version sent it; narrow on the fields you need.`) }],
    });
  }
  /** Per event: the body type a validated callback has (its envelope, or the bare payload). */
  const bodyOf = new Map<CallbackEvent, string>();
  for (const [envKey, env] of Object.entries(model.envelopes)) {
    const envelopeName = names.envelope(env);
    const events = model.events.filter((e) => e.envelope === envKey);
    const discriminatorType = typeOfDiscriminator(env);
    interfaces.push({
      name: `${envelopeName}<TType extends ${discriminatorType} = ${discriminatorType}, TData = unknown>`,
      isExported: true,
      docs: [{ description: typeDoc(refs, [`Callback body of ${env.product}: \`${env.discriminator}\` names the event, \`${env.payloadField}\` carries its payload. Known from the docs' examples, not from a table.`], env.sources, firstExample(events.flatMap((e) => e.examples), 'envelope')) }],
      properties: env.fields.map((f) => (f.name === env.discriminator ? { ...property(f, undefined), type: 'TType', hasQuestionToken: false } : f.name === env.payloadField ? { ...property(f, undefined), type: 'TData', hasQuestionToken: false } : property(f, undefined))),
    });
    for (const e of events) bodyOf.set(e, `${envelopeName}<${discriminatorLiteral(e, discriminatorType)}, ${names.event(e)}>`);
    const members: string[] = [];
    for (const e of events) {
      const name = names.callback(e.product, e.eventType);
      if (!name || members.includes(name)) continue;
      const payload = names.versions(e.product, e.eventType) ?? names.event(e);
      aliases.push({ name, isExported: true, type: `${envelopeName}<${discriminatorLiteral(e, discriminatorType)}, ${payload}>`, docs: [{ description: docText(`The whole callback body of \`${e.eventType}\` (${e.product}).`) }] });
      members.push(name);
    }
    const union = names.productCallback(env.product);
    if (union && members.length) {
      aliases.push({ name: union, isExported: true, type: members.join(' | '), docs: [{ description: docText(`Every callback of ${env.product}, discriminated by \`${env.discriminator}\`: \`switch (body.${env.discriminator})\` narrows \`body.${env.payloadField}\`.`) }] });
    }
  }
  // products whose bodies name themselves by a top-level key: the union of the payloads narrows on that key
  const flatByProduct = new Map<string, CallbackEvent[]>();
  for (const e of flatEvents(model)) pushTo(flatByProduct, e.product, e);
  for (const [product, events] of flatByProduct) {
    const union = names.productCallback(product);
    if (!union) continue;
    const keys = [...new Set(events.map((e) => e.discriminator!.key))];
    const members = [...new Set(events.map((e) => names.versions(e.product, e.eventType) ?? names.event(e)))];
    aliases.push({ name: union, isExported: true, type: members.join(' | '), docs: [{ description: docText(`Every callback of ${product}, discriminated by \`${keys.join('`, `')}\`: \`switch (body.${keys[0]})\` narrows the body.`) }] });
  }
  aliases.push({
    name: 'CallbackMatch',
    isExported: true,
    type: model.events.length ? model.events.map((e) => `{ product: ${stringLiteral(e.product)}; event: ${stringLiteral(e.eventType)}; version: ${e.version ? stringLiteral(e.version) : 'null'}; typeName: ${stringLiteral(names.event(e))}; value: ${names.event(e)}; body: ${bodyOf.get(e) ?? names.event(e)} }`).join(' | ') : 'never',
    docs: [{ description: 'What `validateCallback` recognised: `switch (result.event)` narrows `result.value` (the payload) and `result.body` (the whole callback).' }],
  });
  aliases.push({
    name: 'CallbackReplies',
    isExported: true,
    type: model.events.length ? model.events.map((e) => `{ product: ${stringLiteral(e.product)}; event: ${stringLiteral(e.eventType)}; reply: ${names.reply(e) ?? 'never'} }`).join(' | ') : 'never',
    docs: [{ description: 'The reply each event prescribes (`never` where the docs prescribe none): what a `createCallbackHandler` handler may return.' }],
  });
  const responses = new Map<string, string[]>();
  for (const a of model.apis) {
    const doc = [...bilingual(a.summary), `API \`${a.action}\`${a.apiVersion ? ` (version ${a.apiVersion})` : ''} of ${a.product}.`, a.domain ? `Endpoint: ${a.domain}.` : '', a.rateLimit ? `Rate limit: ${a.rateLimit.count} requests per ${a.rateLimit.per}.` : '', a.regions ? `Regions: ${a.regions.join(', ')}.` : ''].filter(Boolean);
    addObject(names.request(a), typeDoc(refs, [...doc, 'Request parameters.'], a.sources, firstExample(a.examples, 'request'), sectionSlug(a.action)), a.input);
    const response = names.response(a);
    const wrapped = firstExample(a.examples, 'response');
    addObject(response, typeDoc(refs, [...doc, 'Response fields.', ...(a.errors.length ? [`Error codes: ${a.errors.map((e) => e.code).join(', ')}.`] : [])], a.sources, a.responseWrapper ? [] : wrapped, sectionSlug(a.action)), a.output);
    if (a.responseWrapper) {
      interfaces.push({ name: names.responseBody(a), isExported: true, docs: [{ description: typeDoc(refs, [`The HTTP body of a ${a.action} response: the fields wrapped in \`${a.responseWrapper}\`.`], a.sources, wrapped, sectionSlug(a.action)) }], properties: [{ name: propertyKey(a.responseWrapper), type: response }] });
    }
    pushTo(responses, a.action, response);
  }
  interfaces.push({
    name: 'ApiResponses',
    isExported: true,
    docs: [{ description: 'Response type per API action (the fields, without the wrapper): what `validateApiResponse(action, body)` returns.' }],
    properties: [...responses].map(([action, types]) => ({ name: propertyKey(action), type: types.join(' | ') })),
  });
  return { interfaces, aliases };
}

/** `string`, `number`, or both: what the envelope's discriminator field holds. */
function typeOfDiscriminator(env: Envelope): string {
  const field = env.fields.find((f) => f.name === env.discriminator);
  const kinds = field?.type.kind === 'union' ? field.type.types.map((t) => t.kind) : [field?.type.kind];
  const numeric = kinds.some((k) => k === 'integer' || k === 'number');
  const text = kinds.some((k) => k !== 'integer' && k !== 'number');
  return numeric && text ? 'string | number' : numeric ? 'number' : 'string';
}

/** The literal an event's body carries in the discriminator: its documented value, else its event type. */
function discriminatorLiteral(e: CallbackEvent, discriminatorType: string): string {
  const value = e.discriminator?.value ?? e.eventType;
  if (typeof value === 'number') return String(value);
  if (discriminatorType === 'number' && /^-?\d+$/.test(value)) return value;
  return stringLiteral(value);
}

function payloadWords(e: CallbackEvent, model: Model): string {
  if (e.discriminator && e.discriminator.payloadPath.length === 0 && !e.envelope) return `Body (\`${e.discriminator.key}\` = ${JSON.stringify(e.discriminator.value)})`;
  const member = e.envelope ? model.envelopes[e.envelope]?.payloadField : e.discriminator?.payloadPath.join('.');
  return member ? `Payload (\`${member}\`)` : 'Payload';
}

function titleLines(title: Localized, summary: Localized): string[] {
  return [...bilingual(title), ...bilingual(summary)];
}

/** The first example that is valid JSON (of a kind, when given), pretty-printed for `@example`. */
function firstExample(examples: Example[], kind?: Example['kind']): string[] {
  const first = examples.find((x) => x.value !== undefined && (!kind || x.kind === kind));
  return first ? [JSON.stringify(first.value, null, 2)] : [];
}

function typeDoc(refs: DocReferences, lines: string[], sources: SourceRef[], examples: string[] = [], section?: string): string {
  const parts = lines.filter(Boolean).map(docText);
  // a section reference, not a line: a row edited elsewhere on the page leaves this comment as it is
  if (sources.length) parts.push(`Source: ${docText(refs.text(sources, section))}`);
  for (const ex of examples) parts.push(`@example\n${docText(ex)}`);
  return parts.join('\n\n');
}

function fieldDoc(f: Field, refs: DocReferences, section: string | undefined, model: Pick<Model, 'structs'>): string {
  const parts = bilingual(f.description).map(docText);
  const overridden = overrideNote(f, model.structs);
  if (overridden) parts.push(docText(overridden));
  if (f.enum) {
    const values = f.enum.values.map((v) => `- \`${docText(String(v.value))}\`${v.description ? `: ${bilingual(v.description).map(docText).join(' / ')}` : ''}`);
    parts.push(`${f.enum.closed ? 'Values' : 'Known values (not enforced)'}:\n${values.join('\n')}`);
  }
  if (is64Bit(f.type)) parts.push(`64-bit integer (${(f.type as { format: string }).format}): values above 2^53 lose precision as a JavaScript number.`);
  if (f.typeSource === 'inferred-from-example') parts.push('Type inferred from the documentation example; the table does not give one.');
  if (!f.required) parts.push(docText(`Optional: ${f.requiredReason}.`));
  parts.push(`Source: ${docText(refs.text(f.sources, section))}`);
  if (f.example !== undefined) parts.push(`@example ${docText(JSON.stringify(f.example))}`);
  return parts.join('\n\n');
}

