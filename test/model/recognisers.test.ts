import { describe, expect, it } from 'vitest';
import { fieldNotes, fieldsFromItems } from '../../generator/model/param-table.js';
import { parseTypeSpelling } from '../../generator/model/type-spelling.js';
import { fieldSummary, modelOf } from '../helpers/snippet.js';

// Each page shape in a few lines: the sections a recogniser must find, and what it must leave alone.

describe('numeric-codes: a sentence per section names the code', () => {
  const page = (key: string) => `## Room state changes

When the \`${key}\` property of an event is \`1\`, the \`data\` property contains the following fields:

| Parameter | Type | Description |
| --- | --- | --- |
| \`state\` | Integer | The state |

## A message arrives

\`${key}\` 为 \`3\` 时，\`data\` 中包含以下字段：

| Parameter | Type | Description |
| --- | --- | --- |
| \`message\` | String | The text |

\`\`\`json
{ "message": "hi" }
\`\`\`
`;

  it('gives one event per code, named by product and key, with the payload member', () => {
    const m = modelOf([page('op'), { lang: 'en', product: 'school' }]);
    expect(m.events.map((e) => [e.eventType, e.typeName, e.discriminator?.key, e.discriminator?.value, e.discriminator?.payloadPath, e.title.en])).toEqual([
      ['1', 'SchoolOp1', 'op', 1, ['data'], 'Room state changes'],
      ['3', 'SchoolOp3', 'op', 3, ['data'], 'A message arrives'],
    ]);
    expect(fieldSummary(m, '3')).toEqual(['message: string']);
    expect(m.events[1].examples).toHaveLength(1);
    expect(m.coverage[0].shapes).toEqual(['numeric-codes']);
  });

  it('leaves a section alone whose sentence names no number', () => {
    const m = modelOf([page('op').replace('is `1`', 'is set'), { lang: 'en' }]);
    expect(m.events.map((e) => e.eventType)).toEqual(['3']);
  });
});

describe('numeric-codes: a code table shared by every code', () => {
  const page = `### 事件类型

| 事件类型 | 字段取值说明 |
| --- | --- |
| 推流 | kind = 1 |
| 断流 | kind = 0 |

### 回调消息参数

| 字段名称 | 类型 | 说明 |
| :--- | :--- | :--- |
| appid | int | 应用 |
| seq | string | 序列号 |

\`\`\`json
{ "appid": 1, "seq": "9", "kind": 1 }
\`\`\`
`;

  it('gives each code an event with the shared payload and the key as a one-value field; the example goes to its code', () => {
    const m = modelOf([page]);
    expect(m.events.map((e) => [e.eventType, e.alias?.zh, e.examples.length])).toEqual([
      ['0', '断流', 0],
      ['1', '推流', 1],
    ]);
    expect(fieldSummary(m, '0')).toEqual(['kind: integer enum 0', 'appid: integer', 'seq: string']);
    expect(m.events[0].fields[0].requiredReason).toMatch(/code table at line 3/);
    // the code table is the events' index, not a catalogue of events named 推流/断流
    expect(m.catalogue).toEqual([]);
    expect(m.coverage[0].blocks.map((b) => b.role)).toEqual(['event codes of kind (1, 0)', 'payload of kind 1; payload of kind 0', 'example of kind 1']);
  });
});

