import { describe, expect, it } from 'vitest';
import { modelOf } from '../helpers/snippet.js';
import { EVENT_NAME_LABEL, IDENTIFIER, PAYLOAD_LABEL, SUMMARY_LABEL, isLabelBlock, labelText, splitDatedName } from '../../generator/model/labels.js';
import type { Block } from '../../generator/parse/types.js';

// The label vocabulary and the readers of names and label lines, on hand-written text.
describe('label vocabulary', () => {
  it.each(['EventType', 'Event Type', 'eventtype', 'Event  Name', 'EventName', '事件名称', '事件类型', '回调事件'])('%s names the event', (text) => {
    expect(EVENT_NAME_LABEL.test(text)).toBe(true);
  });
  it.each(['EventTypes', 'The EventType', '事件'])('%s does not', (text) => {
    expect(EVENT_NAME_LABEL.test(text)).toBe(false);
  });
  it.each(['事件详情', '事件说明', '事件描述', '说明', '描述', 'description', 'Event Description', 'Details'])('%s introduces the summary', (text) => {
    expect(SUMMARY_LABEL.test(text)).toBe(true);
  });
  it.each(['A description', 'Descriptions', '说明书'])('%s does not', (text) => {
    expect(SUMMARY_LABEL.test(text)).toBe(false);
  });
  it.each(['EventData', 'Event Data', 'eventdata', 'Data', '回调数据', '事件数据'])('%s labels the payload', (text) => {
    expect(PAYLOAD_LABEL.test(text)).toBe(true);
  });
  it.each(['MyData', 'Data table', '数据'])('%s does not', (text) => {
    expect(PAYLOAD_LABEL.test(text)).toBe(false);
  });
  it('an identifier is a letter or underscore then letters, digits, underscores', () => {
    expect(['_a1', 'A', 'room_id'].map((s) => IDENTIFIER.test(s))).toEqual([true, true, true]);
    expect(['1a', 'a-b', 'a b', ' a', 'a ', ''].map((s) => IDENTIFIER.test(s))).toEqual([false, false, false, false, false, false]);
  });
});

describe('splitDatedName', () => {
  it('reads a name with its date, in either kind of brackets, without markup', () => {
    expect(splitDatedName('RecordStopped(2020-12-01)')).toEqual({ name: 'RecordStopped', version: '2020-12-01' });
    expect(splitDatedName(' `Rec_1` （ 2021-01-31 ） ')).toEqual({ name: 'Rec_1', version: '2021-01-31' });
    expect(splitDatedName('**RoomCreate**')).toEqual({ name: 'RoomCreate', version: null });
  });
  it('anything else is no name', () => {
    for (const text of ['Room Create', 'Rec(2020-1-01)', 'Rec(20201-01-01)', 'Rec(2020-01-011)', 'Rec(2020-01-01) x', 'x Rec(2020-01-01)', '1Rec', 'Rec(2020-01-01']) {
      expect(splitDatedName(text)).toBeUndefined();
    }
  });
});

describe('labelText', () => {
  it.each([
    ['Reason', 'Reason'],
    ['`Reason`:', 'Reason'],
    ['**RecordFile**', 'RecordFile'],
    ['EventData 结构定义：', 'EventData'],
    ['User结构体', 'User'],
    ['User 结构', 'User'],
    ['User定义', 'User'],
    ['User 参数', 'User'],
    ['User说明', 'User'],
    ['User structure', 'User'],
    ['User Definition', 'User'],
    ['User fields', 'User'],
    ['User object', 'User'],
    ['Reason :  ', 'Reason'],
    ['Mode 取值', 'Mode'],
    ['Mode 取值说明', 'Mode'],
    ['Mode 枚举值', 'Mode'],
    ['Mode values', 'Mode'],
    ['Mode valid values', 'Mode'],
  ])('%s → %s', (text, label) => {
    expect(labelText(text)).toBe(label);
  });
  it.each(['The Reason', 'Reason codes', 'Reason: x', '1Reason', 'Reason:：', ''])('%j is no label', (text) => {
    expect(labelText(text)).toBeUndefined();
  });
});

describe('isLabelBlock', () => {
  const para = (text: string, strong = false): Block => ({ kind: 'paragraph', text, strong, code: [], links: [], line: 1 });
  it('a heading, a bold paragraph, or one short line', () => {
    expect(isLabelBlock({ kind: 'heading', depth: 3, text: 'x'.repeat(80), line: 1 })).toBe(true);
    expect(isLabelBlock(para('x'.repeat(80) + '\nmore', true))).toBe(true);
    expect(isLabelBlock(para('x'.repeat(40)))).toBe(true);
  });
  it('not a long line, two lines, or another block', () => {
    expect(isLabelBlock(para('x'.repeat(41)))).toBe(false);
    expect(isLabelBlock(para('a\nb'))).toBe(false);
    expect(isLabelBlock({ kind: 'code', lang: null, text: 'x', line: 1 })).toBe(false);
  });
});

describe('a value table labelled with a field name and a word for values', () => {
  it('gives that field its values', () => {
    const page = '# P\n\n**事件名称**\n\nStreamChanged\n\n| 参数 | 类型 | 说明 |\n| --- | --- | --- |\n| Mode | String | 模式，见下表 |\n\n**Mode 取值**\n\n| 取值 | 说明 |\n| --- | --- |\n| AUTO | 自动 |\n| MANUAL | 手动 |\n';
    const m = modelOf([page]);
    expect(m.events[0].fields[0].enum?.values.map((v) => v.value)).toEqual(['AUTO', 'MANUAL']);
  });
});

describe('labelBefore: the nearest heading decides', () => {
  it('takes no label from a heading above the one the table sits under', () => {
    const page = `# Callback\n\n## Function\n\nWhat it does.\n\n## Request Header\n\n| Parameter | Type | Description |\n| --- | --- | --- |\n| X-Sign | String | The signature. |\n`;
    const m = modelOf([page, { lang: 'en' }]);
    expect(Object.values(m.structs).map((s) => s.name)).not.toContain('Function');
    expect(m.diagnostics.map((d) => d.code)).toContain('struct-without-label');
    // a caption under that heading labels it, as before
    const labelled = page.replace('## Request Header\n', '## Request Header\n\n**Table 1** SignInfo\n');
    expect(Object.values(modelOf([labelled, { lang: 'en' }]).structs).map((s) => s.name)).toEqual(['SignInfo']);
  });
});
