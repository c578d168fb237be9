import type { InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure, TypeAliasDeclarationStructure } from 'ts-morph';
import type { CallbackEvent, Field, Localized, Model, SourceRef, TypeRef } from '../../model/types.js';
import { bilingual, enforcedEnum, inlineObjectNames, is64Bit, sourceText, versionGroups } from '../model-view.js';
import { docText, propertyKey, stringLiteral, typeIdentifier } from '../text-safety.js';

export interface TsDeclarations {
  interfaces: OptionalKind<InterfaceDeclarationStructure>[];
  aliases: OptionalKind<TypeAliasDeclarationStructure>[];
}

export interface TsOptions {
  enumPolicy?: 'closed' | 'open';
}

/** Pure: the model as ts-morph structures (plain data); printing is someone else's job. */
export function buildDeclarations(model: Model, options: TsOptions = {}): TsDeclarations {
  const inline = inlineObjectNames(model);
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
        return typeIdentifier(model.structs[type.struct]?.typeName ?? 'unknown');
      case 'object': {
        const name = inline.get(type);
        return name ? typeIdentifier(name) : 'Record<string, unknown>';
      }
      default:
        return 'unknown';
    }
  };
  const property = (f: Field): OptionalKind<PropertySignatureStructure> => {
    const base = typeOf(f.type, f);
    return {
      name: propertyKey(f.name),
      type: f.nullable ? `${/[|&]/.test(base) ? `(${base})` : base} | null` : base,
      hasQuestionToken: !f.required,
      docs: [{ description: fieldDoc(f) }],
    };
  };
  const addObject = (name: string, description: string, fields: Field[]): void => {
    interfaces.push({ name: typeIdentifier(name), isExported: true, docs: [{ description }], properties: fields.map(property) });
    for (const f of fields) {
      let t = f.type;
      while (t.kind === 'array') t = t.items;
      if (t.kind === 'object' && inline.has(t)) addObject(inline.get(t)!, docText(`${f.name}: ${bilingual(f.description).join('\n') || 'inline object'}`), t.fields);
    }
  };

  for (const s of Object.values(model.structs)) {
    addObject(s.typeName, typeDoc([...bilingual(s.description), `Struct \`${s.name}\` (${s.id}).`, `Used by: ${s.usedBy.join(', ') || 'nothing'}.`], s.sources), s.fields);
  }
  const groups = versionGroups(model);
  for (const e of model.events) {
    addObject(e.typeName, typeDoc([...titleLines(e.title, e.summary), `Payload (\`EventData\`) of callback event \`${e.eventType}\`${e.version ? `, version ${e.version}` : ''} (${e.product}).`], e.sources, examplesOf(e)), e.fields);
  }
  for (const [key, versions] of groups) {
    if (versions.length < 2) continue;
    const newest = versions[versions.length - 1];
    aliases.push({
      name: typeIdentifier(`${versions[0].eventType}Versions`),
      isExported: true,
      type: versions.map((v) => typeIdentifier(v.typeName)).join(' | '),
      docs: [{ description: docText(`Every documented version of ${key}: ${versions.map((v) => v.version ?? 'undated').join(', ')}. The newest is ${newest.version ?? 'undated'} (${newest.typeName}). A callback body does not say which version sent it; narrow on the fields you need.`) }],
    });
  }
  for (const env of Object.values(model.envelopes)) {
    const events = model.events.filter((e) => e.envelope === env.product);
    const generic = `${typeIdentifier(env.typeName)}<TType extends string = string, TData = unknown>`;
    interfaces.push({
      name: generic,
      isExported: true,
      docs: [{ description: typeDoc([`Callback body of ${env.product}: \`${env.discriminator}\` names the event, \`${env.payloadField}\` carries its payload. Known from the docs' examples, not from a table.`], env.sources) }],
      properties: env.fields.map((f) => (f.name === env.discriminator ? { ...property(f), type: 'TType', hasQuestionToken: false } : f.name === env.payloadField ? { ...property(f), type: 'TData', hasQuestionToken: false } : property(f))),
    });
    const members: string[] = [];
    const seen = new Set<string>();
    for (const e of events) {
      if (seen.has(e.eventType)) continue;
      seen.add(e.eventType);
      const versions = groups.get(`${e.product}/${e.eventType}`) ?? [e];
      const payload = versions.length > 1 ? typeIdentifier(`${e.eventType}Versions`) : typeIdentifier(e.typeName);
      const name = typeIdentifier(`${e.typeName.replace(/_\d{8}$/, '')}Callback`);
      aliases.push({ name, isExported: true, type: `${typeIdentifier(env.typeName)}<${stringLiteral(e.eventType)}, ${payload}>`, docs: [{ description: docText(`The whole callback body of \`${e.eventType}\` (${e.product}).`) }] });
      members.push(name);
    }
    if (members.length) {
      aliases.push({ name: typeIdentifier(`${pascal(env.product)}Callback`), isExported: true, type: members.join(' | '), docs: [{ description: docText(`Every callback of ${env.product}, discriminated by \`${env.discriminator}\`: \`switch (body.${env.discriminator})\` narrows \`body.${env.payloadField}\`.`) }] });
    }
  }
  for (const a of model.apis) {
    const doc = [...bilingual(a.summary), `API \`${a.action}\`${a.apiVersion ? ` (version ${a.apiVersion})` : ''} of ${a.product}.`, a.domain ? `Endpoint: ${a.domain}.` : '', a.rateLimit ? `Rate limit: ${a.rateLimit.count} requests per ${a.rateLimit.per}.` : '', a.regions ? `Regions: ${a.regions.join(', ')}.` : ''].filter(Boolean);
    addObject(`${a.typeName}Request`, typeDoc([...doc, 'Request parameters.'], a.sources), a.input);
    addObject(`${a.typeName}Response`, typeDoc([...doc, 'Response fields.', ...(a.errors.length ? [`Error codes: ${a.errors.map((e) => e.code).join(', ')}.`] : [])], a.sources), a.output);
    if (a.responseWrapper) {
      interfaces.push({ name: typeIdentifier(`${a.typeName}ResponseBody`), isExported: true, docs: [{ description: docText(`The HTTP body of a ${a.action} response: the fields wrapped in \`${a.responseWrapper}\`.`) }], properties: [{ name: propertyKey(a.responseWrapper), type: typeIdentifier(`${a.typeName}Response`) }] });
    }
  }
  return { interfaces, aliases };
}

