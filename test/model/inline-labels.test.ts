import { describe, expect, it } from 'vitest';
import { modelOf } from '../helpers/snippet.js';

// A callback section whose event name is written on the label's own line (`事件名称：UserLogin`),
// and type cells that go on with the description when the description cell is empty.
const page = (nameLine: string, rows: string) => `## 用户登录回调

${nameLine}

| 参数 | 类型 | 说明 |
| --- | --- | --- |
${rows}
`;
const fields = (text: string) => {
  const m = modelOf([text]);
  return { events: m.events.map((e) => e.eventType), fields: m.events[0]?.fields.map((f) => [f.name, f.type.kind, f.description.zh ?? '']) };
};

describe('an event name on the label\'s own line', () => {
  it.each(['事件名称：UserLogin', '**事件名称**：UserLogin', 'Event name: `UserLogin`', 'EventType: UserLogin'])('%s names the section\'s event', (line) => {
    expect(fields(page(line, '| uid | Number | 用户 ID |')).events).toEqual(['UserLogin']);
  });

  it('a value that is no name, or another label, names nothing', () => {
    expect(fields(page('事件名称：用户登录', '| uid | Number | 用户 ID |')).events).toEqual([]);
    expect(fields(page('事件说明：UserLogin', '| uid | Number | 用户 ID |')).events).toEqual([]);
  });
});

describe('a type cell that goes on with the description', () => {
  it('`Number，用户 ID` with the description cell empty gives both', () => {
    expect(fields(page('事件名称：UserLogin', '| uid | Number，用户 ID | |')).fields).toEqual([['uid', 'number', '用户 ID']]);
  });

  it('a description cell of its own wins, and `String, optional` is no description', () => {
    expect(fields(page('事件名称：UserLogin', '| uid | Number，用户 ID | 编号 |')).fields).toEqual([['uid', 'number', '编号']]);
    expect(fields(page('事件名称：UserLogin', '| uid | String, optional | |')).fields?.[0]?.[2]).toBe('');
  });
});
