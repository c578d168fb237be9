import { cmp, type Diagnostic } from '../shared/diagnostic.js';
import type { DocDraft } from './draft.js';
import { MODEL_VERSION, type ApiAction, type CallbackEvent, type DocumentInfo, type Localized, type Model, type Struct } from './types.js';

/** What one document contributes to the model (see `DocUnit` in index.ts). */
export interface AssembleInput {
  source: DocumentInfo;
  diagnostics: Diagnostic[];
  draft: DocDraft;
}

/**
 * Every page's drafts side by side in one model, before any pass: one event per page and
 * language, one struct per struct table (keyed by its draft key, `file#line`), references still
 * pending (`draft:…`, `name:…`). The passes join, resolve and name them. New objects throughout:
 * the units stay as they were.
 */
export function assembleModel(units: AssembleInput[]): Model {
  const drafts = units.map((u) => u.draft);
  const events: CallbackEvent[] = drafts.flatMap((d) =>
    d.events.map((e) => ({
      id: eventId(e.product, e.eventType, e.version),
      product: e.product,
      eventType: e.eventType,
      version: e.version,
      title: localized(e.lang, e.title),
      summary: localized(e.lang, e.summary),
      sources: [e.source],
      fields: e.fields,
      examples: e.examples,
      ...(e.discriminator ? { discriminator: e.discriminator } : {}),
      ...(e.alias ? { alias: localized(e.lang, e.alias) } : {}),
      ...(e.reply ? { reply: e.reply } : {}),
      ...(e.query ? { query: e.query } : {}),
      typeName: '',
    })),
  );
  const apis: ApiAction[] = drafts.flatMap((d) =>
    d.apis.map(({ lang: _lang, ...a }) => ({ id: apiId(a.product, a.action, a.apiVersion), ...a, typeName: '' })),
  );
  const structs: Record<string, Struct> = {};
  for (const s of drafts.flatMap((d) => d.structs)) {
    structs[s.key] = { id: s.key, product: s.product, name: s.name, typeName: s.name, anchors: s.anchors, description: {}, fields: s.fields, sources: [s.source], usedBy: [] };
  }
  return {
    modelVersion: MODEL_VERSION,
    documents: units
      .map((p) => ({ file: p.source.file, product: p.source.product, lang: p.source.lang, format: p.source.format, hash: p.source.hash, ...(p.source.origin ? { origin: p.source.origin } : {}) }))
      .sort((a, b) => cmp(a.file, b.file)),
    events,
    apis,
    structs,
    envelopes: {},
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
    profiles: {},
    diagnostics: [...units.flatMap((u) => u.diagnostics), ...drafts.flatMap((d) => d.diagnostics)],
  };
}

export function eventId(product: string, eventType: string, version: string | null): string {
  return `${product}/${eventType}${version ? `@${version}` : ''}`;
}

export function apiId(product: string, action: string, apiVersion: string | null): string {
  return `${product}/${action}${apiVersion ? `@${apiVersion}` : ''}`;
}

function localized(lang: keyof Localized, text: string | undefined): Localized {
  return text ? { [lang]: text } : {};
}
