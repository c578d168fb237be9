import { describe, expect, it } from 'vitest';
import type { Field, Model } from '../../generator/model/types.js';
import { labelText } from '../../generator/model/labels.js';
import { apiBaseName } from '../../generator/model/passes/names.js';
import { modelOf } from '../helpers/snippet.js';

// API reference pages laid out otherwise than Tencent Cloud API 3.0: a response section called
// 返回数据, the Action stated as 取值：X, or not at all (a title, a REST request line), array
// items documented as `Tag.N.Key`, and struct tables inside the response section.

const summary = (fields: Field[], prefix = ''): string[] =>
  fields.flatMap((f) => {
    const t = f.type;
    const items = t.kind === 'array' ? t.items : undefined;
    const kind = items ? `${items.kind === 'ref' ? `ref ${items.struct}` : items.kind}[]` : t.kind === 'ref' ? `ref ${t.struct}` : t.kind;
    const inner = t.kind === 'object' ? t.fields : items?.kind === 'object' ? items.fields : [];
    return [`${prefix}${f.name}${f.required ? '' : '?'}: ${kind}`, ...summary(inner, `${prefix}${f.name}${items ? '[]' : ''}.`)];
  });
const api = (m: Model) => {
  expect(m.apis.map((a) => a.action)).toHaveLength(1);
  return m.apis[0];
};
const codes = (m: Model) => m.diagnostics.map((d) => d.code);

const aliyunStyle = `# DescribeThings - 查询列表

## 请求参数

|名称|类型|是否必选|示例值|描述|
|---|---|---|---|---|
|Action|String|是|DescribeThings|系统规定参数。取值：DescribeThings。|
|RegionId|String|是|cn-hangzhou|地域ID。|
|ThingIds.N|String|否|t-1|编号列表。|
|Tag|Array of Tag|否||标签列表。|
|Tag.N.Key|String|否|env|标签键。|
|Tag.N.Value|String|否|prod|标签值。|

## 返回数据

|名称|类型|示例值|描述|
|---|---|---|---|
|RequestId|String|473469C7|请求ID。|
|TotalCount|Integer|1|总数。|

## 示例

请求示例

\`\`\`
http(s)://ecs.example.com/?Action=DescribeThings
&RegionId=cn-hangzhou
\`\`\`

正常返回示例

\`\`\`json
{ "RequestId": "473469C7", "TotalCount": 1 }
\`\`\`
`;

