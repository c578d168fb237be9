import { assembleModel } from '../../../generator/model/assemble.js';
import type { ApiAction, CallbackEvent, Field, Model, Struct } from '../../../generator/model/types.js';
import { draftField, t } from './drafts.js';

/** Hand-built pieces of an assembled model, for the passes that run after the languages merge. */

export const emptyModel = (parts: Partial<Model> = {}): Model => ({ ...assembleModel([]), ...parts });

export function event(eventType: string, fields: Field[] = [], extra: Partial<CallbackEvent> = {}): CallbackEvent {
  const product = extra.product ?? 'p';
  const version = extra.version ?? null;
  return { id: `${product}/${eventType}${version ? `@${version}` : ''}`, product, eventType, version, typeName: '', title: {}, summary: {}, fields, examples: [], sources: [{ file: 'docs-src/p/zh/page.md', line: 1, lang: 'zh' }], ...extra };
}

export function api(action: string, extra: Partial<ApiAction> = {}): ApiAction {
  const product = extra.product ?? 'p';
  const apiVersion = extra.apiVersion ?? null;
  return { id: `${product}/${action}${apiVersion ? `@${apiVersion}` : ''}`, product, action, apiVersion, typeName: '', summary: {}, sources: [{ file: 'docs-src/p/zh/api.md', line: 1, lang: 'zh' }], input: [], output: [], errors: [], examples: [], ...extra };
}

export function struct(id: string, fields: Field[] = []): Struct {
  return { id, product: 'p', name: id.split('/')[1] ?? id, typeName: id, anchors: [], description: {}, fields, sources: [{ file: 'docs-src/p/zh/page.md', line: 1, lang: 'zh' }], usedBy: [] };
}

export const refField = (name: string, structId: string): Field => draftField(name, t.ref(structId), 'zh');
