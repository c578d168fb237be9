import type { ApiAction, CallbackEvent, Field, Model, SourceRef, Struct } from '../../generator/model/types.js';

// Small hand-built models for the diff tests: each test states the one difference it is about.

export const zhSource: SourceRef = { file: 'docs/a.md', line: 1, lang: 'zh' };

export function field(name: string, over: Partial<Field> = {}): Field {
  return { name, type: { kind: 'string' }, typeSource: 'documented', required: true, requiredReason: 'test', nullable: false, description: {}, sources: [zhSource], ...over };
}

export function event(eventType: string, fields: Field[], over: Partial<CallbackEvent> = {}): CallbackEvent {
  const version = over.version ?? null;
  const product = over.product ?? 'p';
  return { id: `${product}/${eventType}${version ? `@${version}` : ''}`, product, eventType, version, typeName: eventType, title: {}, summary: {}, sources: [zhSource], fields, examples: [], ...over };
}

export function struct(name: string, fields: Field[], usedBy: string[]): Struct {
  return { id: `p/${name}`, product: 'p', name, typeName: name, anchors: [], description: {}, fields, sources: [], usedBy };
}

export function api(input: Field[], output: Field[], over: Partial<ApiAction> = {}): ApiAction {
  return { id: 'p/Describe@1', product: 'p', action: 'Describe', apiVersion: '1', typeName: 'Describe', summary: {}, sources: [{ file: 'docs/api.txt', line: 1, lang: 'en' }], input, output, errors: [], examples: [], ...over };
}

export function model(over: Partial<Model>): Model {
  return { modelVersion: '1.0.0', documents: [], events: [], apis: [], structs: {}, envelopes: {}, catalogue: [], coverage: [], profiles: {}, diagnostics: [], ...over };
}