function titleLines(title: Localized, summary: Localized): string[] {
  return [...bilingual(title), ...bilingual(summary)];
}

function examplesOf(e: CallbackEvent): string[] {
  const first = e.examples.find((x) => x.value !== undefined);
  return first ? [JSON.stringify(first.value, null, 2)] : [];
}

function typeDoc(lines: string[], sources: SourceRef[], examples: string[] = []): string {
  const parts = lines.filter(Boolean).map(docText);
  if (sources.length) parts.push(`Source: ${sources.map((s) => `${s.file}:${s.line} (${s.lang})`).join(', ')}`);
  for (const ex of examples) parts.push(`@example\n${docText(ex)}`);
  return parts.join('\n\n');
}

function fieldDoc(f: Field): string {
  const parts = bilingual(f.description).map(docText);
  if (f.enum) {
    const values = f.enum.values.map((v) => `- \`${docText(String(v.value))}\`${v.description ? `: ${bilingual(v.description).map(docText).join(' / ')}` : ''}`);
    parts.push(`${f.enum.closed ? 'Values' : 'Known values (not enforced)'}:\n${values.join('\n')}`);
  }
  if (is64Bit(f.type)) parts.push(`64-bit integer (${(f.type as { format: string }).format}): values above 2^53 lose precision as a JavaScript number.`);
  if (f.typeSource === 'inferred-from-example') parts.push('Type inferred from the documentation example; the table does not give one.');
  if (!f.required) parts.push(docText(`Optional: ${f.requiredReason}.`));
  parts.push(`Source: ${docText(sourceText(f))}`);
  if (f.example !== undefined) parts.push(`@example ${docText(JSON.stringify(f.example))}`);
  return parts.join('\n\n');
}

function pascal(s: string): string {
  return s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}
