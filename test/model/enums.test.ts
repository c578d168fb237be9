import { describe, expect, it } from 'vitest';
import { enumFromDescription } from '../../generator/model/enum-extract.js';
import type { TypeRef } from '../../generator/model/types.js';

const int: TypeRef = { kind: 'integer' };
const str: TypeRef = { kind: 'string' };

// [name, text (as the reader gives it), raw cell, type, expected values or undefined, closed]
const cases: Array<[string, string, string, TypeRef, Array<string | number> | undefined, boolean?]> = [
  ['list items', '音频流类型。\n0：麦克风采集流\n1：屏幕流', '音频流类型。<ul><li>`0`：麦克风采集流</li><li>`1`：屏幕流</li></ul>', int, [0, 1], true],
  ['a set of values', '任务状态，值的集合为{0，1}。其中，0 表示成功', '任务状态，值的集合为{`0`，`1`}。其中，`0` 表示成功', int, [0, 1], true],
  ['枚举值为 in backticks', '错误码。枚举值为 {1，2，3}。', '错误码。枚举值为 `{1，2，3}`。', int, [1, 2, 3], true],
  ['string set with a stray colon', '枚举值为 {：AudioCaptureModuleError、 WebRenderModuleError、PageBlank} 。', '', str, ['AudioCaptureModuleError', 'WebRenderModuleError', 'PageBlank'], true],
  ['<br>-separated', '任务状态：\n1：待机中\n2：连接中\n3：运行中', '任务状态：<br> `1`：待机中<br>`2`：连接中<br>`3`：运行中', int, [1, 2, 3], true],
  ['dash list', '推流结束原因\n- AUTO：自动停止\n- USER_CALL：主动调用\n- EXCEPTION：异常', '', str, ['AUTO', 'USER_CALL', 'EXCEPTION'], true],
  ['scraped English run together', 'Reasons AUTO: stopped by itself USER_CALL: stopped by a call EXCEPTION: an anomaly', '', str, ['AUTO', 'USER_CALL', 'EXCEPTION'], true],
  ['alternatives', '流的类型，值可以取0或1，默认值为0。', '流的类型，值可以取`0`或`1`，默认值为`0`。', int, [0, 1], true],
  ['values under a condition are no enum', '进度。对于动态转码任务，取值为 0 或 100。', '进度。对于动态转码任务，取值为 `0` 或 `100`。', int, undefined],
  ['numeric values on a String field are kept but not enforced', '编码协议。可以取 0 或 1。', '编码协议。可以取 `0` 或 `1`。', str, [0, 1], false],
  ['a note is not a value', 'Result.\nNote: This parameter may return null.', '', str, undefined],
  ['one value is not an enum', '0：成功', '`0`：成功', int, undefined],
];

describe('enums written in descriptions', () => {
  it.each(cases)('%s', (_name, text, raw, type, values, closed) => {
    const spec = enumFromDescription(text, raw, type, 'zh', 7);
    if (values === undefined) return expect(spec).toBeUndefined();
    expect(spec?.values.map((v) => v.value)).toEqual(values);
    expect(spec?.closed).toBe(closed);
    expect(spec?.line).toBe(7);
  });

  it('keeps the description of each value', () => {
    const spec = enumFromDescription('状态\n0：停止\n1：发布', '', int, 'zh', 1);
    expect(spec?.values).toEqual([{ value: 0, description: { zh: '停止' } }, { value: 1, description: { zh: '发布' } }]);
  });
});
