import { describe, expect, it } from 'vitest';
import { enumFromDescription } from '../../generator/model/enum-extract.js';
import type { TypeRef } from '../../generator/model/types.js';
import { fieldSummary, modelOf } from '../helpers/snippet.js';

// A recording-callback page whose event codes are listed only in the description cell of the
// body's event-type row (`301` (recording started), `302` …), with the event's object documented
// under a heading that names its field.
const page = `# Recording callbacks

## Callback parameters

| Field | Type | Required | Description |
| --- | --- | --- | --- |
| EventGroupId | Number | Yes | The event group ID. |
| EventType | Number | Yes | The event type. Valid values: \`301\` (recording started), \`302\` (recording stopped). |
| EventInfo | JSON Object | Yes | The event information. |

### EventInfo

| Field | Type | Required | Description |
| --- | --- | --- | --- |
| RoomId | String | Yes | The room ID. |
| UserId | String | No | The user ID. |

## Example

\`\`\`json
{ "EventGroupId": 3, "EventType": 302, "EventInfo": { "RoomId": "r", "UserId": "u" } }
\`\`\`
`;
const en = { lang: 'en' as const, file: 'docs-src/p/en/page.md' };
const num: TypeRef = { kind: 'number' };

describe('values written as `value` (meaning) in one sentence', () => {
  it('are known values, each with its meaning', () => {
    const raw = 'The event type. Valid values: `301` (recording started), `302` (recording stopped).';
    expect(enumFromDescription(raw.replace(/`/g, ''), raw, num, 'en', 3)).toEqual({
      values: [
        { value: 301, description: { en: 'recording started' } },
        { value: 302, description: { en: 'recording stopped' } },
      ],
      closed: false,
      source: 'description',
      line: 3,
    });
  });

  it('read full-width brackets, and need two pairs', () => {
    const raw = '事件类型：`301`（开始录制）、`302`（停止录制）';
    expect(enumFromDescription(raw.replace(/`/g, ''), raw, num, 'zh', 1)?.values).toEqual([
      { value: 301, description: { zh: '开始录制' } },
      { value: 302, description: { zh: '停止录制' } },
    ]);
    expect(enumFromDescription('Type, `301` (recording started).', 'Type, `301` (recording started).', num, 'en', 1)).toBeUndefined();
  });

  it('read bare integers for a numeric field only, and only pairs that follow one another', () => {
    const raw = 'Valid values: 301 (recording started), 302 (recording stopped) or 303 (file uploaded).';
    expect(enumFromDescription(raw, raw, num, 'en', 1)?.values.map((v) => v.value)).toEqual([301, 302, 303]);
    expect(enumFromDescription(raw, raw, { kind: 'string' }, 'en', 1)).toBeUndefined();
    // values of another field, inside sentences: no list
    const prose = '消息内容。当 msg_type 为 1（文本类型）时直接可读；当 msg_type 为 10（组合消息）时为 JSON 字符串。';
    expect(enumFromDescription(prose, prose, num, 'zh', 1)).toBeUndefined();
  });
});

describe('event codes listed in the description of the body row that names the event', () => {
  it('gives one event per code, sharing the body, keyed by that row', () => {
    const m = modelOf([page, en]);
    expect(m.events.map((e) => [e.eventType, e.discriminator?.key, e.discriminator?.value, e.discriminator?.payloadPath, e.title?.en])).toEqual([
      ['301', 'EventType', 301, [], 'recording started'],
      ['302', 'EventType', 302, [], 'recording stopped'],
    ]);
    expect(fieldSummary(m, '302')).toEqual(['EventGroupId: number', 'EventType: number enum 302', 'EventInfo: ref p/EventInfo']);
    expect(m.structs['p/EventInfo'].fields.map((f) => `${f.name}${f.required ? '' : '?'}`)).toEqual(['RoomId', 'UserId?']);
  });

  it('gives each example to the event its code names', () => {
    const m = modelOf([page, en]);
    expect(m.events.map((e) => [e.eventType, e.examples.length])).toEqual([
      ['301', 0],
      ['302', 1],
    ]);
  });

  it('reads codes listed one per line as well', () => {
    const lines = page.replace('The event type. Valid values: `301` (recording started), `302` (recording stopped).', '事件类型<br>301：开始录制<br>302：停止录制');
    expect(modelOf([lines, en]).events.map((e) => e.eventType)).toEqual(['301', '302']);
  });

  it('leaves a row whose values name no event (a status) to the structs', () => {
    const status = page.replace('EventType | Number | Yes | The event type.', 'State | Number | Yes | The state.').replace('"EventType": 302', '"State": 302');
    const m = modelOf([status, en]);
    expect(m.events).toEqual([]);
    expect(Object.values(m.structs).some((s) => s.fields.some((f) => f.name === 'State' && f.enum?.values.length === 2))).toBe(true);
  });

  it('leaves a string row to the named sections (event names, not codes)', () => {
    const names = page.replace('| EventType | Number | Yes | The event type. Valid values: `301` (recording started), `302` (recording stopped). |', '| EventType | String | Yes | The event type. Valid values: `A` (recording started), `B` (recording stopped). |');
    expect(modelOf([names, en]).events).toEqual([]);
  });
});