describe('API pages of other layouts', () => {
  it('返回数据 is the response section, and 取值：X in the Action row states the Action', () => {
    const m = modelOf([aliyunStyle]);
    const a = api(m);
    expect(a.action).toBe('DescribeThings');
    expect(summary(a.output)).toEqual(['RequestId: string', 'TotalCount: integer']);
    expect(codes(m)).not.toContain('api-action-inferred');
  });

  it('a label line (请求示例) over a code block names it as a heading would: the request, then the response', () => {
    const a = api(modelOf([aliyunStyle]));
    expect(a.examples.map((e) => [e.kind, e.value])).toEqual([
      ['request', { Action: 'DescribeThings', RegionId: 'cn-hangzhou' }],
      ['response', { RequestId: '473469C7', TotalCount: 1 }],
    ]);
  });

  it('`Tag.N.Key` rows under an array row type its items; `Ids.N` alone is an array of its type', () => {
    const a = api(modelOf([aliyunStyle]));
    expect(summary(a.input)).toEqual(['Action: string', 'RegionId: string', 'ThingIds?: string[]', 'Tag?: object[]', 'Tag[].Key?: string', 'Tag[].Value?: string']);
  });

  it('`Filters.N | Array of Filter`: the row already types the array (API 3.0\'s index notation)', () => {
    const page = aliyunStyle.replace('|ThingIds.N|String|否|t-1|编号列表。|', '|Filters.N|Array of String|否||过滤条件。|');
    expect(summary(api(modelOf([page])).input)).toContain('Filters?: string[]');
  });

  it('`Tags | Array` then `Tags.N | String`: the second row types the items', () => {
    const page = aliyunStyle.replace('|ThingIds.N|String|否|t-1|编号列表。|', '|ThingIds|Array|否||编号列表。|\n|ThingIds.N|String|否|t-1|编号。|');
    expect(summary(api(modelOf([page])).input)).toContain('ThingIds?: string[]');
  });

  it('no Action row: the name the title opens with, with an info finding', () => {
    const m = modelOf([aliyunStyle.replace('|Action|String|是|DescribeThings|系统规定参数。取值：DescribeThings。|\n', '')]);
    expect(api(m).action).toBe('DescribeThings');
    expect(m.diagnostics.find((d) => d.code === 'api-action-inferred')?.message).toContain('from the page title');
  });

  const rest = `# Querying Disks

## URI

GET /v2/{project_id}/disks/detail

## Request Parameters

**Table 1** Query parameters

| Parameter | Mandatory | Type | Description |
| --- | --- | --- | --- |
| limit | No | Integer | The maximum number of results. |

## Response Parameters

**Table 2** Response body parameters

| Parameter | Type | Description |
| --- | --- | --- |
| count | Integer | The number of disks. |
| disks | Array of [DiskDetail](#DiskDetail) objects | The disks. |

<a name="DiskDetail"></a>

**Table 3** DiskDetail

| Parameter | Type | Description |
| --- | --- | --- |
| id | String | The disk ID. |
| size | Integer | The size in GB. |
`;

  it('a REST page is named by its request line, and a type name is made of its words', () => {
    const m = modelOf([rest, { lang: 'en' }]);
    expect(api(m).action).toBe('GET /v2/{project_id}/disks/detail');
    expect(api(m).typeName).toBe('GetV2ProjectIdDisksDetail');
    expect(m.diagnostics.find((d) => d.code === 'api-action-inferred')?.message).toContain('from the request line');
    expect(codes(m)).not.toContain('api-action-missing');
    expect(codes(m)).not.toContain('type-name-unsafe');
  });

  it('a table in the response section labelled with a type the page names is that struct, not more response fields', () => {
    const m = modelOf([rest, { lang: 'en' }]);
    expect(summary(api(m).output)).toEqual(['count: integer', 'disks: ref p/DiskDetail[]']);
    expect(Object.values(m.structs).map((s) => [s.name, s.fields.map((f) => f.name)])).toEqual([['DiskDetail', ['id', 'size']]]);
  });

  it('a labelled table no other table names stays a parameter table of its section', () => {
    const m = modelOf([rest.replace('Array of [DiskDetail](#DiskDetail) objects', 'Array of objects'), { lang: 'en' }]);
    expect(summary(api(m).output).map((f) => f.split(':')[0])).toEqual(['count', 'disks', 'id', 'size']);
    expect(m.structs).toEqual({});
  });

  it('with neither an Action row, a title name nor a request line, the page is still reported (api-action-missing)', () => {
    const m = modelOf([rest.replace('GET /v2/{project_id}/disks/detail', 'See the endpoint list.'), { lang: 'en' }]);
    expect(m.apis).toEqual([]);
    expect(codes(m)).toContain('api-action-missing');
  });
});

describe('a response wrapped beside metadata', () => {
  const page = `# ListUsers

## 请求参数

| 参数 | 类型 | 是否必选 | 示例值 | 描述 |
| --- | --- | --- | --- | --- |
| Action | String | 是 | ListUsers | 要执行的操作，取值：ListUsers。 |
| Version | String | 是 | 2018-01-01 | API的版本，取值：2018-01-01。 |

## 返回参数

| 参数 | 类型 | 示例值 | 描述 |
| --- | --- | --- | --- |
| Total | Integer | 1 | 总数。 |

## 请求示例

\`\`\`
GET https://iam.example.com/?Action=ListUsers&Version=2018-01-01
\`\`\`

## 返回示例

\`\`\`json
{ "ResponseMetadata": { "RequestId": "r1" }, "Result": { "Total": 1 } }
\`\`\`
`;

  it('取值：X in the Version row states the version; 请求示例 and 返回示例 are example sections', () => {
    const a = api(modelOf([page]));
    expect([a.action, a.apiVersion]).toEqual(['ListUsers', '2018-01-01']);
    expect(a.examples.map((e) => e.kind)).toEqual(['request', 'response']);
  });

  it('the member that holds the documented fields is the wrapper, its sibling metadata aside', () => {
    const m = modelOf([page]);
    expect(api(m).responseWrapper).toBe('Result');
  });

  it('no wrapper when the top level holds a documented field, or two members hold them', () => {
    expect(api(modelOf([page.replace('"Result": { "Total": 1 }', '"Result": { "Total": 1 }, "Total": 1')])).responseWrapper).toBeUndefined();
    expect(api(modelOf([page.replace('"ResponseMetadata": { "RequestId": "r1" }', '"Other": { "Total": 2 }')])).responseWrapper).toBeUndefined();
  });
});

describe('labels and names', () => {
  it('a numbered table caption labels the table by the name after it', () => {
    expect(labelText('Table 3 VolumeDetail')).toBe('VolumeDetail');
    expect(labelText('表3 Tag')).toBe('Tag');
    expect(labelText('Table 1 Query parameters')).toBeUndefined();
  });

  it('an API type name: the Action as stated, or the PascalCase of a request line', () => {
    expect(apiBaseName('DescribeThings')).toBe('DescribeThings');
    expect(apiBaseName('POST /v1/{project_id}/users')).toBe('PostV1ProjectIdUsers');
  });
});
