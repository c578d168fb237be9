import { createHash } from 'node:crypto';
import { buildModel } from '../../generator/model/index.js';
import type { Model } from '../../generator/model/types.js';
import { parseDoc } from '../../generator/parse/index.js';
import type { ParsedDoc } from '../../generator/parse/types.js';
import type { Lang, SourceDoc, SourceFormat } from '../../generator/sources/types.js';

export interface SnippetOptions {
  format?: SourceFormat;
  lang?: Lang;
  file?: string;
  product?: string;
}

export function snippetDoc(text: string, options: SnippetOptions = {}): SourceDoc {
  return {
    file: options.file ?? 'docs-src/p/zh/page.md',
    product: options.product ?? 'p',
    lang: options.lang ?? 'zh',
    format: options.format ?? 'markdown',
    detected: { lang: false, format: false, product: false },
    text,
    hash: createHash('sha256').update(text).digest('hex'),
  };
}

export function parseSnippet(text: string, options: SnippetOptions = {}): ParsedDoc {
  return parseDoc(snippetDoc(text, options));
}

/** A model from hand-written pages: each `[text, options]` is one page. */
export function modelOf(...pages: Array<[string, SnippetOptions?]>): Model {
  return buildModel(pages.map(([text, options]) => parseSnippet(text, options)));
}

/** `name: kind` lines of an event's fields, nested with dots: a compact, readable expectation. */
export function fieldSummary(model: Model, eventType: string): string[] {
  const event = model.events.find((e) => e.eventType === eventType);
  if (!event) throw new Error(`no event ${eventType}: ${model.events.map((e) => e.eventType).join(', ')}`);
  const out: string[] = [];
  const walk = (fields: typeof event.fields, prefix: string): void => {
    for (const f of fields) {
      const t = f.type;
      const kind = t.kind === 'array' ? `${t.items.kind === 'ref' ? `ref ${t.items.struct}` : t.items.kind}[]` : t.kind === 'ref' ? `ref ${t.struct}` : t.kind === 'integer' && t.format ? t.format : t.kind;
      out.push(`${prefix}${f.name}${f.required ? '' : '?'}${f.nullable ? ' nullable' : ''}: ${kind}${f.typeSource === 'inferred-from-example' ? ' (inferred)' : ''}${f.enum ? ` enum${f.enum.closed ? '' : '(open)'} ${f.enum.values.map((v) => JSON.stringify(v.value)).join(',')}` : ''}`);
      if (t.kind === 'object') walk(t.fields, `${prefix}${f.name}.`);
    }
  };
  walk(event.fields, '');
  return out;
}
