import { describe, expect, it } from 'vitest';
import type { Model } from '../../generator/model/types.js';
import { httpMessageBody } from '../../generator/model/http-message.js';
import { modelOf } from '../helpers/snippet.js';

// API pages whose examples are HTTP messages (a request line or status line, headers, a JSON
// body), whose response sections are split by HTTP status, whose error tables put the code in
// another column, and whose Action is named only by the request URL.

const api = (m: Model) => {
  expect(m.apis).toHaveLength(1);
  return m.apis[0];
};
const codes = (m: Model) => m.diagnostics.map((d) => d.code);

describe('an HTTP message as an example', () => {
  it('the JSON body after a request line and its headers, with its line offset', () => {
    expect(httpMessageBody('POST / HTTP/1.1\nHost: x.example.com\nContent-Type: application/json\n<公共请求参数>\n\n{\n  "Limit": 1\n}')).toEqual({ text: '{\n  "Limit": 1\n}', lineOffset: 5 });
    expect(httpMessageBody('HTTP/1.1 200 OK\nContent-Type:application/json\n\n[1]')).toEqual({ text: '[1]', lineOffset: 3 });
    expect(httpMessageBody('POST https://x.example.com/v1/things\n\n{"a":1}')).toEqual({ text: '{"a":1}', lineOffset: 2 });
  });

  it('no body: a URL alone, XML, a header line that is no header, or no blank line before the body', () => {
    expect(httpMessageBody('GET https://x.example.com/v1/things')).toBeUndefined();
    expect(httpMessageBody('HTTP/1.1 200 OK\nContent-Type:application/xml\n\n<R></R>')).toBeUndefined();
    expect(httpMessageBody('POST / HTTP/1.1\nnot a header\n\n{"a":1}')).toBeUndefined();
    expect(httpMessageBody('POST / HTTP/1.1\n{"a":1}')).toBeUndefined();
    expect(httpMessageBody('{"a":1}')).toBeUndefined();
  });

  const page = `## 1. 接口描述

本接口 (DescribeThings) 用于查询。

## 2. 输入参数

| 参数名称 | 必选 | 类型 | 描述 |
|---|---|---|---|
| Action | 是 | String | 公共参数，本接口取值：DescribeThings。 |
| Limit | 否 | Integer | 返回数量。 |

## 3. 输出参数

| 参数名称 | 类型 | 描述 |
|---|---|---|
| TotalCount | Integer | 总数。 |

## 4. 示例

### 示例1 查询

#### 输入示例

\`\`\`
POST / HTTP/1.1
Host: things.example.com
X-TC-Action: DescribeThings
<公共请求参数>

{
    "Limit": 1
}
\`\`\`

#### 输出示例

\`\`\`
HTTP/1.1 200 OK
Content-Type: application/json

{
    "Response": { "TotalCount": "1" }
}
\`\`\`
`;

  it('a request written as POST with a JSON body is that body, not query parameters', () => {
    const a = api(modelOf([page]));
    expect(a.examples.map((e) => [e.kind, e.value])).toEqual([
      ['request', { Limit: 1 }],
      ['response', { Response: { TotalCount: '1' } }],
    ]);
    // the body's own first line, so findings on it point into the page
    expect(a.examples[0].source.line).toBe(30);
  });

  it('the response body under a status line is the response example, at its own line', () => {
    const m = modelOf([page]);
    expect(api(m).examples[1].source.line).toBe(41);
    expect(api(m).responseWrapper).toBe('Response');
  });
});

describe('response parts per HTTP status', () => {
  const page = `# Show thing

## URI

GET /v1/{project_id}/things/{thing_id}

**Table 1** Path parameters

| Parameter | Mandatory | Type | Description |
| --- | --- | --- | --- |
| project_id | Yes | String | Project ID. |
| thing_id | Yes | String | Thing ID. |

## Response Parameters

**Status code: 200**

**Table 2** Response body parameters

| Parameter | Type | Description |
| --- | --- | --- |
| thing | String | The thing. |

**Status code: 400**

**Table 3** Response body parameters

| Parameter | Type | Description |
| --- | --- | --- |
| error_code | String | The error code. |

## Example Responses

**Status code: 200**

OK

\`\`\`
{ "thing": "t" }
\`\`\`

**Status code: 400**

Bad Request

\`\`\`
{ "error_code": "E1" }
\`\`\`
`;

  it('the path parameters of the URI section are request parameters, not a struct named URI', () => {
    const m = modelOf([page, { lang: 'en' }]);
    expect(api(m).input.map((f) => f.name)).toEqual(['project_id', 'thing_id']);
    expect(Object.values(m.structs).map((s) => s.name)).toEqual([]);
  });

  it('the body table and example of an error status are no output and no response example, and say so', () => {
    const m = modelOf([page, { lang: 'en' }]);
    const a = api(m);
    expect(a.output.map((f) => f.name)).toEqual(['thing']);
    expect(a.examples.map((e) => [e.kind, e.value])).toEqual([['response', { thing: 't' }]]);
    const roles = m.coverage[0].blocks.map((b) => b.role ?? b.reason ?? '');
    expect(roles.filter((r) => /error response/.test(r))).toHaveLength(2);
  });

  it('without status labels every body table is output, as before', () => {
    const a = api(modelOf([page.replace(/\*\*Status code: \d+\*\*\n\n/g, ''), { lang: 'en' }]));
    expect(a.output.map((f) => f.name)).toEqual(['thing', 'error_code']);
  });
});

