import { describe, expect, it } from 'vitest';
import { enumFromDescription, enumFromValueTable } from '../../generator/model/enum-extract.js';
import type { TypeRef } from '../../generator/model/types.js';

// Each enum reading rule on a small hand-written cell: which shapes give values, which do not,
// and the closed/open decision from the documented type.
const int: TypeRef = { kind: 'integer' };
const num: TypeRef = { kind: 'number' };
const str: TypeRef = { kind: 'string' };
const bool: TypeRef = { kind: 'boolean' };
const values = (text: string, raw = '', type: TypeRef = str) => enumFromDescription(text, raw, type, 'zh', 3)?.values.map((v) => v.value);

describe('values table', () => {
  it('reads each row, without emphasis, skipping empty values, descriptions in the page language', () => {
    expect(enumFromValueTable([{ value: '`1`', meaning: '一' }, { value: ' **2** ', meaning: '二' }, { value: '``', meaning: 'x' }, { value: '3', meaning: '' }], int, 'en', 9)).toEqual({
      values: [{ value: 1, description: { en: '一' } }, { value: 2, description: { en: '二' } }, { value: 3 }],
      closed: true,
      source: 'value-table',
      line: 9,
    });
  });

  it('one row is already an enum; no row is none', () => {
    expect(enumFromValueTable([{ value: 'A', meaning: 'a' }], str, 'zh', 1)?.values).toEqual([{ value: 'A', description: { zh: 'a' } }]);
    expect(enumFromValueTable([{ value: ' ', meaning: 'a' }], str, 'zh', 1)).toBeUndefined();
    expect(enumFromValueTable([], str, 'zh', 1)).toBeUndefined();
  });
});

describe('closed or open, numbers or strings', () => {
  const spec = (tokens: string[], type: TypeRef) => enumFromValueTable(tokens.map((value) => ({ value, meaning: '' })), type, 'zh', 1);
  it.each([
    [['1', '2'], int, [1, 2], true],
    [['1.5', '-2'], num, [1.5, -2], true],
    [['-1', '0'], int, [-1, 0], true],
    [['A', 'B'], str, ['A', 'B'], true],
    // the values contradict the documented type: kept, not enforced
    [['1', '2'], str, [1, 2], false],
    [['A', '1'], int, ['A', '1'], false],
    [['1.', '2'], int, ['1.', '2'], false],
    [['1.5.1', '2'], num, ['1.5.1', '2'], false],
    [['a1', '2'], int, ['a1', '2'], false],
    [['1a', '2'], int, ['1a', '2'], false],
    [['--1', '2'], int, ['--1', '2'], false],
    [['true', 'false'], bool, ['true', 'false'], false],
    [['1', '2'], bool, [1, 2], false],
  ] as Array<[string[], TypeRef, Array<string | number>, boolean]>)('%j as %j', (tokens, type, out, closed) => {
    expect(spec(tokens, type)).toMatchObject({ values: out.map((value) => ({ value })), closed });
  });

  it('a value written twice is one value, with its first description', () => {
    expect(enumFromDescription('0：成功\n0：又是\n1：失败', '', int, 'zh', 1)?.values).toEqual([{ value: 0, description: { zh: '成功' } }, { value: 1, description: { zh: '失败' } }]);
  });
});

