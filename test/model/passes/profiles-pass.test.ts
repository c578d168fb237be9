import { describe, expect, it } from 'vitest';
import { applyProfileOverrides, profiles, readProfiles } from '../../../generator/model/passes/profiles.js';
import type { CallbackEvent, DocumentInfo, Envelope, Field, PageCoverage } from '../../../generator/model/types.js';
import { deepFreeze, draftField, t } from './drafts.js';
import { api, emptyModel, event } from './model-fixtures.js';

const named = (key: string, value: string | number, payloadPath: string[] = []): Partial<CallbackEvent> => ({ discriminator: { key, value, payloadPath, evidence: 'test' } });
const coverage = (product: string, shapes: string[]): PageCoverage => ({ file: `docs-src/${product}/zh/page.md`, product, lang: 'zh', shapes, blocks: [], events: 0, apis: 0, structs: 0 });
const envelope = (discriminator: string, payloadField: string, fields: Field[]): Envelope => ({ product: 'p', typeName: 'PCallbackEnvelope', discriminator, payloadField, fields, sources: [] });
const read = (parts: Partial<Parameters<typeof readProfiles>[0]>) => readProfiles({ events: [], apis: [], envelopes: {}, coverage: [], ...parts });

describe('profiles pass', () => {
  it('gives every product of the events, APIs and pages a profile, in order', () => {
    const out = read({ events: [event('E', [], { product: 'b' })], apis: [api('Do', { product: 'c' })], coverage: [coverage('a', ['section', 'api-reference', 'section'])] });
    expect(Object.keys(out)).toEqual(['a', 'b', 'c']);
    expect(out.a).toEqual({ product: 'a', discriminator: null, unrecognisedEvents: [], replies: false, responseWrapper: null, shapes: ['api-reference', 'section'] });
    expect(out.b).toEqual({ product: 'b', discriminator: null, unrecognisedEvents: ['E'], replies: false, responseWrapper: null, shapes: [] });
  });

  it('takes the key most events are named by (the first in order on a tie), with its payload path and kind', () => {
    const events = [event('1', [], named('cmd', 1, ['data'])), event('2', [], named('cmd', 2, ['data'])), event('X', [], named('Type', 'X')), event('Y', [], named('Type', 'Y'))];
    expect(read({ events }).p.discriminator).toEqual({ key: 'Type', kind: 'string', payloadPath: [], source: 'documented' });
    expect(read({ events: events.slice(0, 3) }).p.discriminator).toEqual({ key: 'cmd', kind: 'number', payloadPath: ['data'], source: 'documented' });
  });

  it('lists the events named neither by a key nor by an envelope, once each', () => {
    const events = [event('A'), event('A', [], { version: '2020-01-01' }), event('B', [], { envelope: 'p' }), event('C', [], named('k', 'C')), event('D')];
    expect(read({ events }).p.unrecognisedEvents).toEqual(['A', 'D']);
  });

  it('reads the envelope first: its payload member, and its kind from the discriminator field', () => {
    const fields = [draftField('op', t.integer, 'en'), draftField('data', { kind: 'unknown' }, 'en')];
    const documented = read({ events: [event('1', [], named('op', 1, ['data']))], envelopes: { p: envelope('op', 'data', fields) } }).p.discriminator;
    expect(documented).toEqual({ key: 'op', kind: 'number', payloadPath: ['data'], source: 'documented' });
    const inferred = [draftField('Kind', { kind: 'number' }, 'en', { typeSource: 'inferred-from-example' }), draftField('Body', { kind: 'unknown' }, 'en', { typeSource: 'inferred-from-example' })];
    expect(read({ events: [event('A', [], { envelope: 'p' })], envelopes: { p: envelope('Kind', 'Body', inferred) } }).p.discriminator).toEqual({ key: 'Kind', kind: 'number', payloadPath: ['Body'], source: 'inferred' });
    const stringKey = [draftField('Kind', t.string, 'en'), draftField('Body', { kind: 'unknown' }, 'en')];
    // the field of the key is documented, though no event names itself by it
    expect(read({ events: [event('A', [], { envelope: 'p' })], envelopes: { p: envelope('Kind', 'Body', stringKey) } }).p.discriminator).toEqual({ key: 'Kind', kind: 'string', payloadPath: ['Body'], source: 'documented' });
    // another field documented does not make the key documented
    const other = [draftField('Kind', t.string, 'en', { typeSource: 'inferred-from-example' }), draftField('Body', { kind: 'unknown' }, 'en')];
    expect(read({ events: [event('A', [], named('Other', 'A'))], envelopes: { p: envelope('Kind', 'Body', other) } }).p.discriminator?.source).toBe('inferred');
  });

  it('says whether events reply, and the one wrapper all APIs share', () => {
    const reply = { fields: [], examples: [], sources: [] };
    expect(read({ events: [event('A'), event('B', [], { reply })] }).p.replies).toBe(true);
    expect(read({ apis: [api('A', { responseWrapper: 'Response' }), api('B', { responseWrapper: 'Response' })] }).p.responseWrapper).toBe('Response');
    expect(read({ apis: [api('A', { responseWrapper: 'Response' }), api('B')] }).p.responseWrapper).toBeNull();
    expect(read({ apis: [api('A', { responseWrapper: 'Response' }), api('B', { product: 'q' })] }).p.responseWrapper).toBe('Response');
  });

  it('runs as a pass over the model', () => {
    const model = deepFreeze(emptyModel({ events: [event('E', [], named('k', 'E'))] }));
    expect(profiles.run(model).profiles.p.discriminator?.key).toBe('k');
  });
});

