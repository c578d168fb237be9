import { describe, expect, it } from 'vitest';
import { fieldSummary, modelOf } from '../helpers/snippet.js';

const rtcEvent = (heading: string, name: string, table: string, extra = '') => `### ${heading}

**EventType**

\`${name}\`

**事件详情**

${name} 发生了。

**EventData**

${table}
${extra}`;

describe('event sections in Markdown', () => {
  it('finds an event from a **EventType** label and its value, and the summary', () => {
    const m = modelOf([rtcEvent('RoomCreate', 'RoomCreate', '| 参数名 | 类型 | 示例值 | 描述 |\n| --- | --- | --- | --- |\n| RoomId | String | `r1` | 房间 ID |\n| Timestamp | Int64 | `1611736812853` | 时间 |')]);
    expect(m.events.map((e) => [e.eventType, e.version, e.summary.zh])).toEqual([['RoomCreate', null, 'RoomCreate 发生了。']]);
    expect(fieldSummary(m, 'RoomCreate')).toEqual(['RoomId: string', 'Timestamp: int64']);
    expect(m.events[0].fields[0].example).toBe('r1');
    expect(m.events[0].fields[1].example).toBe(1611736812853);
  });

  it('takes the dated version from the heading and keeps versions apart', () => {
    const table = '| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| A | String | a |';
    const m = modelOf([`${rtcEvent('RecordStopped(2020-12-01)', 'RecordStopped', table)}\n${rtcEvent('RecordStopped(2023-11-01)', 'RecordStopped', table)}`]);
    expect(m.events.map((e) => [e.eventType, e.version, e.typeName])).toEqual([
      ['RecordStopped', '2020-12-01', 'RecordStopped_20201201'],
      ['RecordStopped', '2023-11-01', 'RecordStopped_20231101'],
    ]);
  });

  it('finds an event from a `#### 事件名称` heading label with the title from the section heading', () => {
    const m = modelOf(['## 推流开始\n\n#### 事件名称\n\nPushStarted\n\n#### 事件说明\n\n开始推流时通知\n\nEventData 结构定义：\n\n| 参数名称 | 类型 | 描述 |\n| --- | --- | --- |\n| TaskId | String | 任务 |\n']);
    expect(m.events.map((e) => [e.eventType, e.title.zh, e.summary.zh])).toEqual([['PushStarted', '推流开始', '开始推流时通知']]);
  });

  it('reads the label and the value written in one paragraph', () => {
    const m = modelOf(['### X\n**EventType**\n`PushPublicStream`\n\n**EventData**\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| A | Int | a |\n']);
    expect(m.events.map((e) => e.eventType)).toEqual(['PushPublicStream']);
  });
});