describe('one value per line', () => {
  it('reads list bullets, both colons and spaces around them; the line a description starts with is no value', () => {
    expect(enumFromDescription('状态：\n- 0：停止\n* 1 : 运行\n• 2:暂停\n> 3： 结束\n- - 4：删除', '', int, 'en', 5)).toEqual({
      values: [
        { value: 0, description: { en: '停止' } },
        { value: 1, description: { en: '运行' } },
        { value: 2, description: { en: '暂停' } },
        { value: 3, description: { en: '结束' } },
        { value: 4, description: { en: '删除' } },
      ],
      closed: true,
      source: 'description',
      line: 5,
    });
  });

  it('a value with no description is kept with none', () => {
    expect(enumFromDescription('0：\n1：运行', '', int, 'zh', 1)?.values).toEqual([{ value: 0 }, { value: 1, description: { zh: '运行' } }]);
  });

  it('capitals and numbers are values as they are; other words only when the page marks them as code (unmarked: known values, not enforced)', () => {
    const closed = (text: string, raw = '') => enumFromDescription(text, raw, str, 'zh', 3)?.closed;
    expect(values('AUTO：自动\nUSER_CALL2：手动')).toEqual(['AUTO', 'USER_CALL2']);
    expect(closed('AUTO：自动\nUSER_CALL2：手动')).toBe(true);
    expect(values('auto：自动\nmanual：手动')).toEqual(['auto', 'manual']);
    expect(closed('auto：自动\nmanual：手动')).toBe(false);
    expect(values('auto：自动\nmanual：手动', '`auto`：自动<br>`manual`：手动')).toEqual(['auto', 'manual']);
    expect(closed('auto：自动\nmanual：手动', '`auto`：自动<br>`manual`：手动')).toBe(true);
    expect(closed('auto：自动\nmanual：手动', '`auto`：自动<br>manual：手动')).toBe(false);
    // one capital letter is a word, not a value, unless marked
    expect(values('A：一\nB：二')).toBeUndefined();
    expect(values('A：一\nB：二', '`A` `B`')).toEqual(['A', 'B']);
    expect(values('Ab：一\nCD：二')).toBeUndefined();
    // a minus before a digit is the value's sign, not a list bullet
    expect(values('-1：失败\n0：成功', '', int)).toEqual([-1, 0]);
    expect(values('- -1：失败\n- 0：成功', '', int)).toEqual([-1, 0]);
    expect(values('1a：一\n2：二', '', int)).toBeUndefined();
  });

  it('a token with spaces, other characters or over 48 characters is no value', () => {
    expect(values('a b：一\nc d：二', '`a b` `c d`')).toBeUndefined();
    expect(values('值：一\n键：二')).toBeUndefined();
    expect(values('a/b：一\nc/d：二', '`a/b` `c/d`')).toBeUndefined();
    const long = 'A'.repeat(49);
    expect(values(`${long}：一\n${long.replace(/A$/, 'B')}：二`)).toBeUndefined();
    const fits = 'A'.repeat(48);
    expect(values(`${fits}：一\n${fits.replace(/A$/, 'B')}：二`)).toEqual([fits, fits.replace(/A$/, 'B')]);
    expect(values('a.b-1_c+2：一\nd：二', '`a.b-1_c+2` `d`')).toEqual(['a.b-1_c+2', 'd']);
  });
});

describe('a set of values', () => {
  it.each(['值的集合为', '枚举值为', '取值范围为', '取值集合为', '可选值为', 'valid values are', 'Possible values are', 'values are', '枚举值为：', 'Values are:'])('%s {…}', (lead) => {
    expect(values(`状态，${lead} {0，1、2,3 4}。`, '', int)).toEqual([0, 1, 2, 3, 4]);
  });

  it('allows spaces before the colon after the lead', () => {
    expect(values('Valid values are : {A, B}')).toEqual(['A', 'B']);
    expect(values('枚举值为 ： {0，1}', '', int)).toEqual([0, 1]);
  });

  it('strips stray colons and skips what is no value token', () => {
    expect(values('枚举值为 {：A、B：, 中文, a b, c/d}')).toEqual(['A', 'B', 'a', 'b']);
  });

  it('keeps the descriptions listed next to the set, and a listed value missing from the set', () => {
    expect(enumFromDescription('值的集合为{0，1}\n0：成功\n2：未知', '', int, 'zh', 1)?.values).toEqual([{ value: 0, description: { zh: '成功' } }, { value: 1 }, { value: 2, description: { zh: '未知' } }]);
  });

  it('a set of one value gives way to a list', () => {
    expect(values('值的集合为{0}\n1：一\n2：二', '', int)).toEqual([1, 2]);
    expect(values('值的集合为{0}', '', int)).toBeUndefined();
    expect(values('值的集合为 0，1', '', int)).toBeUndefined();
  });
});

describe('alternatives', () => {
  it.each([
    ['可取`a`或`b`', ['a', 'b']],
    ['可以取`a`、`b`', ['a', 'b']],
    ['可以取值为`1`,`2`', [1, 2]],
    ['取值为 `x` or `y`', ['x', 'y']],
    ['可选`1`，`2`和`3`及`4`', [1, 2, 3, 4]],
    ['format: 取值为 `a` 或 `b`', ['a', 'b']],
    ['对于直播。取值为 `a` 或 `b`', ['a', 'b']],
    ['对于直播；取值为 `a` 或 `b`', ['a', 'b']],
    ['If set. 取值为 `a` 或 `b`', ['a', 'b']],
    ['可取`a b`或`c`或`d`', ['c', 'd']],
  ] as Array<[string, Array<string | number>]>)('%s', (raw, out) => {
    expect(values(raw.replace(/`/g, ''), raw, out.every((v) => typeof v === 'number') ? int : str)).toEqual(out);
  });

  it.each(['对于动态转码任务，取值为 `0` 或 `100`', '当开启时，可取`0`或`1`', '若开启，可取`0`或`1`', '如果开启，可取`0`或`1`', 'When set, 可取`0`或`1`', 'if set, 可取`0`或`1`', 'for live, 可取`0`或`1`', '可取`0`', '可取 0 或 1'])('%s is no enum', (raw) => {
    expect(values(raw.replace(/`/g, ''), raw, int)).toBeUndefined();
  });
});