describe('command-callback: one callback per page, named by a fixed command', () => {
  const page = `## 请求参数说明

| 参数 | 说明 |
| --- | --- |
| https | 请求协议为 HTTPS |
| www.example.com | 回调 URL |
| Cmd | 固定为 Room.AfterJoin |
| contenttype | 固定值为 JSON |

## 请求包示例

\`\`\`
{
  "Cmd": "Room.AfterJoin", // 回调命令
  "UserId": "u1"
}
\`\`\`

## 请求包字段说明

| 字段 | 类型 | 说明 |
| --- | --- | --- |
| Cmd | String | 回调命令 |
| UserId | String | 用户 |

## 应答包示例

\`\`\`
{ "ActionStatus": "OK", "ErrorCode": 0 }
\`\`\`

## 应答包字段说明

| 字段 | 类型 | 属性 | 说明 |
| --- | --- | --- | --- |
| ActionStatus | String | 必填 | 结果 |
| ErrorCode | Integer | 选填 | 错误码 |
`;

  it('keeps only the parameters the sample URL carries, names as written (a dot never nests)', () => {
    const m = modelOf([page.replace('## 请求参数说明', '## 请求参数说明\n\n```\nhttps://www.example.com?Cmd=$Cmd&contenttype=json\n```')]);
    expect(m.events[0].query?.map((f) => f.name)).toEqual(['Cmd', 'contenttype']);
  });

  it('names the event by the command the example confirms, types body, reply and query', () => {
    const m = modelOf([page]);
    expect(m.events.map((e) => [e.eventType, e.typeName, e.discriminator?.key])).toEqual([['Room.AfterJoin', 'RoomAfterJoin', 'Cmd']]);
    expect(fieldSummary(m, 'Room.AfterJoin')).toEqual(['Cmd: string enum "Room.AfterJoin"', 'UserId: string']);
    const e = m.events[0];
    // the `属性` column holds 必填/选填: read as the required column by its values
    expect(e.reply?.fields.map((f) => `${f.name}${f.required ? '' : '?'}`)).toEqual(['ActionStatus', 'ErrorCode?']);
    expect(e.reply?.examples.map((x) => x.value)).toEqual([{ ActionStatus: 'OK', ErrorCode: 0 }]);
    // no sample URL: every row stays, a dotted name is one name
    expect(e.query?.map((f) => `${f.name}: ${f.type.kind}`)).toEqual(['https: string', 'www.example.com: string', 'Cmd: string', 'contenttype: string']);
    // the commented request example is kept, reported, and still read for the command
    expect(e.examples).toHaveLength(1);
    expect(m.diagnostics.filter((d) => d.code === 'example-invalid-json')).toHaveLength(1);
  });

  it('does not take a fixed value the examples never carry (a content type) for a command', () => {
    const m = modelOf([page.replace('"Cmd": "Room.AfterJoin"', '"Cmd": "Other"')]);
    expect(m.events).toEqual([]);
  });
});

describe('api-reference: an API page in Markdown', () => {
  const page = `## 1. API Description

API request domain name: x.tencentcloudapi.com.

This API lists rooms.

## 2. Request Parameters

| Parameter name | Required | Type | Description |
|---|---|---|---|
| Action | Yes | String | Common parameter; the name of this API: ListRooms |
| Version | Yes | String | Common parameter; the version of this API: 2020-01-01 |
| PageSize | No | Integer | Page size |

## 3. Return Parameters

| Parameter name | Type | Description |
|---|---|---|
| Rooms | Array of [RoomInfo](https://example.com/api/1#RoomInfo) | Rooms |
| RequestId | String | Request id |

## 4. Sample

#### Output Sample Code

\`\`\`
{ "Response": { "Rooms": [], "RequestId": "r" } }
\`\`\`
`;
  const structs = `## RoomInfo

A room.

Used by: ListRooms.

| Name | Type | Description |
|---|---|---|
| RoomId | String | Room id |
`;

  it('reads action, version, domain, parameters and examples, and resolves a struct linked on another page by its name', () => {
    const m = modelOf([page, { lang: 'en', product: 'x' }], [structs, { lang: 'en', product: 'x', file: 'docs-src/x/en/structs.md' }]);
    expect(m.apis.map((a) => [a.action, a.apiVersion, a.domain, a.input.map((f) => f.name + (f.required ? '' : '?')), a.responseWrapper])).toEqual([
      ['ListRooms', '2020-01-01', 'x.tencentcloudapi.com', ['Action', 'Version', 'PageSize?'], 'Response'],
    ]);
    expect(m.apis[0].output[0].type).toEqual({ kind: 'array', items: { kind: 'ref', struct: 'x/RoomInfo' } });
    // the data-structure page gives a struct, not an event named RoomInfo
    expect(m.events).toEqual([]);
    expect(Object.keys(m.structs)).toEqual(['x/RoomInfo']);
  });
});

describe('examples only: an event documented by its JSON examples', () => {
  it('types the fields from every example, inside the envelope, unwrapping the one that lists events, all inferred and optional', () => {
    const page = `## 事件名称

Changed

## 示例

\`\`\`json
{ "EventType": "Changed", "Detail": { "Duration": 60, "Err": 0 } }
\`\`\`

\`\`\`json
{ "Response": { "EventSet": [ { "Handle": "h", "EventType": "Changed", "Detail": { "Duration": 60.5 } } ] } }
\`\`\`
`;
    const m = modelOf([page]);
    expect(fieldSummary(m, 'Changed')).toEqual([
      'Duration?: number (inferred)',
      'Err?: integer (inferred)',
    ]);
    expect(m.diagnostics.map((d) => d.code)).toContain('event-typed-from-examples');
    // the wrapped example is checked where the event sits in it
    expect(m.events[0].examples.map((x) => x.payloadPath)).toEqual([undefined, ['Response', 'EventSet', 0, 'Detail']]);
    // the bare body is an envelope: the name beside the payload member
    expect(Object.values(m.envelopes).map((e) => [e.discriminator, e.payloadField])).toEqual([['EventType', 'Detail']]);
  });
});