describe('profile overrides from the config', () => {
  const doc: DocumentInfo = { file: 'docs-src/p/zh/page.md', product: 'p', lang: 'zh', format: 'markdown', hash: 'h' };
  const base = (events: CallbackEvent[], extra = {}) => {
    const model = emptyModel({ documents: [doc], events, ...extra });
    return { ...model, profiles: readProfiles(model) };
  };

  it('names events by the config key: a number for an all-digit type when the pages showed that key as a number', () => {
    const model = base([event('1', [], named('cmd', 1, ['data'])), event('x', [], named('cmd', 2, ['data']))]);
    const out = applyProfileOverrides(deepFreeze(model), { p: { discriminator: { key: 'cmd', payloadPath: ['body'] } } });
    expect(out.events.map((e) => [e.discriminator, e.envelope])).toEqual([
      [{ key: 'cmd', value: 1, payloadPath: ['body'], evidence: 'set in the config' }, 'p'],
      [{ key: 'cmd', value: 'x', payloadPath: ['body'], evidence: 'set in the config' }, 'p'],
    ]);
    expect(out.envelopes.p).toEqual({
      product: 'p',
      typeName: 'PCallbackEnvelope',
      discriminator: 'cmd',
      payloadField: 'body',
      fields: [
        { name: 'cmd', type: { kind: 'integer' }, typeSource: 'documented', required: true, requiredReason: 'names the event (set in the config)', nullable: false, description: {}, sources: [{ file: 'docs-src/p/zh/page.md', line: 1, lang: 'zh' }] },
        { name: 'body', type: { kind: 'unknown' }, typeSource: 'documented', required: true, requiredReason: 'carries the payload (set in the config)', nullable: false, description: {}, sources: [{ file: 'docs-src/p/zh/page.md', line: 1, lang: 'zh' }] },
      ],
      sources: [{ file: 'docs-src/p/zh/page.md', line: 1, lang: 'zh' }],
    });
    expect(out.profiles.p.discriminator).toEqual({ key: 'cmd', kind: 'number', payloadPath: ['body'], source: 'config' });
    expect(out.diagnostics.map((d) => [d.code, d.severity, d.message, d.file, d.line, d.product])).toEqual([
      ['profile-override', 'info', 'The config sets the profile of p: events named by cmd, payload at ["body"] (the pages showed cmd at ["data"]).', 'docs-src/p/zh/page.md', 1, 'p'],
    ]);
  });

  it('reads only a whole number as a numeric event type', () => {
    const model = base(['10', '-2', 'x1', '1x'].map((type) => event(type, [], named('cmd', 1))));
    const out = applyProfileOverrides(deepFreeze(model), { p: { discriminator: { key: 'cmd', payloadPath: [] } } });
    expect(out.events.map((e) => e.discriminator?.value)).toEqual([10, -2, 'x1', '1x']);
  });

  it('a product the pages named by no key takes the config key as a string', () => {
    const out = applyProfileOverrides(deepFreeze(base([event('1')])), { p: { discriminator: { key: 'cmd', payloadPath: ['data'] } } });
    expect([out.events[0].discriminator?.value, out.envelopes.p.fields[0].type, out.profiles.p.discriminator?.kind]).toEqual(['1', { kind: 'string' }, 'string']);
  });

  it('a key the pages did not show, or showed as a string, is a string; other products are left alone', () => {
    const model = base([event('1', [], named('Type', '1')), event('2', [], { ...named('cmd', 2), product: 'q' })]);
    const out = applyProfileOverrides(deepFreeze(model), { p: { discriminator: { key: 'Type', payloadPath: [] } } });
    expect(out.events[0].discriminator?.value).toBe('1');
    expect(out.events[1]).toEqual(model.events[1]);
    const renamed = applyProfileOverrides(deepFreeze(base([event('1', [], named('cmd', 1))])), { p: { discriminator: { key: 'op', payloadPath: ['d'] } } });
    expect([renamed.events[0].discriminator?.value, renamed.envelopes.p.fields[0].type]).toEqual(['1', { kind: 'string' }]);
  });

  it('keeps the old envelope name, sources and other fields, without its old key and payload', () => {
    const old: Envelope = { ...envelope('Kind', 'Body', ['Kind', 'Body', 'Sign', 'Type', 'Data'].map((n) => draftField(n, t.string, 'zh'))), typeName: 'Old', sources: [{ file: 'docs-src/p/zh/other.md', line: 7, lang: 'zh' }] };
    const model = base([event('A', [], { envelope: 'p' })], { envelopes: { p: old } });
    const out = applyProfileOverrides(deepFreeze(model), { p: { discriminator: { key: 'Type', payloadPath: ['Data'] } } });
    expect([out.envelopes.p.typeName, out.envelopes.p.sources, out.envelopes.p.fields.map((f) => f.name), out.envelopes.p.fields[0].sources]).toEqual([
      'Old',
      [{ file: 'docs-src/p/zh/other.md', line: 7, lang: 'zh' }],
      ['Type', 'Data', 'Sign'],
      [{ file: 'docs-src/p/zh/other.md', line: 7, lang: 'zh' }],
    ]);
    // a flat body: no envelope, the events point at none
    const flat = applyProfileOverrides(deepFreeze(model), { p: { discriminator: { key: 'Type', payloadPath: [] } } });
    expect([flat.envelopes.p, flat.events[0].envelope]).toEqual([undefined, undefined]);
    // a nested payload path is no envelope either
    expect(applyProfileOverrides(deepFreeze(model), { p: { discriminator: { key: 'Type', payloadPath: ['a', 'b'] } } }).envelopes.p).toBeUndefined();
  });

  it('sets or removes the API wrapper of the product only; the message says so', () => {
    const model = base([], { apis: [api('A', { responseWrapper: 'Response' }), api('B', { product: 'q', responseWrapper: 'Response' })] });
    const removed = applyProfileOverrides(deepFreeze(model), { p: { responseWrapper: null } });
    expect(removed.apis.map((a) => a.responseWrapper)).toEqual([undefined, 'Response']);
    expect(removed.apis[0]).not.toHaveProperty('responseWrapper');
    expect(removed.profiles.p.discriminator).toBeNull();
    expect(removed.diagnostics.map((d) => d.message)).toEqual(['The config sets the profile of p, API responses wrapped in null (the pages showed no discriminator).']);
    const set = applyProfileOverrides(deepFreeze(model), { p: { responseWrapper: 'result' } });
    expect(set.apis.map((a) => a.responseWrapper)).toEqual(['result', 'Response']);
    expect(set.diagnostics.map((d) => d.message)).toEqual(['The config sets the profile of p, API responses wrapped in "result" (the pages showed no discriminator).']);
    expect(applyProfileOverrides(deepFreeze(model), { p: {} }).apis).toEqual(model.apis);
  });

  it('warns of a product no page documents, and sorts its findings with the model\'s', () => {
    const model = base([event('1', [], named('cmd', 1))], {
      diagnostics: [
        { code: 'table-unused', severity: 'warning', message: 'm', file: 'docs-src/a.md', line: 3 },
        { code: 'table-unused', severity: 'warning', message: 'm', file: 'docs-src/z.md', line: 3 },
      ],
    });
    const out = applyProfileOverrides(deepFreeze(model), { zz: { responseWrapper: null }, p: {} });
    expect(out.diagnostics.map((d) => [d.code, d.severity, d.file, d.product])).toEqual([
      ['table-unused', 'warning', 'docs-src/a.md', undefined],
      ['profile-override', 'info', 'docs-src/p/zh/page.md', 'p'],
      ['table-unused', 'warning', 'docs-src/z.md', undefined],
      ['profile-override-unused', 'warning', 'docs2ts.config.json', 'zz'],
    ]);
    expect(out.diagnostics[3].message).toBe('The config sets a profile for product zz, which no page documents; it changes nothing.');
    // a product with a profile but no page is unused too
    const noPage = { ...model, documents: [{ ...doc, file: 'docs-src/q/zh/page.md', product: 'q' }] };
    expect(applyProfileOverrides(deepFreeze(noPage), { p: {} }).diagnostics.map((d) => d.code)).toEqual(['table-unused', 'table-unused', 'profile-override-unused']);
    // the config's source is kept only for a product whose key it sets
    expect(applyProfileOverrides(deepFreeze(model), { p: { responseWrapper: null } }).profiles.p.discriminator?.source).toBe('documented');
  });
});
