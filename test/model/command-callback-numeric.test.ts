import { describe, expect, it } from 'vitest';
import { fieldSummary, modelOf } from '../helpers/snippet.js';

// A callback page whose body row says its key has a fixed NUMBER (`event_type` … `Fixed value: 200`),
// carried by the page's example: one event named by that number, in an HTML table or a pipe table.
const html = `## Snapshot Callback

<table>
<thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead>
<tbody>
<tr><td>event_type</td><td>int</td><td>Event type. Fixed value: 200</td></tr>
<tr><td>stream_id</td><td>string</td><td>Stream name</td></tr>
</tbody>
</table>

### Sample callback
\`\`\`json
{"event_type":200,"stream_id":"123"}
\`\`\`
`;

describe('command-callback: a fixed numeric value names the callback', () => {
  it('gives one event named by the number, the key typed by its table with the one value', () => {
    const m = modelOf([html, { lang: 'en', file: 'docs-src/p/en/page.md' }]);
    expect(m.events.map((e) => [e.eventType, e.discriminator?.key])).toEqual([['200', 'event_type']]);
    expect(fieldSummary(m, '200')).toEqual(['event_type: integer enum 200', 'stream_id: string']);
    expect(m.events[0].examples).toHaveLength(1);
  });

  it('takes the number only when the example carries it as that number', () => {
    expect(modelOf([html.replace('"event_type":200', '"event_type":201'), { lang: 'en' }]).events).toEqual([]);
    // a decimal or a version-like value is not a command
    expect(modelOf([html.replace('Fixed value: 200', 'Fixed value: 2.0').replace('"event_type":200', '"event_type":2.0'), { lang: 'en' }]).events).toEqual([]);
  });

  it('reads 固定为 N in a pipe table the same way', () => {
    const page = `## 截图回调\n\n| 字段名称 | 类型 | 说明 |\n| --- | --- | --- |\n| event_type | int | 事件类型，固定为 200 |\n| pic_url | string | 截图地址 |\n\n\`\`\`json\n{"event_type": 200, "pic_url": "/a.jpg"}\n\`\`\`\n`;
    expect(modelOf([page]).events.map((e) => e.eventType)).toEqual(['200']);
  });

  it('reads "The value is <code>100</code> for … callbacks" in an HTML cell as in backticks', () => {
    const code = html.replace('Event type. Fixed value: 200', 'The value is <code>200</code> for screencapture callbacks.');
    expect(modelOf([code, { lang: 'en' }]).events.map((e) => e.eventType)).toEqual(['200']);
    // said of one case, not of the callback: no command
    const when = html.replace('Event type. Fixed value: 200', 'The value is <code>200</code> when it succeeds.');
    expect(modelOf([when, { lang: 'en' }]).events).toEqual([]);
  });

  it('reads "The return value of this callback is `x`" (the English of 此回调返回值为)', () => {
    const page = `# Room created\n\n| Parameter | Type | Description |\n| --- | --- | --- |\n| event | String | Callback event. The return value of this callback is \`room_create\`. |\n| room_id | String | Room ID. |\n\n\`\`\`json\n{"event": "room_create", "room_id": "r1"}\n\`\`\`\n`;
    expect(modelOf([page, { lang: 'en' }]).events.map((e) => [e.eventType, e.discriminator?.key])).toEqual([['room_create', 'event']]);
  });
});
