import type { CallbackEvent, Field, Model, TypeRef } from '../../generator/model/types.js';
import { MODEL_VERSION } from '../../generator/model/types.js';

/** A field as the model builder would make it, with the parts a test cares about. */
export function field(name: string, type: TypeRef, extra: Partial<Field> = {}): Field {
  return {
    name,
    type,
    typeSource: 'documented',
    required: true,
    requiredReason: 'test',
    nullable: false,
    description: { en: `${name} field` },
    sources: [{ file: 'docs-src/p/en/page.md', line: 10, lang: 'en' }],
    ...extra,
  };
}

export function event(eventType: string, fields: Field[], extra: Partial<CallbackEvent> = {}): CallbackEvent {
  const version = extra.version ?? null;
  return {
    id: `p/${eventType}${version ? `@${version}` : ''}`,
    product: 'p',
    eventType,
    version,
    typeName: version ? `${eventType}_${version.replace(/-/g, '')}` : eventType,
    title: {},
    summary: { en: `${eventType} happened.` },
    sources: [{ file: 'docs-src/p/en/page.md', line: 1, lang: 'en' }],
    fields,
    examples: [],
    ...extra,
  };
}

export function tinyModel(parts: Partial<Model>): Model {
  return { modelVersion: MODEL_VERSION, documents: [], events: [], apis: [], structs: {}, envelopes: {}, catalogue: [], coverage: [], profiles: {}, diagnostics: [], ...parts };
}
