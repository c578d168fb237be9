import { describe, expect, it } from 'vitest';
import { eventBaseName, exportNames, flatEvents, typeNames, versionGroups } from '../../../generator/model/passes/names.js';
import type { CallbackEvent, Envelope, TypeRef } from '../../../generator/model/types.js';
import type { Diagnostic } from '../../../generator/shared/diagnostic.js';
import { deepFreeze, draftField, t } from './drafts.js';
import { api, emptyModel, event, struct } from './model-fixtures.js';

const code = (key: string, value: string | number, payloadPath: string[] = []): Partial<CallbackEvent> => ({ discriminator: { key, value, payloadPath, evidence: 'test' } });
const envelope = (product: string): Envelope => ({ product, typeName: 'Env', discriminator: 'cmd', payloadField: 'data', fields: [], sources: [{ file: `docs-src/${product}/zh/page.md`, line: 4, lang: 'zh' }] });
const reply = { fields: [draftField('Ok', t.integer, 'zh')], examples: [], sources: [] };

describe('the naming pass on a model', () => {
  const model = emptyModel({
    events: [
      event('Started', [draftField('Info', t.object([draftField('Id', t.string, 'zh')]), 'zh')], { reply }),
      event('Stopped', [], { version: '2020-12-01' }),
      event('Stopped', [], { version: '2023-01-01' }),
      event('1001', [], { product: 'class-room', envelope: 'class-room', ...code('cmd', 1001, ['data']) }),
      event('-1', [], { product: 'class-room', envelope: 'class-room', ...code('cmd', -1, ['data']) }),
      event('Group.CallbackAfterSendMsg', [], { product: 'im', ...code('CallbackCommand', 'Group.CallbackAfterSendMsg') }),
      event('***', [], { product: 'im', ...code('CallbackCommand', '***') }),
    ],
    apis: [api('Describe', { responseWrapper: 'Response', output: [draftField('List', t.array(t.object([draftField('Id', t.string, 'zh')])), 'zh')] }), api('Plain')],
    structs: { 'p/File': struct('p/File'), 'p/File~Started': { ...struct('p/File~Started'), name: 'File' } },
    envelopes: { 'class-room': envelope('class-room') },
    diagnostics: [{ code: 'table-unused', severity: 'warning', message: 'm', file: 'docs-src/a.md', line: 1 }],
  });
  const out = typeNames.run(deepFreeze(model));

  it('names events by type and version, by product and numeric code, by the words of a command', () => {
    expect(out.events.map((e) => e.typeName)).toEqual(['Started', 'Stopped_20201201', 'Stopped_20230101', 'ClassRoomCmd1001', 'ClassRoomCmdMinus1', 'GroupCallbackAfterSendMsg', 'Unnamed']);
  });

  it('names a struct kept apart after its owner, APIs after their action, and settles the envelope', () => {
    expect(Object.values(out.structs).map((s) => [s.id, s.typeName])).toEqual([
      ['p/File', 'File'],
      ['p/File~Started', 'File_Started'],
    ]);
    expect(out.apis.map((a) => a.typeName)).toEqual(['Describe', 'Plain']);
    expect(out.envelopes['class-room'].typeName).toBe('Env');
  });

  it('adds its findings to the model\'s, sorted', () => {
    expect(out.diagnostics.map((d: Diagnostic) => [d.code, d.file, d.product, d.event, d.message])).toEqual([
      ['table-unused', 'docs-src/a.md', undefined, undefined, 'm'],
      ['type-name-unsafe', 'docs-src/p/zh/page.md', 'im', '***', 'The type name "***" of event im/*** has no letter or digit to build an identifier from; it is emitted as Unnamed.'],
    ]);
  });

  it('names the callbacks, unions, replies, request and response types and inline objects', () => {
    const names = exportNames(out);
    expect([names.callback('class-room', '1001'), names.callback('class-room', '-1'), names.productCallback('class-room'), names.productCallback('im'), names.productCallback('p')]).toEqual([
      'ClassRoomCmd1001Callback',
      'ClassRoomCmdMinus1Callback',
      'ClassRoomCallback',
      'ImCallback',
      undefined,
    ]);
    expect([names.callback('p', 'Started'), names.versions('p', 'Stopped'), names.versions('p', 'Started')]).toEqual([undefined, 'StoppedVersions', undefined]);
    expect([names.reply(out.events[0]), names.reply(out.events[1])]).toEqual(['StartedReply', undefined]);
    const [describe, plain] = out.apis;
    expect([names.request(describe), names.response(describe), names.responseBody(describe), names.responseBody(plain)]).toEqual(['DescribeRequest', 'DescribeResponse', 'DescribeResponseBody', '']);
    const info = out.events[0].fields[0].type;
    const list = describe.output[0].type as Extract<TypeRef, { kind: 'array' }>;
    expect([names.inline(info), names.inline(list.items), names.inline(list)]).toEqual(['Started_Info', 'DescribeResponse_List', undefined]);
    expect([names.index.childOf(info), names.index.childOf(list), names.index.childOf(t.string), names.index.childOf(t.array(t.ref('p/File~Started'))), names.index.childOf(t.ref('p/Gone'))]).toEqual([
      'Started_Info',
      'DescribeResponse_List',
      undefined,
      'File_Started',
      undefined,
    ]);
    expect(names.index.fieldsOf('Started_Info')?.map((f) => f.name)).toEqual(['Id']);
    expect(names.index.entries().map(([name]) => name)).toContain('StartedReply');
    expect(names.struct('p/Gone')).toBeUndefined();
  });
});

describe('naming helpers', () => {
  it('eventBaseName: the event type when nothing names it, a pascal-cased command, the type itself when it has no word', () => {
    expect(eventBaseName({ eventType: 'a_b', product: 'p' })).toBe('a_b');
    expect(eventBaseName({ eventType: 'send_msg', product: 'p', discriminator: { key: 'k', value: 'send_msg', payloadPath: [], evidence: '' } })).toBe('SendMsg');
    expect(eventBaseName({ eventType: '-', product: 'p', discriminator: { key: 'k', value: '-', payloadPath: [], evidence: '' } })).toBe('-');
    expect(eventBaseName({ eventType: '0', product: 'my-app', discriminator: { key: 'event_type', value: 0, payloadPath: [], evidence: '' } })).toBe('MyAppEventType0');
  });

  it('flatEvents: events that name themselves at the top of their own body', () => {
    const events = [event('A', [], code('k', 'A')), event('B', [], { ...code('k', 'B', ['data']) }), event('C', [], { ...code('k', 'C'), envelope: 'p' }), event('D')];
    expect(flatEvents({ events }).map((e) => e.eventType)).toEqual(['A']);
  });

  it('versionGroups: undated first, then by date, whatever the order given', () => {
    const events = [event('A', [], { version: '2023-01-01' }), event('B'), event('A'), event('A', [], { version: '2020-01-01' })];
    expect([...versionGroups({ events })].map(([key, list]) => [key, list.map((e) => e.version)])).toEqual([
      ['p/A', [null, '2020-01-01', '2023-01-01']],
      ['p/B', [null]],
    ]);
  });
});
