import type { Diagnostic, Lang } from '../shared/diagnostic.js';
import type { ApiAction, BlockUse, CatalogueEntry, EventDiscriminator, EventReply, Example, Field, SourceRef } from './types.js';

/** What one document contributes before the passes merge languages and name things. */
export interface EventDraft {
  product: string;
  eventType: string;
  version: string | null;
  lang: Lang;
  title?: string;
  summary?: string;
  fields: Field[];
  examples: Example[];
  source: SourceRef;
  discriminator?: EventDiscriminator;
  alias?: string;
  reply?: EventReply;
  query?: Field[];
}

export interface StructDraft {
  /** `file#line`: unique per definition until the passes dedupe shapes. */
  key: string;
  product: string;
  name: string;
  anchors: string[];
  description?: string;
  fields: Field[];
  source: SourceRef;
}

export type ApiDraft = Omit<ApiAction, 'id' | 'typeName'> & { lang: Lang };

export interface DocDraft {
  file: string;
  product: string;
  lang: Lang;
  events: EventDraft[];
  structs: StructDraft[];
  apis: ApiDraft[];
  catalogue: CatalogueEntry[];
  diagnostics: Diagnostic[];
  /** What each table, list and code block of the page became (or why not), and the shapes found. */
  coverage?: { shapes: string[]; blocks: BlockUse[] };
}

/** Pending struct references point at drafts until the struct pass gives them final ids. */
export const draftRef = (key: string): string => `draft:${key}`;
