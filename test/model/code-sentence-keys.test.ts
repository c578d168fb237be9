import { describe, expect, it } from 'vitest';
import { runChecks } from '../../generator/check/index.js';
import { fieldSummary, modelOf } from '../helpers/snippet.js';

// "EventType 为 `101`" without the key in code: the key is a field of the page's common table whose
// row names the event, so the sentence names the section's code (and a dated heading its version).
const page = `# 录制回调

### 公共参数

| 参数名称 | 类型 | 必选 | 描述 |
|---|---|---|---|
| EventType | Integer | 是 | 事件类型，取值见下文 |
| Status | Integer | 是 | 状态 |

## 录制开始（2021-03-01）

EventType 为 \`101\`。

| 参数名称 | 类型 | 必选 | 描述 |
|---|---|---|---|
| RoomId | String | 是 | 房间号 |

## 录制开始（2022-06-01）

EventType 为 101。

| 参数名称 | 类型 | 必选 | 描述 |
|---|---|---|---|
| RoomId | String | 否 | 房间号 |
| UserCount | Integer | 否 | 人数 |

## 录制结束

When EventType is 102, the body carries:

| 参数名称 | 类型 | 必选 | 描述 |
|---|---|---|---|
| Reason | Integer | 是 | 原因 |
`;

describe('numeric-codes: a sentence whose key is written bare', () => {
  it('reads the key when a parameter row of the page names the event', () => {
    const m = modelOf([page]);
    expect(m.events.map((e) => [e.eventType, e.version, e.discriminator?.key])).toEqual([
      ['101', '2021-03-01', 'EventType'],
      ['101', '2022-06-01', 'EventType'],
      ['102', null, 'EventType'],
    ]);
    expect(fieldSummary(m, '102')).toContain('Reason: integer');
  });

  it('reads no bare key whose row does not name an event (a status sentence is no event code)', () => {
    const m = modelOf([page.replace(/EventType 为 `101`。/, 'Status 为 `0` 时表示成功。').replace('EventType 为 101。', 'Status 为 1 时表示失败。').replace('When EventType is 102, the body carries:', 'Status 为 2。')]);
    expect(m.events.filter((e) => e.discriminator?.key === 'Status')).toEqual([]);
  });

  it('takes the payload member from the examples when the sentence names none', () => {
    const withExamples = page
      .replace('| Status | Integer | 是 | 状态 |', '| Payload | Object | 是 | 事件详情 |')
      .replace('| UserCount | Integer | 否 | 人数 |\n', '| UserCount | Integer | 否 | 人数 |\n\n```json\n{ "EventType": 101, "Payload": { "RoomId": "r", "UserCount": 2 } }\n```\n')
      .replace('| Reason | Integer | 是 | 原因 |\n', '| Reason | Integer | 是 | 原因 |\n\n```json\n{ "EventType": 102, "Payload": { "Reason": 1 } }\n```\n');
    const m = modelOf([withExamples]);
    expect(m.events.map((e) => [e.eventType, e.discriminator?.payloadPath])).toEqual([
      ['101', []],
      ['101', ['Payload']],
      ['102', ['Payload']],
    ]);
    // the key is the envelope's, not a field of the payload the examples would lack
    expect(fieldSummary(m, '102')).toEqual(['Reason: integer']);
    expect(runChecks(m).filter((d) => d.code === 'example-missing-required-field')).toEqual([]);
  });
});
