import { describe, expect, it } from 'vitest';
import { fieldSummary, modelOf } from '../helpers/snippet.js';

// A one-callback page whose event row says "值为 1，表示…" (the value is 1, meaning …): the
// command of the page when it is said of a row naming the event's type, in the request body, and
// carried by the request example. A reply row says the same words of its code ("值为 200，表示成功").
const page = `# 消息抄送

## 请求体参数

| 参数 | 类型 | 是否必须 | 说明 |
| --- | --- | --- | --- |
| eventType | String | 是 | 值为 1，表示是会话类型的消息 |
| fromAccount | String | 是 | 消息发送者的账号 |
| body | String | 否 | 消息内容 |

## 请求示例

\`\`\`json
{ "eventType": "1", "fromAccount": "user1", "body": "hello" }
\`\`\`

## 响应

| 参数 | 类型 | 说明 |
| --- | --- | --- |
| code | Integer | 值为 200，表示成功 |

\`\`\`json
{ "code": 200 }
\`\`\`
`;

describe('command-callback: "值为 X，表示…" in the row naming the event type', () => {
  it('names the page\'s one callback, the reply table and example its reply', () => {
    const m = modelOf([page]);
    expect(m.events.map((e) => [e.eventType, e.discriminator?.key, e.discriminator?.value])).toEqual([['1', 'eventType', '1']]);
    expect(fieldSummary(m, '1')).toEqual(['eventType: string enum "1"', 'fromAccount: string', 'body?: string']);
    expect(m.events[0].examples).toHaveLength(1);
    expect(m.events[0].reply?.fields.map((f) => f.name)).toEqual(['code']);
  });

  it('reads the English wording too ("The value is 1, indicating …")', () => {
    const en = page.replace('值为 1，表示是会话类型的消息', 'The value is `1`, indicating a conversation message.');
    expect(modelOf([en, { lang: 'en' }]).events.map((e) => e.eventType)).toEqual(['1']);
  });

  it('never takes a reply row, nor a row that does not name the event type', () => {
    // only the reply says it: its code is no command, even when a body example carries it
    const replyOnly = page.replace('值为 1，表示是会话类型的消息', '会话类型').replace('{ "code": 200 }', '{ "code": 200, "eventType": "1" }').replace('| code | Integer | 值为 200，表示成功 |', '| code | Integer | 值为 200，表示成功 |\n| eventType | String | 值为 1，表示会话 |');
    expect(modelOf([replyOnly]).events).toEqual([]);
    // a status row of the body: "值为 1，表示成功" says what one value means, not which callback this is
    const status = page.replace('| eventType | String | 是 | 值为 1，表示是会话类型的消息 |', '| eventType | String | 是 | 会话类型 |\n| status | String | 是 | 值为 1，表示成功 |').replace('"eventType": "1"', '"eventType": "1", "status": "1"');
    expect(modelOf([status]).events).toEqual([]);
  });
});