describe('nesting written in tables', () => {
  it('puts `└` rows under the row above: array rows get item fields, object rows fields', () => {
    const m = modelOf([
      '### X\n\n**EventType**\n\n`X`\n\n**EventData**\n\n| 参数 | 类型 | 描述 |\n| --- | --- | --- |\n| users | Array of Object | 用户 |\n| └UserId | String | 用户 ID |\n| └Info | Object | 信息 |\n| └└Age | Int | 年龄 |\n| total | Int | 总数 |\n',
    ]);
    const users = m.events[0].fields[0];
    expect(users.type.kind === 'array' && users.type.items.kind === 'object' && users.type.items.fields.map((f) => f.name)).toEqual(['UserId', 'Info']);
    expect(m.events[0].fields.map((f) => f.name)).toEqual(['users', 'total']);
  });

  it('reads fields written as list items in a cell, with values nested in an item', () => {
    const ctx = { file: 'f.md', lang: 'en' as const, product: 'p', diagnostics: [], notes: fieldNotes() };
    const fields = fieldsFromItems(
      [
        { text: 'userUuid: String. The user ID.', code: ['userUuid'], items: [] },
        { text: 'role: Integer. The user role:', code: ['role'], items: [{ text: '1: Teacher.', code: ['1'], items: [] }, { text: '2: Student.', code: ['2'], items: [] }] },
        { text: 'userName: String 型，用户名称。', code: ['userName'], items: [] },
        { text: 'Not a field at all', code: [], items: [] },
      ],
      ctx,
      7,
    );
    expect(fields.map((f) => [f.name, f.type.kind, f.enum?.values.map((v) => v.value)])).toEqual([
      ['userUuid', 'string', undefined],
      ['role', 'integer', [1, 2]],
      ['userName', 'string', undefined],
    ]);
  });
});

describe('links to a heading', () => {
  it('resolve `[X](#x)` to the struct a heading of that name defines, when no anchor does', () => {
    const page = `## Template\n\nUsed by: X.\n\n| 名称 | 类型 | 描述 |\n| --- | --- | --- |\n| Flv | [Param](#Param) | 参数 |\n\n## Param\n\nUsed by: X.\n\n| 名称 | 类型 | 描述 |\n| --- | --- | --- |\n| Enable | Integer | 开关 |\n`;
    const m = modelOf([page]);
    expect(m.structs['p/Template'].fields[0].type).toEqual({ kind: 'ref', struct: 'p/Param' });
    expect(m.diagnostics.filter((d) => d.code === 'unresolved-anchor')).toEqual([]);
  });
});

describe('type spellings', () => {
  const spell = (text: string) => parseTypeSpelling({ text, links: [] });
  it('reads unions, object arrays, JSON objects and a bare Array', () => {
    expect(spell('String/Number')).toEqual({ ok: true, type: { kind: 'union', types: [{ kind: 'string' }, { kind: 'number' }] } });
    expect(spell('Object Array')).toEqual({ ok: true, type: { kind: 'array', items: { kind: 'object', fields: [] } } });
    expect(spell('JSON Object')).toEqual({ ok: true, type: { kind: 'object', fields: [] } });
    expect(spell('JsonObject')).toEqual({ ok: true, type: { kind: 'object', fields: [] } });
    expect(spell('Array')).toEqual({ ok: true, type: { kind: 'array', items: { kind: 'unknown' } } });
    expect(spell('string，json对象字符串')).toEqual({ ok: true, type: { kind: 'string' } });
    expect(spell('Int/Int')).toEqual({ ok: true, type: { kind: 'integer' } });
    expect(spell('Object 数组')).toEqual({ ok: true, type: { kind: 'array', items: { kind: 'object', fields: [] } } });
    expect(spell('String Array')).toEqual({ ok: true, type: { kind: 'array', items: { kind: 'string' } } });
  });

  it('reads generic collections: List<String>, Array<Object>, Set<Long>, JSONArray<Integer>, List<List<String>>', () => {
    expect(spell('List<String>')).toEqual({ ok: true, type: { kind: 'array', items: { kind: 'string' } } });
    expect(spell('Array<Object>')).toEqual({ ok: true, type: { kind: 'array', items: { kind: 'object', fields: [] } } });
    expect(spell('Set<Long>')).toEqual({ ok: true, type: { kind: 'array', items: { kind: 'integer', format: 'int64' } } });
    expect(spell('JSONArray<Integer>')).toEqual({ ok: true, type: { kind: 'array', items: { kind: 'integer' } } });
    expect(spell('List<List<String>>')).toEqual({ ok: true, type: { kind: 'array', items: { kind: 'array', items: { kind: 'string' } } } });
    expect(spell('List<UserInfo>')).toEqual({ ok: true, type: { kind: 'array', items: { kind: 'ref', struct: 'name:UserInfo' } } });
  });
});