describe('structs, anchors and value tables', () => {
  const withStructs = rtcEvent(
    'Stopped',
    'Stopped',
    '| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| Files | **Array of [RecordFile](#recordfile)** | 文件 |\n| Reason | String | 原因，参看[Reason](#reasonx) |',
    `
RecordFile

<span id="recordfile"></span>

| 参数名称 | 类型 | 必填 | 描述 |
| --- | --- | --- | --- |
| Vid | String | 否 | 文件 |
| Stream | [Stream](#stream) | 是 | 流 |

<span id="stream"></span>

Stream

| 参数名称 | 类型 | 描述 |
| --- | --- | --- |
| UserId | String | 用户 |

<span id="reasonx" ></span>
Reason
| 值 | 含义 |
| --- | --- |
| StreamStop | 正常 |
| LeaveRoom | 离开 |
`,
  );

  it('resolves [X](#anchor) to the table under that anchor, in either label/anchor order, and links value tables by anchor', () => {
    const m = modelOf([withStructs]);
    expect(fieldSummary(m, 'Stopped')).toEqual(['Files: ref p/RecordFile[]', 'Reason: string enum "StreamStop","LeaveRoom"']);
    expect(Object.keys(m.structs)).toEqual(['p/RecordFile', 'p/Stream']);
    expect(m.structs['p/RecordFile'].fields.map((f) => [f.name, f.required, f.type])).toEqual([
      ['Vid', false, { kind: 'string' }],
      ['Stream', true, { kind: 'ref', struct: 'p/Stream' }],
    ]);
    expect(m.structs['p/Stream'].usedBy).toEqual(['p/Stopped']);
    expect(m.diagnostics).toEqual([]);
  });

  it('links a value table by its label when the description names it', () => {
    const m = modelOf([rtcEvent('Leave', 'Leave', '| 参数 | 类型 | 说明 |\n| --- | --- | --- |\n| Reason | String | 原因。参看 `Reason` |', '\n`Reason`:\n\n| 值 | 含义 |\n| --- | --- |\n| userLeave | 正常退房 |\n| other | 其他 |\n')]);
    expect(fieldSummary(m, 'Leave')).toEqual(['Reason: string enum "userLeave","other"']);
  });

  it('resolves a reused anchor id to the definition in the same section, and reports the duplicate', () => {
    const section = (name: string, field: string) =>
      rtcEvent(name, name, '| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| S | [Stream](#s2023) | s |', `\nStream\n\n<span id="s2023"></span>\n\n| 参数名称 | 类型 | 描述 |\n| --- | --- | --- |\n| ${field} | String | x |\n`);
    const m = modelOf([`${section('First', 'A')}\n${section('Second', 'B')}`]);
    const first = m.events.find((e) => e.eventType === 'First')!.fields[0].type;
    const second = m.events.find((e) => e.eventType === 'Second')!.fields[0].type;
    expect(first).not.toEqual(second);
    expect(m.structs[(first as { struct: string }).struct].fields[0].name).toBe('A');
    expect(m.structs[(second as { struct: string }).struct].fields[0].name).toBe('B');
    expect(m.diagnostics.map((d) => d.code)).toEqual(['duplicate-anchor']);
  });

  it('makes identical copies of a struct one struct, and names different shapes after their first user', () => {
    const section = (name: string, fields: string) =>
      rtcEvent(name, name, `| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| F | [RecordFile](#rf${name}) | f |`, `\nRecordFile\n\n<span id="rf${name}"></span>\n\n| 参数名称 | 类型 | 描述 |\n| --- | --- | --- |\n${fields}\n`);
    const m = modelOf([[section('One', '| Vid | String | v |'), section('Two', '| Vid | String | v |'), section('Three', '| Vid | String | v |\n| Key | String | k |')].join('\n')]);
    expect(Object.keys(m.structs).sort()).toEqual(['p/RecordFile~One', 'p/RecordFile~Three']);
    expect(m.structs['p/RecordFile~One'].anchors).toEqual(['rfOne', 'rfTwo']);
  });

  it('reports an unresolved anchor and a link label that differs from the struct label', () => {
    const m = modelOf([rtcEvent('E', 'E', '| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| Lost | [Gone](#nowhere) | x |\n| Songs | Array of [SongUpdate](#list) | y |', '\n<span id="list"></span>SongList\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| SongId | String | id |\n')]);
    expect(m.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['unresolved-anchor', 'Lost'],
      ['struct-reference-label-mismatch', 'Songs'],
    ]);
    expect(fieldSummary(m, 'E')).toEqual(['Lost: unknown', 'Songs: ref p/SongList[]']);
  });
});

describe('scraped text pages', () => {
  const page = [
    'Parameter Name | Type | Description |',
    'TaskId | String | Task ID |',
    'VideoInfos | Video recording list | |',
    'Error.Code | String | This field will exist if an error occurs. |',
    'Error.Message | String | Error description |',
    '{"EventData": {"TaskId": "t", "VideoInfos": [{"Url": "u", "Size": 1}]},"EventType": "RecordDone","Sign": "s","Timestamp": 1}',
    '{"EventData": {"TaskId": "t", "VideoInfos": [], "Error": {"Code": "E", "Message": "m"}},"EventType": "RecordDone","Sign": "s","Timestamp": 2}',
  ].join('\n');
  const m = modelOf([page, { format: 'scraped-text', lang: 'en', file: 'docs-src/p/en/cb.txt' }]);

  it('names the event from the example, keeps both examples, and infers the envelope', () => {
    expect(m.events.map((e) => [e.eventType, e.examples.length, e.examples.map((x) => x.kind)])).toEqual([['RecordDone', 2, ['envelope', 'envelope']]]);
    // the key naming the event and the payload member come first; keys only the examples show are never required
    expect(m.envelopes.p.fields.map((f) => `${f.name}:${f.type.kind}${f.required ? '' : '?'}`)).toEqual(['EventType:string', 'EventData:unknown', 'Sign:string?', 'Timestamp:integer?']);
    expect(m.envelopes.p.fields[2].description.en).toBe('Present in every example body of p, but no table documents it.');
  });

  it('reads a description in the type cell, types the field from the example, and nests dotted names', () => {
    expect(fieldSummary(m, 'RecordDone')).toEqual(['TaskId: string', 'VideoInfos: object[] (inferred)', 'Error?: object', 'Error.Code?: string', 'Error.Message: string']);
    expect(m.events[0].fields[1].description.en).toBe('Video recording list');
    expect(m.diagnostics.map((d) => [d.code, d.line, d.field])).toEqual([['type-cell-holds-description', 3, 'VideoInfos']]);
  });
});

