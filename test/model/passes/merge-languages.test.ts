import { describe, expect, it } from 'vitest';
import { assembleModel } from '../../../generator/model/assemble.js';
import { mergeLanguages } from '../../../generator/model/passes/merge-languages.js';
import { deepFreeze, draftField, eventDraft, t, unit } from './drafts.js';

const merged = (zh: Parameters<typeof draftField>[3], en: Parameters<typeof draftField>[3]) => {
  const model = assembleModel([
    unit('zh', { events: [eventDraft('Ev', 'zh', [draftField('A', t.string, 'zh', zh)])] }),
    unit('en', { events: [eventDraft('Ev', 'en', [draftField('A', t.string, 'en', en)])] }),
  ]);
  return mergeLanguages.run(deepFreeze(model));
};

describe('merge-languages pass', () => {
  it('makes one event of the zh and en pages, with both titles and sources', () => {
    const out = merged({}, {});
    expect(out.events).toHaveLength(1);
    expect(out.events[0].title).toEqual({ zh: 'Ev zh', en: 'Ev en' });
    expect(out.events[0].sources.map((s) => s.lang)).toEqual(['zh', 'en']);
    expect(out.events[0].fields[0].description).toEqual({ zh: 'A (zh)', en: 'A (en)' });
  });

  it('optional wins: a field optional in either language is optional, with that page\'s reason', () => {
    for (const [zh, en] of [
      [true, false],
      [false, true],
    ]) {
      const f = merged({ required: zh, requiredReason: `zh says ${zh}` }, { required: en, requiredReason: `en says ${en}` }).events[0].fields[0];
      expect(f.required).toBe(false);
      expect(f.requiredReason).toBe(zh ? 'en says false' : 'zh says false');
    }
    const both = merged({ required: false, requiredReason: 'zh cond' }, { required: false, requiredReason: 'en cond' }).events[0].fields[0];
    expect([both.required, both.requiredReason]).toEqual([false, 'zh cond']);
  });

  it('a field required in both languages stays required, with the first page\'s reason', () => {
    const f = merged({ requiredReason: 'zh column' }, { requiredReason: 'en column' }).events[0].fields[0];
    expect([f.required, f.requiredReason]).toEqual([true, 'zh column']);
  });

  it('nullable in either language is nullable', () => {
    expect(merged({ nullable: true }, {}).events[0].fields[0].nullable).toBe(true);
    expect(merged({}, { nullable: true }).events[0].fields[0].nullable).toBe(true);
    expect(merged({}, {}).events[0].fields[0].nullable).toBe(false);
  });

  it('a documented type wins over one inferred from an example, whichever page comes first', () => {
    const f = merged({ type: t.integer, typeSource: 'inferred-from-example' }, { type: t.string }).events[0].fields[0];
    expect([f.type, f.typeSource]).toEqual([t.string, 'documented']);
    const g = merged({ type: t.integer }, { type: t.string, typeSource: 'inferred-from-example' }).events[0].fields[0];
    expect([g.type, g.typeSource]).toEqual([t.integer, 'documented']);
  });

  it('keeps each page\'s facts in perLang when two languages document the field', () => {
    const f = merged({ required: true }, { required: false, requiredReason: 'if x' }).events[0].fields[0];
    expect(f.perLang?.zh).toMatchObject({ required: true, file: 'docs-src/p/zh/page.md', line: 10 });
    expect(f.perLang?.en).toMatchObject({ required: false, file: 'docs-src/p/en/page.md' });
  });

  it('merges the items of object arrays field by field, so an item field named differently in each language is kept with its page', () => {
    const users = (lang: 'zh' | 'en', name: string) => ({ type: { kind: 'array' as const, items: { kind: 'object' as const, fields: [draftField('id', t.string, lang), draftField(name, t.string, lang)] } } });
    const f = merged(users('zh', 'userProperties'), users('en', 'changeProperties')).events[0].fields[0];
    const items = f.type.kind === 'array' && f.type.items.kind === 'object' ? f.type.items.fields : [];
    expect(items.map((x) => [x.name, Object.keys(x.perLang ?? {})])).toEqual([
      ['id', ['zh', 'en']],
      ['userProperties', ['zh']],
      ['changeProperties', ['en']],
    ]);
    // neither page promises the other's field: both optional, with the reason
    expect(items.map((x) => [x.name, x.required])).toEqual([['id', true], ['userProperties', false], ['changeProperties', false]]);
    expect(items[1].requiredReason).toBe('documented only in the zh page; optional, since the en page does not promise it');
  });

  it('joins enum value descriptions of both languages', () => {
    const zhEnum = { values: [{ value: 1, description: { zh: '一' } }], closed: true, source: 'description' as const, line: 10 };
    const enEnum = { values: [{ value: 1, description: { en: 'one' } }], closed: true, source: 'description' as const, line: 10 };
    const f = merged({ enum: zhEnum }, { enum: enEnum }).events[0].fields[0];
    expect(f.enum?.values).toEqual([{ value: 1, description: { en: 'one', zh: '一' } }]);
  });

  it('merges the fields of inline objects by name', () => {
    const model = assembleModel([
      unit('zh', { events: [eventDraft('Ev', 'zh', [draftField('O', t.object([draftField('X', t.string, 'zh'), draftField('Y', t.string, 'zh')]), 'zh')])] }),
      unit('en', { events: [eventDraft('Ev', 'en', [draftField('O', t.object([draftField('X', t.string, 'en', { required: false })]), 'en')])] }),
    ]);
    const o = mergeLanguages.run(model).events[0].fields[0].type;
    expect(o.kind === 'object' && o.fields.map((f) => `${f.name}${f.required ? '' : '?'}`)).toEqual(['X?', 'Y?']);
  });

  it('a field documented in one language only is kept as that page says, but optional', () => {
    const model = assembleModel([
      unit('zh', { events: [eventDraft('Ev', 'zh', [draftField('A', t.string, 'zh'), draftField('B', t.string, 'zh')])] }),
      unit('en', { events: [eventDraft('Ev', 'en', [draftField('A', t.string, 'en')])] }),
    ]);
    const fields = mergeLanguages.run(model).events[0].fields;
    expect(fields.map((f) => [f.name, Object.keys(f.perLang ?? {})])).toEqual([
      ['A', ['zh', 'en']],
      ['B', ['zh']],
    ]);
    expect(fields.map((f) => f.required)).toEqual([true, false]);
  });

  it('reports an event documented twice in one language, and keeps dated versions apart', () => {
    const model = assembleModel([
      unit('zh', { events: [eventDraft('Ev', 'zh', []), eventDraft('Ev', 'zh', [], { source: { file: 'docs-src/p/zh/page.md', line: 40, lang: 'zh' } }), eventDraft('Ev', 'zh', [], { version: '2020-12-01' })] }),
    ]);
    const out = mergeLanguages.run(model);
    expect(out.events.map((e) => e.id)).toEqual(['p/Ev', 'p/Ev@2020-12-01']);
    expect(out.diagnostics).toEqual([expect.objectContaining({ code: 'duplicate-event', severity: 'warning', line: 40, event: 'Ev' })]);
  });

  it('merges API pages by action, errors by code', () => {
    const api = (lang: 'zh' | 'en', required: boolean) => ({
      product: 'p', action: 'Do', apiVersion: null, summary: { [lang]: `do ${lang}` }, sources: [{ file: `docs-src/p/${lang}/api.md`, line: 1, lang }],
      input: [draftField('In', t.string, lang, { required })], output: [], errors: [{ code: 'E1', description: { [lang]: `e ${lang}` }, line: 5 }], examples: [], lang,
    });
    const out = mergeLanguages.run(assembleModel([unit('zh', { apis: [api('zh', true)] }), unit('en', { apis: [api('en', false)] })]));
    expect(out.apis).toHaveLength(1);
    expect(out.apis[0].summary).toEqual({ zh: 'do zh', en: 'do en' });
    expect(out.apis[0].input[0].required).toBe(false);
    expect(out.apis[0].errors).toEqual([{ code: 'E1', description: { zh: 'e zh', en: 'e en' }, line: 5 }]);
  });
});
