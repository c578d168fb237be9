import { describe, expect, it } from 'vitest';
import { apiId, assembleModel, eventId } from '../../generator/model/assemble.js';
import { MODEL_VERSION } from '../../generator/model/types.js';
import type { Diagnostic } from '../../generator/shared/diagnostic.js';
import { draftField, eventDraft, structDraft, t, unit } from './passes/drafts.js';

// Assembling the drafts of every page side by side, before any pass.
const finding = (code: string, file: string): Diagnostic => ({ code, severity: 'warning', message: code, file, line: 1 });

describe('eventId and apiId', () => {
  it('are product/name, with @version only when there is one', () => {
    expect(eventId('p', 'Ev', null)).toBe('p/Ev');
    expect(eventId('p', 'Ev', '2020-01-01')).toBe('p/Ev@2020-01-01');
    expect(apiId('p', 'Act', null)).toBe('p/Act');
    expect(apiId('p', 'Act', '2019')).toBe('p/Act@2019');
  });
});

describe('assembleModel', () => {
  it('an empty model for no units', () => {
    expect(assembleModel([])).toEqual({ modelVersion: MODEL_VERSION, documents: [], events: [], apis: [], structs: {}, envelopes: {}, catalogue: [], coverage: [], profiles: {}, diagnostics: [] });
  });

  it('one event per draft event, localized in the page language, optional parts only when present', () => {
    const fields = [draftField('a', t.string, 'en')];
    const discriminator = { key: 'T', value: 'Ev', payloadPath: [], evidence: 'x' };
    const reply = { fields: [], examples: [], sources: [] };
    const full = eventDraft('Ev', 'en', fields, { version: '2020-01-01', title: 'T', summary: 'S', alias: 'A', discriminator, reply, query: fields });
    const bare = eventDraft('Bare', 'zh', [], { title: undefined });
    const m = assembleModel([unit('en', { events: [full] }), unit('zh', { events: [bare] })]);
    expect(m.events[0]).toEqual({
      id: 'p/Ev@2020-01-01', product: 'p', eventType: 'Ev', version: '2020-01-01', title: { en: 'T' }, summary: { en: 'S' }, sources: [full.source], fields, examples: [], discriminator, alias: { en: 'A' }, reply, query: fields, typeName: '',
    });
    expect(m.events[1]).toEqual({ id: 'p/Bare', product: 'p', eventType: 'Bare', version: null, title: {}, summary: {}, sources: [bare.source], fields: [], examples: [], typeName: '' });
  });

  it('APIs without their page language, with their id; structs keyed by their draft key', () => {
    const apiDraft = { product: 'p', action: 'Act', apiVersion: '2019', summary: {}, sources: [], input: [], output: [], errors: [], examples: [], lang: 'en' as const };
    const s = structDraft('Info', 'zh', 30, [draftField('k', t.integer, 'zh')]);
    const m = assembleModel([unit('en', { apis: [apiDraft] }), unit('zh', { structs: [s] })]);
    expect(m.apis).toEqual([{ id: 'p/Act@2019', product: 'p', action: 'Act', apiVersion: '2019', summary: {}, sources: [], input: [], output: [], errors: [], examples: [], typeName: '' }]);
    expect(m.structs).toEqual({ 'docs-src/p/zh/page.md#30': { id: 'docs-src/p/zh/page.md#30', product: 'p', name: 'Info', typeName: 'Info', anchors: ['info'], description: {}, fields: s.fields, sources: [s.source], usedBy: [] } });
  });

  it('documents and coverage sorted by file, catalogue by file then line, findings of the units then of the drafts', () => {
    const b = unit('zh', { catalogue: [{ product: 'p', eventType: 'B2', version: null, file: 'docs-src/p/zh/b.md', line: 9 }, { product: 'p', eventType: 'B1', version: null, file: 'docs-src/p/zh/b.md', line: 3 }], diagnostics: [finding('draft-b', 'b')], coverage: { shapes: ['x'], blocks: [] }, events: [eventDraft('E', 'zh', [])] }, 'b');
    b.diagnostics.push(finding('unit-b', 'b'));
    b.source.origin = 'https://example.com/b';
    const a = unit('en', { catalogue: [{ product: 'p', eventType: 'A', version: null, file: 'docs-src/p/en/a.md', line: 50 }], diagnostics: [finding('draft-a', 'a')], structs: [structDraft('S', 'en', 5, [])] }, 'a');
    a.diagnostics.push(finding('unit-a', 'a'));
    const m = assembleModel([b, a]);
    expect(m.documents).toEqual([
      { file: 'docs-src/p/en/a.md', product: 'p', lang: 'en', format: 'markdown', hash: 'hash-docs-src/p/en/a.md' },
      { file: 'docs-src/p/zh/b.md', product: 'p', lang: 'zh', format: 'markdown', hash: 'hash-docs-src/p/zh/b.md', origin: 'https://example.com/b' },
    ]);
    expect(m.catalogue.map((c) => c.eventType)).toEqual(['A', 'B1', 'B2']);
    expect(m.coverage).toEqual([
      { file: 'docs-src/p/en/a.md', product: 'p', lang: 'en', shapes: [], blocks: [], events: 0, apis: 0, structs: 1 },
      { file: 'docs-src/p/zh/b.md', product: 'p', lang: 'zh', shapes: ['x'], blocks: [], events: 1, apis: 0, structs: 0 },
    ]);
    expect(m.diagnostics.map((d) => d.code)).toEqual(['unit-b', 'unit-a', 'draft-b', 'draft-a']);
  });
});