describe('an object field documented under a heading that is its name', () => {
  it('points at the table under that heading', () => {
    const struct = `# Types\n\n## Body fields\n\n| Field | Type | Description |\n| --- | --- | --- |\n| Info | Object | The details. |\n| Items | Array of Object | The items. |\n\n### Info\n\n| Field | Type | Description |\n| --- | --- | --- |\n| Id | String | The ID. |\n\n### Items\n\n| Field | Type | Description |\n| --- | --- | --- |\n| Name | String | The name. |\n`;
    const m = modelOf([struct, en]);
    const envelope = Object.values(m.structs).find((s) => s.fields.some((f) => f.name === 'Info'))!;
    expect(envelope.fields.map((f) => [f.name, f.type])).toEqual([
      ['Info', { kind: 'ref', struct: 'p/Info' }],
      ['Items', { kind: 'array', items: { kind: 'ref', struct: 'p/Items' } }],
    ]);
  });

  it('points at the table under a heading that is its whole description', () => {
    const titled = `# 回调\n\n## 回调参数\n\n| 字段名 | 类型 | 含义 |\n| --- | --- | --- |\n| EventInfo | JSON Object | 事件信息 |\n| Other | Object | 其他 |\n\n## 事件信息\n\n| 字段名 | 类型 | 含义 |\n| --- | --- | --- |\n| RoomId | String | 房间 |\n`;
    const m = modelOf([titled, { lang: 'zh' }]);
    const body = Object.values(m.structs).find((s) => s.fields.some((f) => f.name === 'EventInfo'))!;
    const room = Object.values(m.structs).find((s) => s.fields.some((f) => f.name === 'RoomId'))!;
    expect(body.fields.map((f) => [f.name, f.type])).toEqual([
      ['EventInfo', { kind: 'ref', struct: room.id }],
      ['Other', { kind: 'object', fields: [] }],
    ]);
  });

  it('keeps fields an object already has from its own rows', () => {
    const nested = `# Types\n\n## Body fields\n\n| Field | Type | Description |\n| --- | --- | --- |\n| Info | Object | The details. |\n| Info.Id | String | The ID. |\n\n### Info\n\n| Field | Type | Description |\n| --- | --- | --- |\n| Other | String | Another table. |\n`;
    const m = modelOf([nested, en]);
    const envelope = Object.values(m.structs).find((s) => s.fields.some((f) => f.name === 'Info'))!;
    expect(envelope.fields[0].type).toMatchObject({ kind: 'object', fields: [{ name: 'Id' }] });
  });
});

// The event row says only "the event type"; the codes are a table of constants under a heading
// that names the row (`## 事件类型` with `EVENT_TYPE_X | 301 | meaning` rows), and a group id
// beside it is fixed (`固定为 3`): the codes are the events, the fixed value names their group.
const constants = `# 录制回调

## 回调参数

| 字段名 | 类型 | 含义 |
| --- | --- | --- |
| EventGroupId | Number | 事件组 ID，云端录制固定为 3 |
| EventType | Number | 回调通知的事件类型 |
| EventInfo | JSON Object | 事件信息 |

## 事件类型

| 字段名 | 类型 | 含义 |
| --- | --- | --- |
| EVENT_TYPE_RECORDER_START | 301 | 录制模块启动 |
| EVENT_TYPE_RECORDER_STOP | 302 | 录制模块退出 |

## 回调示例

\`\`\`json
{ "EventGroupId": 3, "EventType": 301, "EventInfo": {} }
\`\`\`
`;
const zh = { lang: 'zh' as const };

describe('event codes in a table of constants that the event row names', () => {
  it('gives one event per constant, the table claimed as the codes, not a struct', () => {
    const m = modelOf([constants, zh]);
    expect(m.events.map((e) => [e.eventType, e.discriminator?.key, e.title?.zh, e.examples.length])).toEqual([
      ['301', 'EventType', '录制模块启动', 1],
      ['302', 'EventType', '录制模块退出', 0],
    ]);
    expect(fieldSummary(m, '301')).toEqual(['EventGroupId: number', 'EventType: number enum 301', 'EventInfo: object (inferred)']);
    expect(Object.keys(m.structs)).toEqual([]);
    expect(m.diagnostics.map((d) => d.code)).not.toContain('unknown-type-spelling');
  });

  it('reads a heading that adds a word for "description" or "list" (`事件类型说明`, `Event Type List`)', () => {
    const explained = constants.replace('## 事件类型', '#### 事件类型说明').replace('{}', '{ "RoomId": "r" }').replace('## 回调示例', '#### 事件信息说明\n\n| 字段名 | 类型 | 含义 |\n| --- | --- | --- |\n| RoomId | String | 房间 |\n\n## 回调示例');
    const m = modelOf([explained, zh]);
    expect(m.events.map((e) => e.eventType)).toEqual(['301', '302']);
    // the object row points at the table titled with its description and that word
    const info = m.events[0].fields.find((f) => f.name === 'EventInfo')!;
    expect(info.type).toMatchObject({ kind: 'ref' });
    expect(m.structs[(info.type as { struct: string }).struct].fields.map((f) => f.name)).toEqual(['RoomId']);
    const listed = constants.replace('| EventType | Number | 回调通知的事件类型 |', '| EventType | Number | The event type |').replace('## 事件类型', '## Event Type List');
    expect(modelOf([listed, zh]).events.map((e) => e.eventType)).toEqual(['301', '302']);
    // the plural of the row's name: `### Event types` over the constants of `EventType`
    const plural = constants.replace('| EventType | Number | 回调通知的事件类型 |', '| EventType | Number | The type of the event |').replace('## 事件类型', '### Event types');
    expect(modelOf([plural, zh]).events.map((e) => e.eventType)).toEqual(['301', '302']);
  });

  it('needs the table to sit under a heading the event row names', () => {
    const elsewhere = constants.replace('## 事件类型', '## 其他常量');
    expect(modelOf([elsewhere, zh]).events.map((e) => e.eventType)).toEqual(['3']);
  });
});
