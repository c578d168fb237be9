import { cmp, compareDiagnostics, type Diagnostic } from '../shared/diagnostic.js';
import type { ParsedDoc } from '../parse/types.js';
import { buildFromApiPage } from './build-api.js';
import { buildFromMarkdown } from './build-markdown.js';
import { buildFromScrapedText } from './build-scraped.js';
import { asApiPage, isApiReferencePage } from './recognise/api-reference.js';
import type { DocDraft } from './draft.js';
import { inferEnvelopes } from './passes/envelopes.js';
import { mergeApis, mergeEvents } from './passes/merge-languages.js';
import { assignTypeNames } from './passes/names.js';
import { resolveStructs } from './passes/structs.js';
import { computeUsedBy } from './passes/used-by.js';
import { MODEL_VERSION, type ApiAction, type CallbackEvent, type Field, type Model, type TypeRef } from './types.js';

export type { Model } from './types.js';
export { MODEL_VERSION } from './types.js';

const builders = {
  // an API reference written in Markdown reads like the scraped API page once its sections are known
  markdown: (doc: ParsedDoc) => (isApiReferencePage(doc) ? buildFromApiPage(asApiPage(doc)) : buildFromMarkdown(doc)),
  'scraped-text': buildFromScrapedText,
  'api-page': buildFromApiPage,
} as const;

/** One document's contribution; pure and independent of every other document (cacheable by hash). */
export function buildDocDraft(doc: ParsedDoc): DocDraft {
  return builders[doc.source.format](doc);
}

/**
 * What one document contributes to the model: its identity, the reader's diagnostics and the
 * draft. Plain JSON and a pure function of the page's bytes, so it can be built in a worker
 * thread and cached by content hash.
 */
export interface DocUnit {
  source: ParsedDoc['source'];
  diagnostics: Diagnostic[];
  draft: DocDraft;
}

export function docUnit(parsed: ParsedDoc): DocUnit {
  return { source: parsed.source, diagnostics: parsed.diagnostics, draft: buildDocDraft(parsed) };
}

/** The whole model from every document's parse: drafts, then the passes that join them. */
export function buildModel(parsed: ParsedDoc[]): Model {
  return buildModelFromUnits(parsed.map(docUnit));
}

/** The passes that join documents: structs, languages, envelopes, names. */
export function buildModelFromUnits(units: DocUnit[]): Model {
  const drafts = units.map((u) => u.draft);
  const diagnostics: Diagnostic[] = [...units.flatMap((u) => u.diagnostics), ...drafts.flatMap((d) => d.diagnostics)];
  const eventDrafts = drafts.flatMap((d) => d.events);
  const firstUser = new Map<string, string>();
  for (const e of eventDrafts) {
    const owner = e.version ? `${e.eventType}_${e.version.replace(/-/g, '')}` : e.eventType;
    forEachRef(e.fields, (ref) => {
      if (ref.startsWith('draft:') && !firstUser.has(ref.slice(6))) firstUser.set(ref.slice(6), owner);
    });
  }
  const { structs, resolve } = resolveStructs(drafts.flatMap((d) => d.structs), (key) => firstUser.get(key), diagnostics);

  const merged = mergeEvents(eventDrafts, diagnostics);
  const events: CallbackEvent[] = merged.map((e) => {
    const id = `${e.product}/${e.eventType}${e.version ? `@${e.version}` : ''}`;
    for (const f of [...e.fields, ...(e.reply?.fields ?? []), ...(e.query ?? [])]) f.type = resolve(f.type, e.product, { file: f.sources[0].file, line: f.sources[0].line, product: e.product, event: e.eventType, ...(e.version ? { version: e.version } : {}), field: f.name });
    return { id, ...e, typeName: '' };
  });
  const apis: ApiAction[] = mergeApis(drafts.flatMap((d) => d.apis)).map((a) => {
    const id = `${a.product}/${a.action}${a.apiVersion ? `@${a.apiVersion}` : ''}`;
    for (const f of [...a.input, ...a.output]) f.type = resolve(f.type, a.product, { file: f.sources[0].file, line: f.sources[0].line, product: a.product, event: a.action, field: f.name });
    const outputs = a.examples.filter((x) => x.kind === 'response');
    const wrapped = outputs.length > 0 && outputs.every((x) => isSingleKeyObject(x.value ?? x.repaired, 'Response'));
    return { id, ...a, typeName: '', ...(wrapped ? { responseWrapper: 'Response' } : {}) };
  });
  const envelopes = inferEnvelopes(events, diagnostics);
  for (const e of events) if (envelopes[e.product]) e.envelope = e.product;

  events.sort((a, b) => cmp(a.product, b.product) || cmp(a.eventType, b.eventType) || cmp(a.version ?? '', b.version ?? ''));
  apis.sort((a, b) => cmp(a.product, b.product) || cmp(a.action, b.action) || cmp(a.apiVersion ?? '', b.apiVersion ?? ''));
  const structList = Object.values(structs).sort((a, b) => cmp(a.id, b.id));
  assignTypeNames(events, structList, apis, Object.values(envelopes));
  const model: Model = {
    modelVersion: MODEL_VERSION,
    documents: units
      .map((p) => ({ file: p.source.file, product: p.source.product, lang: p.source.lang, format: p.source.format, hash: p.source.hash, ...(p.source.origin ? { origin: p.source.origin } : {}) }))
      .sort((a, b) => cmp(a.file, b.file)),
    events,
    apis,
    structs: Object.fromEntries(structList.map((s) => [s.id, s])),
    envelopes,
    catalogue: drafts.flatMap((d) => d.catalogue).sort((a, b) => cmp(a.file, b.file) || a.line - b.line),
    coverage: units
      .map((u) => ({
        file: u.source.file,
        product: u.source.product,
        lang: u.source.lang,
        shapes: u.draft.coverage?.shapes ?? [],
        blocks: u.draft.coverage?.blocks ?? [],
        events: u.draft.events.length,
        apis: u.draft.apis.length,
        structs: u.draft.structs.length,
      }))
      .sort((a, b) => cmp(a.file, b.file)),
    diagnostics: dedupe(diagnostics),
  };
  computeUsedBy(model);
  return model;
}

function isSingleKeyObject(value: unknown, key: string): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && key in value;
}

function forEachRef(fields: Field[], visit: (ref: string) => void): void {
  const walk = (t: TypeRef): void => {
    if (t.kind === 'ref') visit(t.struct);
    else if (t.kind === 'array') walk(t.items);
    else if (t.kind === 'object') for (const f of t.fields) walk(f.type);
  };
  for (const f of fields) walk(f.type);
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics
    .slice()
    .sort(compareDiagnostics)
    .filter((d) => {
      const key = JSON.stringify(d);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
