import { describe, expect, it } from 'vitest';
import { assembleModel } from '../../../generator/model/assemble.js';
import { mergeLanguages } from '../../../generator/model/passes/merge-languages.js';
import type { ApiAction, CallbackEvent, Example, Field } from '../../../generator/model/types.js';
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

describe('merge-languages pass, details', () => {
  const ev = (lang: 'zh' | 'en', extra: Partial<CallbackEvent> = {}, line = 1): CallbackEvent => ({
    id: 'p/Ev', product: 'p', eventType: 'Ev', version: null, typeName: '', title: { [lang]: `t ${lang}` }, summary: {}, fields: [], examples: [],
    sources: [{ file: `docs-src/p/${lang}/page.md`, line, lang }], ...extra,
  });
  const run = (events: CallbackEvent[], apis: ApiAction[] = []) => mergeLanguages.run(deepFreeze({ ...assembleModel([]), events, apis }));
  const example = (raw: string): Example => ({ kind: 'payload', raw, value: JSON.parse(raw) as unknown, source: { file: 'docs-src/p/zh/page.md', line: 1, lang: 'zh' } });

  it('keeps two dated versions apart, and dated apart from undated', () => {
    const out = run([ev('zh', { version: '2020-01-01' }), ev('zh', { version: '2021-01-01' }), ev('zh'), ev('en', { version: '2021-01-01' })]);
    expect(out.events.map((e) => [e.version, e.sources.map((s) => s.lang)])).toEqual([
      ['2020-01-01', ['zh']],
      ['2021-01-01', ['zh', 'en']],
      [null, ['zh']],
    ]);
    expect(out.diagnostics).toEqual([]);
  });

  it('keeps products and event types apart', () => {
    const out = run([ev('zh'), ev('en', { product: 'q' }), ev('en', { eventType: 'Other' })]);
    expect(out.events.map((e) => `${e.product}/${e.eventType}`)).toEqual(['p/Ev', 'q/Ev', 'p/Other']);
  });

  it('says where an event documented twice in one language was first, and its version', () => {
    const out = run([ev('zh', { version: '2020-01-01' }, 3), ev('zh', { version: '2020-01-01' }, 40), ev('zh', {}, 5), ev('zh', {}, 50)]);
    expect(out.diagnostics.map((d) => [d.message, d.file, d.line, d.version, d.lang, d.product])).toEqual([
      ['Event Ev (2020-01-01) is documented twice in the same language (first at docs-src/p/zh/page.md:3); the fields of both are merged.', 'docs-src/p/zh/page.md', 40, '2020-01-01', 'zh', 'p'],
      ['Event Ev is documented twice in the same language (first at docs-src/p/zh/page.md:5); the fields of both are merged.', 'docs-src/p/zh/page.md', 50, undefined, 'zh', 'p'],
    ]);
    expect('version' in out.diagnostics[1]).toBe(false);
  });

  it('a page in one language keeps its fields as they are, without perLang', () => {
    const a = draftField('A', t.string, 'zh');
    const out = run([ev('zh', { fields: [a] }), ev('zh', { fields: [draftField('B', t.string, 'zh')] }, 40)]);
    expect(out.events[0].fields.map((f) => [f.name, f.required, f.perLang])).toEqual([
      ['A', true, undefined],
      ['B', true, undefined],
    ]);
  });

  it('each language keeps the first title, summary and alias a page gives it', () => {
    const out = run([
      ev('zh', { title: {}, summary: { zh: '' } }),
      ev('zh', { title: { zh: '标题' }, summary: { zh: '概述' }, alias: { zh: '别名' } }, 40),
      ev('zh', { title: { zh: '后来' }, summary: { zh: '后来' }, alias: { zh: '后来' } }, 80),
      ev('en', { title: { en: 'Title' } }),
    ]);
    expect([out.events[0].title, out.events[0].summary, out.events[0].alias]).toEqual([{ zh: '标题', en: 'Title' }, { zh: '概述' }, { zh: '别名' }]);
    expect('alias' in run([ev('zh'), ev('en')]).events[0]).toBe(false);
  });

  it('takes the discriminator of the page that has one, and joins examples, replies and queries of both pages', () => {
    const discriminator = { key: 'type', value: 3, payloadPath: [], evidence: 'code table at line 2' };
    const reply = (lang: 'zh' | 'en') => ({ fields: [draftField('ok', t.string, lang)], examples: [example(`{"ok":"${lang}"}`)], sources: [{ file: `docs-src/p/${lang}/page.md`, line: 9, lang }] });
    const out = run([
      ev('zh', { examples: [example('{"a":1}')], reply: reply('zh'), query: [draftField('q', t.string, 'zh')] }),
      ev('en', { discriminator, examples: [example('{"a":2}')], reply: reply('en'), query: [draftField('q', t.string, 'en', { required: false })] }),
    ]);
    const e = out.events[0];
    expect(e.discriminator).toEqual(discriminator);
    expect(e.examples.map((x) => x.raw)).toEqual(['{"a":1}', '{"a":2}']);
    expect(e.reply?.examples.map((x) => x.raw)).toEqual(['{"ok":"zh"}', '{"ok":"en"}']);
    expect(e.reply?.sources.map((s) => s.lang)).toEqual(['zh', 'en']);
    expect(e.reply?.fields.map((f) => [f.name, Object.keys(f.perLang ?? {})])).toEqual([['ok', ['zh', 'en']]]);
    expect(e.query?.map((f) => [f.name, f.required, Object.keys(f.perLang ?? {})])).toEqual([['q', false, ['zh', 'en']]]);
    expect(e.typeName).toBe('');
    const none = run([ev('zh'), ev('en')]).events[0];
    expect(['discriminator' in none, 'reply' in none, 'query' in none]).toEqual([false, false, false]);
  });

  it('a reply or query documented in one language only is that page\'s, without perLang facts of the other', () => {
    const out = run([ev('zh', { query: [draftField('q', t.string, 'zh')] }), ev('en')]);
    expect(out.events[0].query?.map((f) => [f.name, f.required, Object.keys(f.perLang ?? {})])).toEqual([['q', true, ['zh']]]);
  });

  it('perLang holds each page\'s type, source, enum values and place', () => {
    const enumZh = { values: [{ value: 1 }, { value: 2 }], closed: true, source: 'description' as const, line: 10 };
    const out = run([ev('zh', { fields: [draftField('A', t.integer, 'zh', { enum: enumZh, nullable: true })] }), ev('en', { fields: [draftField('A', t.string, 'en', { typeSource: 'inferred-from-example', sources: [] })] })]);
    expect(out.events[0].fields[0].perLang).toEqual({
      zh: { type: t.integer, typeSource: 'documented', required: true, nullable: true, enumValues: [1, 2], file: 'docs-src/p/zh/page.md', line: 10 },
      en: { type: t.string, typeSource: 'inferred-from-example', required: true, nullable: false, file: '', line: 0 },
    });
  });

  it('the values of both pages are kept, the documented page\'s first, with descriptions of both', () => {
    const values = (lang: 'zh' | 'en', ...v: number[]) => ({ values: v.map((value) => ({ value, description: { [lang]: `${value} ${lang}` } })), closed: true, source: 'description' as const, line: 10 });
    const one = (zh: Partial<Field>, en: Partial<Field>) => run([ev('zh', { fields: [draftField('A', t.integer, 'zh', zh)] }), ev('en', { fields: [draftField('A', t.integer, 'en', en)] })]).events[0].fields[0];
    expect(one({ enum: values('zh', 1, 2) }, {}).enum?.values).toEqual([{ value: 1, description: { zh: '1 zh' } }, { value: 2, description: { zh: '2 zh' } }]);
    expect(one({}, { enum: values('en', 3) }).enum?.values).toEqual([{ value: 3, description: { en: '3 en' } }]);
    expect(one({ typeSource: 'inferred-from-example', enum: values('zh', 1) }, { enum: values('en', 1, 2) }).enum?.values).toEqual([
      { value: 1, description: { zh: '1 zh', en: '1 en' } },
      { value: 2, description: { en: '2 en' } },
    ]);
    expect(one({ enum: { values: [{ value: 1 }], closed: false, source: 'example-column', line: 3 } }, {}).enum).toEqual({ values: [{ value: 1 }], closed: false, source: 'example-column', line: 3 });
    // a value only one page lists is still a value a receiver may get: both pages' values, the preferred page's first
    expect(one({ enum: values('zh', 0, 1, 2, 3) }, { enum: values('en', 0, 1, 2) }).enum?.values.map((v) => v.value)).toEqual([0, 1, 2, 3]);
    expect(one({ enum: values('zh', 1, 2) }, { enum: values('en', 0, 1) }).enum?.values).toEqual([
      { value: 1, description: { zh: '1 zh', en: '1 en' } },
      { value: 2, description: { zh: '2 zh' } },
      { value: 0, description: { en: '0 en' } },
    ]);
    expect('enum' in one({}, {})).toBe(false);
  });

  it('the example value of the documented page wins; either page\'s example fills a gap', () => {
    const one = (zh: Partial<Field>, en: Partial<Field>) => run([ev('zh', { fields: [draftField('A', t.integer, 'zh', zh)] }), ev('en', { fields: [draftField('A', t.integer, 'en', en)] })]).events[0].fields[0];
    expect(one({ example: 1 }, { example: 2 }).example).toBe(1);
    expect(one({}, { example: 2 }).example).toBe(2);
    expect(one({ example: 0 }, {}).example).toBe(0);
    expect(one({ typeSource: 'inferred-from-example', example: 1 }, { example: 2 }).example).toBe(2);
    expect(one({ typeSource: 'inferred-from-example', example: 1 }, {}).example).toBe(1);
    expect('example' in one({}, {})).toBe(false);
    expect(one({}, {}).sources.map((s) => s.lang)).toEqual(['zh', 'en']);
  });

  it('an inline object in one page and a primitive in the other keeps the first page\'s type', () => {
    const obj = t.object([draftField('X', t.string, 'zh')]);
    const f = run([ev('zh', { fields: [draftField('O', obj, 'zh')] }), ev('en', { fields: [draftField('O', t.string, 'en')] })]).events[0].fields[0];
    expect(f.type).toEqual(obj);
    const g = run([ev('zh', { fields: [draftField('O', t.array(t.string), 'zh')] }), ev('en', { fields: [draftField('O', t.array(obj), 'en')] })]).events[0].fields[0];
    expect(g.type).toEqual(t.array(t.string));
  });

  it('an array in one page and no array in the other keeps the winning page\'s type as it is', () => {
    const items = t.array(t.object([draftField('X', t.string, 'zh')]));
    const one = (zh: Partial<Field>, en: Partial<Field>) => run([ev('zh', { fields: [draftField('O', t.string, 'zh', zh)] }), ev('en', { fields: [draftField('O', t.string, 'en', en)] })]).events[0].fields[0];
    expect(one({ type: items }, {}).type).toEqual(items);
    expect(one({ typeSource: 'inferred-from-example' }, { type: items }).type).toEqual(items);
    expect(one({ type: items, typeSource: 'inferred-from-example' }, {}).type).toEqual(t.string);
  });

  it('two inferred types: the first page\'s wins', () => {
    const f = run([ev('zh', { fields: [draftField('A', t.integer, 'zh', { typeSource: 'inferred-from-example' })] }), ev('en', { fields: [draftField('A', t.string, 'en', { typeSource: 'inferred-from-example' })] })]).events[0].fields[0];
    expect([f.type, f.typeSource]).toEqual([t.integer, 'inferred-from-example']);
  });

  it('inline object fields of a field without sources count as English on that side', () => {
    const obj = (lang: 'zh' | 'en', ...names: string[]) => t.object(names.map((n) => draftField(n, t.string, lang)));
    const f = run([ev('zh', { fields: [draftField('O', obj('zh', 'X', 'Y'), 'zh', { sources: [] })] }), ev('en', { fields: [draftField('O', obj('en', 'X'), 'en', { sources: [] })] })]).events[0].fields[0];
    expect(f.type.kind === 'object' && f.type.fields.map((x) => [x.name, x.required, Object.keys(x.perLang ?? {})])).toEqual([['X', true, ['en']], ['Y', true, ['en']]]);
  });

  it('the fields of inline objects keep each page\'s facts only when two languages merge', () => {
    const obj = (lang: 'zh' | 'en') => t.object([draftField('X', t.string, lang)]);
    const two = run([ev('zh', { fields: [draftField('O', obj('zh'), 'zh')] }), ev('zh', { fields: [draftField('O', obj('zh'), 'zh')] }, 40)]).events[0].fields[0];
    expect(two.type.kind === 'object' && two.type.fields.map((x) => [x.name, x.perLang])).toEqual([['X', undefined]]);
    const both = run([ev('zh', { fields: [draftField('O', obj('zh'), 'zh')] }), ev('en', { fields: [draftField('O', obj('en'), 'en')] })]).events[0].fields[0];
    expect(both.type.kind === 'object' && both.type.fields.map((x) => Object.keys(x.perLang ?? {}))).toEqual([['zh', 'en']]);
  });

  it('an event without sources counts as English', () => {
    const out = run([ev('zh', { fields: [draftField('A', t.string, 'zh')] }), { ...ev('en', { fields: [draftField('A', t.string, 'en')] }), sources: [] }]);
    expect(Object.keys(out.events[0].fields[0].perLang ?? {})).toEqual(['zh', 'en']);
  });

  describe('APIs', () => {
    const api = (lang: 'zh' | 'en', extra: Partial<ApiAction> = {}): ApiAction => ({
      id: 'p/Do', product: 'p', action: 'Do', apiVersion: null, typeName: '', summary: { [lang]: `do ${lang}` }, sources: [{ file: `docs-src/p/${lang}/api.md`, line: 1, lang }],
      input: [], output: [], errors: [], examples: [], ...extra,
    });

    it('keeps versions and actions apart', () => {
      const out = run([], [api('zh', { apiVersion: '2020-01-01' }), api('zh', { apiVersion: '2021-01-01' }), api('zh'), api('en', { action: 'Other' }), api('en', { apiVersion: '2021-01-01' })]);
      expect(out.apis.map((a) => [a.action, a.apiVersion, a.sources.map((s) => s.lang)])).toEqual([
        ['Do', '2020-01-01', ['zh']],
        ['Do', '2021-01-01', ['zh', 'en']],
        ['Do', null, ['zh']],
        ['Other', null, ['en']],
      ]);
    });

    it('joins summaries (first text per language), outputs, examples, and errors sorted by code', () => {
      const ex = (raw: string): Example => ({ kind: 'response', raw, source: { file: 'docs-src/p/zh/api.md', line: 2, lang: 'zh' } });
      const out = run([], [
        api('zh', { summary: { zh: '先' }, output: [draftField('Out', t.string, 'zh')], errors: [{ code: 'E2', description: { zh: '二' }, line: 5 }, { code: 'E1', description: { zh: '一' }, line: 6 }], examples: [ex('1')] }),
        api('zh', { summary: { zh: '后' } }),
        api('en', { output: [draftField('Out', t.integer, 'en')], errors: [{ code: 'E1', description: { en: 'one' }, line: 7 }], examples: [ex('2')] }),
      ]);
      const a = out.apis[0];
      expect(a.summary).toEqual({ zh: '先', en: 'do en' });
      expect(a.errors).toEqual([{ code: 'E1', description: { zh: '一', en: 'one' }, line: 7 }, { code: 'E2', description: { zh: '二' }, line: 5 }]);
      expect(a.examples.map((x) => x.raw)).toEqual(['1', '2']);
      expect(a.output.map((f) => [f.name, f.type, Object.keys(f.perLang ?? {})])).toEqual([['Out', t.string, ['zh', 'en']]]);
    });

    it('one language\'s pages of an API keep their fields without perLang', () => {
      const out = run([], [api('zh', { input: [draftField('In', t.string, 'zh')] }), api('zh', { output: [draftField('Out', t.string, 'zh')] })]);
      expect([out.apis[0].input[0].perLang, out.apis[0].output[0].perLang]).toEqual([undefined, undefined]);
      expect(run([], [{ ...api('zh'), sources: [] }]).apis[0].sources).toEqual([]);
    });
  });
});