describe('capitals run together (scraped English)', () => {
  it('reads each capital word before a colon and the text up to the next', () => {
    expect(enumFromDescription('Reasons AUTO: stopped by itself\nwhen idle USER_CALL: a call', '', str, 'en', 2)?.values).toEqual([
      { value: 'AUTO', description: { en: 'stopped by itself when idle' } },
      { value: 'USER_CALL', description: { en: 'a call' } },
    ]);
    expect(values('AUTO: a B2: b')).toEqual(['AUTO', 'B2']);
  });

  it('needs two words of two or more capitals, each with a colon and a space', () => {
    expect(values('A: a B: b')).toBeUndefined();
    expect(values('AUTO:a USER:b')).toBeUndefined();
    expect(values('Reasons AUTO: a')).toBeUndefined();
    expect(values('xAUTO: a yUSER: b')).toBeUndefined();
  });
});

describe('edges of each rule', () => {
  it('numbers of several digits, and decimals of several places, are numbers', () => {
    expect(enumFromValueTable([{ value: '10', meaning: '' }, { value: '-20', meaning: '' }], int, 'zh', 1)?.values).toEqual([{ value: 10 }, { value: -20 }]);
    expect(enumFromValueTable([{ value: '1.25', meaning: '' }, { value: '12.5', meaning: '' }], num, 'zh', 1)?.values).toEqual([{ value: 1.25 }, { value: 12.5 }]);
  });

  it('a listed value is taken bare only when it is a whole number or all capitals', () => {
    expect(values('10：十\n20：二十', '', int)).toEqual([10, 20]);
    expect(values('v1：one\nv2：two', '', int)).toBeUndefined();
    expect(values('AUto：a\nMAnual：b')).toBeUndefined();
    expect(values('aUTO：a\nmANUAL：b')).toBeUndefined();
  });

  it('list lines may be indented without a bullet, or bulleted without a space', () => {
    expect(values('  AUTO：a\n  MANUAL：b')).toEqual(['AUTO', 'MANUAL']);
    expect(values('•0：关\n•1：开', '', int)).toEqual([0, 1]);
  });

  it('only bullets at the start of a line are dropped: a dash inside a description stays', () => {
    expect(enumFromDescription('0：on - default\n1：off', '', int, 'en', 1)?.values).toEqual([
      { value: 0, description: { en: 'on - default' } },
      { value: 1, description: { en: 'off' } },
    ]);
    expect(enumFromDescription('0：开-关\n1：无', '', int, 'zh', 1)?.values.map((v) => v.description?.zh)).toEqual(['开-关', '无']);
  });

  it('a set value loses the colons around it, and one with a colon inside is no value', () => {
    expect(values('值的集合为{::1，2::，a:b}', '', int)).toEqual([1, 2]);
  });

  it('alternatives are read without the spaces inside their backticks', () => {
    const raw = '可以取` 0 `或` 1 `';
    expect(values(raw.replace(/`/g, ''), raw, int)).toEqual([0, 1]);
  });

  it('capitals run together: each description without the spaces around it', () => {
    expect(enumFromDescription('AUTO:  push  USER_CALL:  call', '', str, 'en', 1)?.values).toEqual([
      { value: 'AUTO', description: { en: 'push' } },
      { value: 'USER_CALL', description: { en: 'call' } },
    ]);
  });
});

describe('values after a lead-in that states the set', () => {
  it('one value per line after 取值范围： / 取值：, plain words included, up to the first line that is not one', () => {
    expect(values('实例状态。取值范围：\n- Pending：创建中。\n- Running：运行中。\n- Stopped：已停止。')).toEqual(['Pending', 'Running', 'Stopped']);
    expect(values('状态。取值：\nRunning：运行中。\nStopped：已停止。\n默认值：Running。')).toEqual(['Running', 'Stopped']);
    expect(enumFromDescription('取值：\n- Running：运行中\n- Stopped：已停止', '', str, 'zh', 1)?.values[0]).toEqual({ value: 'Running', description: { zh: '运行中' } });
  });

  it('a list in one sentence after Possible values: / 取值：', () => {
    expect(values('Specifies the disk status. Possible values: available, in-use, error')).toEqual(['available', 'in-use', 'error']);
    expect(values('Possible values: available, in-use, or error. Default: available.')).toEqual(['available', 'in-use', 'error']);
    expect(values('取值：A、B或C。')).toEqual(['A', 'B', 'C']);
  });

  it('the set is closed unless it contradicts the type', () => {
    expect(enumFromDescription('Valid values: on, off', '', str, 'en', 1)?.closed).toBe(true);
    expect(enumFromDescription('Valid values: on, off', '', int, 'en', 1)?.closed).toBe(false);
  });

  it('one value, a range or prose after the lead-in is no enum', () => {
    expect(values('系统规定参数。取值：DescribeInstances。')).toBeUndefined();
    expect(values('取值：1~100。')).toBeUndefined();
    expect(values('Valid values: 10 to 100.')).toBeUndefined();
    expect(values('Possible values: any string the caller chose, and more.')).toBeUndefined();
    // plain words with no lead-in stay prose
    expect(values('Running: 运行中。\nStopped: 已停止。')).toBeUndefined();
  });
});

describe('numbered meanings in one sentence (`0 成功，1 失败`)', () => {
  const spec = (text: string, type: TypeRef = int) => enumFromDescription(text, text, type, 'zh', 3);

  it('reads each number with its meaning, as known values (open): a sentence may not list them all', () => {
    expect(spec('状态：0 成功，1 失败，2 部分成功')).toEqual({
      values: [
        { value: 0, description: { zh: '成功' } },
        { value: 1, description: { zh: '失败' } },
        { value: 2, description: { zh: '部分成功' } },
      ],
      closed: false,
      source: 'description',
      line: 3,
    });
    expect(spec('0：成功；1：失败')?.values.map((v) => v.value)).toEqual([0, 1]);
    expect(spec('结束原因：1-正常结束，2-超时，3-出错')?.values.map((v) => v.value)).toEqual([1, 2, 3]);
    expect(spec('0 表示成功，1 表示失败')?.values.map((v) => [v.value, v.description?.zh])).toEqual([
      [0, '成功'],
      [1, '失败'],
    ]);
    expect(spec('Reason: 1 normal, 2 timeout, 3 error, 4 kicked')?.values.map((v) => v.value)).toEqual([1, 2, 3, 4]);
    expect(spec('错误码，0为允许发言；1为禁止发言')?.values.map((v) => [v.value, v.description?.zh])).toEqual([
      [0, '允许发言'],
      [1, '禁止发言'],
    ]);
  });

  it('reads no numbers that are amounts, ranges or a single case', () => {
    expect(spec('单位：1 秒，最大 3600')).toBeUndefined();
    expect(spec('取值范围：1-100，默认 10')).toBeUndefined();
    expect(spec('0 表示成功')).toBeUndefined();
    expect(spec('时长，单位为秒')).toBeUndefined();
    // a number that repeats, or numbers out of order, are no list of cases
    expect(spec('1 个，1 个')).toBeUndefined();
    expect(spec('超时：5 次以内，2 次每分钟')).toBeUndefined();
    expect(spec('Timeout in seconds. 5 retries at most, 2 per minute.')).toBeUndefined();
    expect(spec('Whether it is inside the country. 1-6: yes; 7-200: no.')).toBeUndefined();
    expect(spec('判断是否为国内外推流。1-6为国内，7-200为国外')).toBeUndefined();
  });

  it('reads them after a sentence too', () => {
    expect(spec('Task status. 0: success; 1: failure')?.values.map((v) => [v.value, v.description?.zh])).toEqual([
      [0, 'success'],
      [1, 'failure'],
    ]);
    expect(spec('任务状态。0：成功；1：失败')?.values.map((v) => v.value)).toEqual([0, 1]);
  });

  it('reads them for a field typed as a string too, never enforced there', () => {
    expect(spec('0 成功，1 失败', str)?.values.map((v) => v.value)).toEqual([0, 1]);
    expect(spec('0 成功，1 失败', str)?.closed).toBe(false);
  });
});