describe('error tables and Action names', () => {
  const page = `# 关闭房间

## 接口原型

- 请求地址：\`https://rtc.example.com/?Action=CloseRoom\`

## 请求参数

| 参数 | 类型 | 是否必选 | 描述 |
|---|---|---|---|
| RoomId | String | 是 | 房间 ID。 |

## 响应参数

| 参数 | 类型 | 描述 |
|---|---|---|
| Code | Number | 返回码。 |

## 返回码

| HttpCode | 返回码 | 错误信息 | 说明 |
|---|---|---|---|
| 400 | 1000000000 | room not found | 房间不存在。 |
`;

  it('an Action parameter in the request URL names the Action, with an info finding', () => {
    const m = modelOf([page]);
    expect(api(m).action).toBe('CloseRoom');
    expect(m.diagnostics.find((d) => d.code === 'api-action-inferred')?.message).toContain('request URL');
    expect(codes(m)).not.toContain('api-action-missing');
  });

  it('the code column of an error table is the one its header names, the description the one that says what it means', () => {
    expect(api(modelOf([page])).errors.map((e) => [e.code, e.description.zh])).toEqual([['1000000000', '房间不存在。']]);
  });

  it('a header naming no code column keeps the code first, the message next', () => {
    const other = page.replace('| HttpCode | 返回码 | 错误信息 | 说明 |', '| 值 | 提示 | 其他 | 更多 |');
    expect(api(modelOf([other])).errors.map((e) => [e.code, e.description.zh])).toEqual([['400', '1000000000']]);
  });

  const im = `## 功能说明

发送群消息。

### 请求 URL 示例

\`\`\`
https://xxxxxx/v4/group_svc/send_group_msg?sdkappid=88888888&identifier=admin
\`\`\`

### 请求包示例

\`\`\`
{ "GroupId": "g1" }
\`\`\`

### 请求包字段说明

| 字段 | 类型 | 属性 | 说明 |
|---|---|---|---|
| GroupId | String | 必填 | 群组 ID |

### 应答包体示例

\`\`\`
{ "ActionStatus": "OK", "ErrorCode": 0 }
\`\`\`

### 应答包字段说明

| 字段 | 类型 | 说明 |
|---|---|---|
| ActionStatus | String | 结果 |
| ErrorCode | Integer | 错误码 |

## 错误码说明

| 错误码 | 描述 |
|---|---|
| 10002 | 服务器内部错误 |
`;

  it('a server API page of request and reply packets: fields, examples both ways, errors, named by the URL path', () => {
    const m = modelOf([im]);
    const a = api(m);
    expect(a.action).toBe('/v4/group_svc/send_group_msg');
    expect(a.input.map((f) => `${f.name}${f.required ? '' : '?'}`)).toEqual(['GroupId']);
    expect(a.output.map((f) => f.name)).toEqual(['ActionStatus', 'ErrorCode']);
    expect(a.examples.map((e) => [e.kind, e.value])).toEqual([
      ['request', { GroupId: 'g1' }],
      ['response', { ActionStatus: 'OK', ErrorCode: 0 }],
    ]);
    expect(a.errors.map((e) => e.code)).toEqual(['10002']);
    expect(codes(m)).not.toContain('example-unattached');
  });
});

describe('indexed rows without their array row', () => {
  const page = `# DescribeThings

## 请求参数

|名称|类型|是否必选|示例值|描述|
|--|--|----|---|--|
|Action|String|是|DescribeThings|取值：DescribeThings。|
|Tag.N.Key|String|否|env|标签键。|
|Tag.N.Value|String|否|prod|标签值。|
|Filter.1.Name|String|是|zone|过滤名。|

## 返回数据

|名称|类型|示例值|描述|
|--|--|---|--|
|RequestId|String|r1|请求ID。|
`;

  it('`Tag.N.Key` rows alone make Tag an array of objects, optional unless a row of its items is required', () => {
    const a = api(modelOf([page]));
    const tag = a.input.find((f) => f.name === 'Tag');
    expect(tag?.type.kind === 'array' && tag.type.items.kind === 'object' ? tag.type.items.fields.map((f) => f.name) : tag?.type).toEqual(['Key', 'Value']);
    expect(tag?.required).toBe(false);
    const filter = a.input.find((f) => f.name === 'Filter');
    expect(filter?.type.kind).toBe('array');
    expect(filter?.required).toBe(true);
  });
});

describe('what the API does', () => {
  const page = (intro: string) => `# ShowThing

${intro}

## 请求参数

| 参数 | 是否必选 | 参数类型 | 描述 |
| --- | --- | --- | --- |
| thing_id | 是 | String | ID。 |

## 响应参数

| 参数 | 参数类型 | 描述 |
| --- | --- | --- |
| name | String | 名称。 |
`;

  it('the first sentence under the title, or under a description heading, is the summary', () => {
    expect(api(modelOf([page('查询单个物品的详细信息。')])).summary).toEqual({ zh: '查询单个物品的详细信息。' });
    expect(api(modelOf([page('## 功能介绍\n\n查询单个物品的详细信息。')])).summary).toEqual({ zh: '查询单个物品的详细信息。' });
  });

  it('a stated fact, a URL or a lead-in is no summary', () => {
    expect(api(modelOf([page('## 接口描述\n\n接口请求域名： things.example.com。\n\n默认接口请求频率限制：20次/秒。')])).summary).toEqual({});
    expect(api(modelOf([page('https://things.example.com/v1/things')])).summary).toEqual({});
    expect(api(modelOf([page('Domain name for API request: things.example.com.')])).summary).toEqual({});
  });
});