describe('languages', () => {
  const zh = '## 推流开始\n\n#### 事件名称\n\nPushStarted\n\n| 参数名称 | 类型 | 描述 |\n| --- | --- | --- |\n| TaskId | String | 任务 Id |\n| Reason | String | 原因<br/>- AUTO：自动<br/>- USER_CALL：调用 |\n';
  const en = 'Parameter Name | Type | Description |\nTaskId | String | Task ID |\nReason | String | Reason AUTO: auto USER_CALL: call |\n{"EventData": {"TaskId": "t", "Reason": "AUTO"},"EventType": "PushStarted"}';
  it('merges the English and Chinese pages of one event, with both descriptions, sources and per-language facts', () => {
    const m = modelOf([zh], [en, { format: 'scraped-text', lang: 'en', file: 'docs-src/p/en/cb.txt' }]);
    expect(m.events).toHaveLength(1);
    const [e] = m.events;
    expect(e.sources.map((s) => s.lang).sort()).toEqual(['en', 'zh']);
    expect(e.fields[0].description).toEqual({ zh: '任务 Id', en: 'Task ID' });
    expect(e.fields[1].enum?.values).toEqual([
      { value: 'AUTO', description: { zh: '自动', en: 'auto' } },
      { value: 'USER_CALL', description: { zh: '调用', en: 'call' } },
    ]);
    expect(Object.keys(e.fields[0].perLang ?? {}).sort()).toEqual(['en', 'zh']);
  });
});

describe('API pages', () => {
  it('builds the action with input, output, errors, limits and the Response wrapper', () => {
    const page = ['1. API Description', 'This API is used to query.', 'A maximum of 5 requests can be initiated per second for this API.', '2. Input Parameters', 'Parameter Name Required Type Description', 'Action Yes String Common Params. The value used for this API: DescribeX.', 'TaskId No String Task.', '', '3. Output Parameters', 'Parameter Name Type Description', 'Backup String Backup.', 'Note: This parameter may return null, indicating that no valid values can be obtained.', 'RequestId String Request id.', '', '4. Example', 'Output Example', '{"Response": {"Backup": null, "RequestId": "r"}}', '', '6. Error Code', 'Error Code Description', 'AuthFailure Denied.'].join('\n');
    const m = modelOf([page, { format: 'api-page', lang: 'en', file: 'docs-src/p/en/api.txt' }]);
    const [api] = m.apis;
    expect([api.action, api.rateLimit, api.responseWrapper, api.errors.map((e) => e.code)]).toEqual(['DescribeX', { count: 5, per: 'second' }, 'Response', ['AuthFailure']]);
    expect(api.input.map((f) => [f.name, f.required])).toEqual([['Action', true], ['TaskId', false]]);
    expect(api.output.map((f) => [f.name, f.required, f.nullable])).toEqual([['Backup', false, true], ['RequestId', true, false]]);
  });

  it('finds the wrapper by shape, whatever its name, and not when the output table documents that key', () => {
    const page = (example: string, outputRow = 'Backup String Backup.') => ['1. API Description', 'This API is used to query.', '2. Input Parameters', 'Parameter Name Required Type Description', 'Action Yes String Common Params. The value used for this API: DescribeY.', '', '3. Output Parameters', 'Parameter Name Type Description', outputRow, '', '4. Example', 'Output Example', example].join('\n');
    const wrapperOf = (text: string): string | undefined => modelOf([text, { format: 'api-page', lang: 'en', file: 'docs-src/p/en/api.txt' }]).apis[0].responseWrapper;
    expect(wrapperOf(page('{"result": {"Backup": "b"}}'))).toBe('result');
    expect(wrapperOf(page('{"Backup": {"Inner": 1}}', 'Backup Object Backup.'))).toBeUndefined();
    expect(wrapperOf(page('{"Backup": "b"}'))).toBeUndefined();
  });
});

describe('hostile input', () => {
  it('keeps odd field names as data and every diagnostic has a file and a line', () => {
    const m = modelOf([rtcEvent('Odd', 'Odd', '| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| `__proto__` | String | */ ${x} `b` `</script>` |\n| constructor | Int | c |\n| 123abc | Weird Type X | d |\n| a-b | | e |\n| ../x | String |')]);
    expect(m.events[0].fields.map((f) => f.name)).toEqual(['__proto__', 'constructor', '123abc', 'a-b', '../x']);
    expect(m.events[0].fields[0].description.zh).toBe('*/ ${x} b </script>');
    expect(m.diagnostics.map((d) => d.code).sort()).toEqual(['missing-type', 'table-row-cell-count', 'unknown-type-spelling']);
    for (const d of m.diagnostics) expect(d.file !== '' && d.line >= 1).toBe(true);
  });
});
