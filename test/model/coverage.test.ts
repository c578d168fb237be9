import { describe, expect, it } from 'vitest';
import type { BlockUse, Model } from '../../generator/model/types.js';
import { modelOf, parseSnippet } from '../helpers/snippet.js';

// Every table, list and code block of a page is accounted for: a role, or a reason. Each reader's pages in a few lines.

const row = (b: BlockUse): string => `${b.line} ${b.kind} ${b.role ? `${b.role} [${b.claimedBy}]` : `- ${b.reason}`}`;
const rows = (m: Model): string[] => m.coverage[0].blocks.map(row);

describe('coverage of a Markdown page', () => {
  const page = `## Recording finished

**EventType**
\`RecordDone\`

- fired once per task
- after the upload

| Parameter | Type | Description |
| --- | --- | --- |
| TaskId | String | The task |

\`\`\`json
{ "EventType": "RecordDone", "EventData": { "TaskId": "t" } }
\`\`\`

## Notes

| Value | Meaning |
| --- | --- |
| 7 | lucky |

| Region | Endpoint |
| --- | --- |
| eu | e.example |

\`\`\`
curl https://e.example/cb
\`\`\`

\`\`\`json
{ "Orphan": true }
\`\`\`

- [Overview](https://example.com/overview)
`;

  it('gives each block its role or the reason it was left alone', () => {
    const m = modelOf([page, { lang: 'en' }]);
    expect(rows(m)).toEqual([
      '6 list - a prose list: read as text only',
      '9 table payload of RecordDone [named-section]',
      '14 code example of RecordDone [named-section]',
      '19 table - a value table no field links to or is named after',
      '23 table - its columns are not those of a parameter, value, code or index table',
      '28 code - not JSON (no language): not an example',
      '32 code - a JSON block outside every event, API and reply section',
      '35 list - a list of links: read as text only',
    ]);
  });

  it('says what finds the block on the page and what kind of table or code it is', () => {
    const blocks = modelOf([page, { lang: 'en' }]).coverage[0].blocks;
    expect(blocks.map((b) => [b.excerpt, b.tableKind ?? b.json ?? null])).toEqual([
      ['fired once per task', null],
      ['Parameter | Type | Description', 'params'],
      ['json: { "EventType": "RecordDone", "EventData": { "TaskId":…', true],
      ['Value | Meaning', 'values'],
      ['Region | Endpoint', 'other'],
      ['curl https://e.example/cb', false],
      ['json: { "Orphan": true }', true],
      ['[Overview](https://example.com/overview)', null],
    ]);
  });

  it('accounts for every table, list and code block the reader found, once each', () => {
    const parsed = parseSnippet(page, { lang: 'en' });
    const countable = parsed.blocks.filter((b) => b.kind === 'table' || b.kind === 'code' || (b.kind === 'paragraph' && b.list));
    expect(modelOf([page, { lang: 'en' }]).coverage[0].blocks.map((b) => b.line)).toEqual(countable.map((b) => b.line));
  });

  it('gives parameter tables outside every event section to the data-structures shape', () => {
    const m = modelOf(['## Song\n\n被如下接口引用：ListSongs\n\n| 名称 | 类型 | 描述 |\n| --- | --- | --- |\n| Title | String | 标题 |\n']);
    expect(m.coverage[0].shapes).toEqual(['data-structures']);
    expect(rows(m)).toEqual(['5 table struct Song [data-structures]']);
  });

  it('says why an example in a shared section is not attached: it names an event no section documents', () => {
    const shared = `### 事件类型

| 事件类型 | 字段取值说明 |
| --- | --- |
| 推流 | kind = 1 |

### 回调消息参数

| 字段名称 | 类型 | 说明 |
| :--- | :--- | :--- |
| appid | int | 应用 |

\`\`\`json
{ "appid": 1, "kind": 9 }
\`\`\`
`;
    expect(rows(modelOf([shared]))[2]).toBe('14 code - a JSON block in the section of kind 1 whose kind names an event no section documents');
  });
});

describe('coverage of a scraped text page', () => {
  const named = ['Parameter Name | Type | Description |', 'TaskId | String | Task ID |', '{"EventData": {"TaskId": "t"},"EventType": "RecordDone"}'];
  const unnamed = ['Parameter Name | Type | Description |', 'RoomId | Integer | Room |', '{"RoomId": 1}'];

  it('gives the table and its example to the event the example names', () => {
    const m = modelOf([named.join('\n'), { format: 'scraped-text', lang: 'en', file: 'docs-src/p/en/cb.txt' }]);
    expect(m.coverage[0].shapes).toEqual(['scraped-text']);
    expect(rows(m)).toEqual(['1 table payload of RecordDone [scraped-text]', '3 code example of RecordDone [scraped-text]']);
  });

  it('says why a table whose example names no event was skipped', () => {
    const m = modelOf([[...named, ...unnamed].join('\n'), { format: 'scraped-text', lang: 'en', file: 'docs-src/p/en/cb.txt' }]);
    expect(rows(m).slice(2)).toEqual([
      '4 table - a parameter table with no example whose body names its event (event-name-missing)',
      '6 code - an example after a parameter table whose event has no name',
    ]);
  });
});

describe('coverage of an API page', () => {
  const page = ['1. API Description', 'This API is used to query.', '2. Input Parameters', 'Parameter Name Required Type Description', 'Action Yes String Common Params. The value used for this API: DescribeX.', 'TaskId No String Task.', '', '3. Output Parameters', 'Parameter Name Type Description', 'RequestId String Request id.', '', '4. Example', 'Output Example', '{"Response": {"RequestId": "r"}}', '', '6. Error Code', 'Error Code Description', 'AuthFailure Denied.'];
  const options = { format: 'api-page', lang: 'en', file: 'docs-src/p/en/api.txt' } as const;

  it('gives request, response and error tables and the example to the action', () => {
    const m = modelOf([page.join('\n'), options]);
    expect(m.coverage[0].shapes).toEqual(['api-reference']);
    expect(m.coverage[0].blocks.map((b) => b.role)).toEqual(['request parameters of DescribeX', 'response parameters of DescribeX', 'response example of DescribeX', 'error codes of DescribeX']);
  });

  it('says why every block of a page without an Action was skipped', () => {
    const m = modelOf([page.join('\n').replace('The value used for this API: DescribeX.', ''), options]);
    expect(m.coverage[0].shapes).toEqual([]);
    expect(new Set(m.coverage[0].blocks.map((b) => b.reason))).toEqual(new Set(['the API page states no Action name, so the page was skipped (api-action-missing)']));
    expect(m.coverage[0].blocks).toHaveLength(4);
  });
});
