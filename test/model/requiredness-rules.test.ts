import { describe, expect, it } from 'vitest';
import { requiredness } from '../../generator/model/requiredness.js';
import { modelOf } from '../helpers/snippet.js';

// Each rule of the required-ness reading, pinned with its reason: a conditional phrasing is
// told by the words it matched, so a case proves which pattern read it.
const conditional = (match: string) => `description says the field is conditional: "${match}"`;
const byDefault = 'no required column and no conditional wording; required by default';

describe('required column', () => {
  it.each(['是', 'yes', 'Y', 'true', '必填', '必选', '必须', 'Required', 'MANDATORY', 'M'])('%s reads as required', (col) => {
    expect(requiredness(col, 'This field is only valid if x.')).toEqual({ required: true, requiredReason: `required column says "${col}"`, nullable: false });
  });

  it.each(['否', 'no', 'N', 'False', '可选', '选填', '非必填', '非必须', 'optional', 'O'])('%s reads as optional', (col) => {
    expect(requiredness(col, 'Room ID')).toEqual({ required: false, requiredReason: `required column says "${col}"`, nullable: false });
  });

  it.each(['条件必填', '条件必选', 'Conditional', 'C'])('%s (required under a condition) reads as optional', (col) => {
    expect(requiredness(col, 'Room ID')).toEqual({ required: false, requiredReason: `required column says "${col}": present only under a condition`, nullable: false });
  });

  it('reads the cell without emphasis, backticks or surrounding spaces', () => {
    expect(requiredness(' **是** ', '').requiredReason).toBe('required column says "是"');
    expect(requiredness('`否`', '')).toMatchObject({ required: false, requiredReason: 'required column says "否"' });
  });

  it('a cell that only contains a yes or no word is not understood, and the description decides', () => {
    for (const col of ['不是', 'yes please', 'nope', '否则', 'is required', 'non-optional', '是否']) {
      expect(requiredness(col, 'Room ID')).toEqual({ required: true, requiredReason: `required column "${col}" not understood; required by default`, nullable: false });
    }
    expect(requiredness('maybe', 'Only returned for live rooms.')).toMatchObject({ required: false, requiredReason: conditional('Only returned for') });
  });

  it('an empty column counts as no column', () => {
    expect(requiredness('', 'Room ID').requiredReason).toBe(byDefault);
    expect(requiredness('**', 'Room ID').requiredReason).toBe(byDefault);
    expect(requiredness(undefined, 'Room ID')).toEqual({ required: true, requiredReason: byDefault, nullable: false });
  });
});

describe('conditional phrasings in the description', () => {
  it.each([
    // English: "this field … if/when"
    ['This field will exist if an error occurs.', 'This field will exist if'],
    ['this field exists when the task fails', 'this field exists when'],
    ['This parameter is returned only when recording.', 'This parameter is returned only when'],
    ['This field will only be returned when x.', 'This field will only be returned when'],
    ['This field appears if x.', 'This field appears if'],
    ['This field appear when x.', 'This field appear when'],
    ['This field only exist if x.', 'This field only exist if'],
    // "is valid only if", "are present only when"
    ['The value is valid only if the room exists.', 'is valid only if'],
    ['These keys are present only when x.', 'are present only when'],
    ['It is only available only when x.', 'is only available only when'],
    ['Values are returned only if x.', 'are returned only if'],
    // "only returned for", "only exists when"
    ['Only returned for live rooms.', 'Only returned for'],
    ['only exists when x', 'only exists when'],
    ['only exist if x', 'only exist if'],
    ['only available if x', 'only available if'],
    ['only present when x', 'only present when'],
    ['only valid for x', 'only valid for'],
    // "valid only for"
    ['Valid only for recording tasks.', 'Valid only for'],
    ['valid only when x', 'valid only when'],
    ['valid only if x', 'valid only if'],
    // errors
    ['If an error occurs, this field gives the reason.', 'If an error occurs, this field'],
    ['If any errors occur, this field lists them.', 'If any errors occur, this field'],
    // Chinese: 仅…时…有效
    ['仅在你选择配置存储到 Vod 平台时，此参数有效。', '仅在你选择配置存储到 Vod 平台时，此参数有效'],
    ['仅录制才返回', '仅录制才返回'],
    ['仅直播下有值', '仅直播下有值'],
    ['仅开启时生效', '仅开启时生效'],
    ['仅开启时存在', '仅开启时存在'],
    ['仅开启时出现', '仅开启时出现'],
    ['仅时有效', '仅时有效'],
    // 仅当…有值
    ['仅当开启录制有效', '仅当开启录制有效'],
    ['仅当失败返回', '仅当失败返回'],
    ['仅当失败生效', '仅当失败生效'],
    ['仅当失败有值', '仅当失败有值'],
    // 当…时才…
    ['异常结束描述信息，当 Status = 3 时才有值', '当 Status = 3 时才有值'],
    ['当开启时才会返回', '当开启时才会返回'],
    ['当开启时，本字段才有效', '当开启时，本字段才有效'],
    ['当开启时才生效', '当开启时才生效'],
    ['当开启时才存在', '当开启时才存在'],
    // 时此字段才生效
    ['开启录制时此参数才生效', '时此参数才生效'],
    ['开启录制时此字段才会生效', '时此字段才会生效'],
    // 如果/若…才返回
    ['如果开启了录制，会有该字段', '如果开启了录制，会有该字段'],
    ['若失败才有该字段', '若失败才有该字段'],
    ['若失败才会返回', '若失败才会返回'],
    ['如果失败才返回', '如果失败才返回'],
    // 对…任务有效
    ['对转码任务有效', '对转码任务有效'],
    ['对直播场景有效', '对直播场景有效'],
    ['对合流模式有效', '对合流模式有效'],
    // a bracketed marker: `(option：进房时携带)`, `（可选）`, `[Optional]`
    ['唯一标识符 (option：房间事件组携带)', '(option：'],
    ['角色（可选）', '（可选）'],
    ['[Optional] The room.', '[Optional]'],
    // …时携带: carried when something happens
    ['具体原因，进退房时携带', '进退房时携带'],
    ['Optional. The user ID.', 'Optional.'],
  ])('%s', (description, match) => {
    expect(requiredness(undefined, description)).toMatchObject({ required: false, requiredReason: conditional(match) });
  });

  it('"may return null" makes a field conditional and nullable, in both languages', () => {
    expect(requiredness(undefined, 'Note: This parameter may return null.')).toEqual({ required: false, requiredReason: conditional('may return null'), nullable: true });
    expect(requiredness(undefined, '结果，可能返回 null')).toEqual({ required: false, requiredReason: conditional('可能返回 null'), nullable: true });
    expect(requiredness(undefined, '结果，可能返回NULL').requiredReason).toBe(conditional('可能返回NULL'));
  });

  it.each([
    'Room ID',
    // the words alone, without the condition
    'This field exists.',
    'Valid values: 1, 2',
    'Returned only.',
    'This field is returned to the caller',
    // a sentence end breaks the phrase apart
    '仅在直播。时有效',
    '仅当录制。有效',
    '当开启时。才有值',
    '如果开启。才返回',
    '对转码。任务有效',
    // the phrase apart over more than the allowed distance
    `仅${'长'.repeat(41)}时有效`,
    `当${'长'.repeat(41)}时才有值`,
    `当开启时${'长'.repeat(13)}才有值`,
    `仅当${'长'.repeat(41)}有效`,
    `如果${'长'.repeat(41)}才返回`,
    `对${'长'.repeat(21)}任务有效`,
    // "only" needs a word boundary before it
    'Commonly returned for x',
    'invalid only if x',
    // "option" as a word of the text, not a marker; 携带 without 时
    'The option: a or b',
    'The optional features are listed below.',
    '请求中携带的签名',
  ])('%s stays required', (description) => {
    expect(requiredness(undefined, description)).toEqual({ required: true, requiredReason: byDefault, nullable: false });
  });

  it('reads a phrase at the longest distance it allows', () => {
    expect(requiredness(undefined, `仅${'长'.repeat(40)}时${'短'.repeat(12)}有效`).required).toBe(false);
    expect(requiredness(undefined, `仅当${'长'.repeat(40)}有效`).required).toBe(false);
    expect(requiredness(undefined, `当${'长'.repeat(40)}时${'短'.repeat(12)}才有值`).required).toBe(false);
    expect(requiredness(undefined, `如果${'长'.repeat(40)}才返回`).required).toBe(false);
    expect(requiredness(undefined, `对${'长'.repeat(20)}任务有效`).required).toBe(false);
  });
});

describe('nullable', () => {
  it.each(['may return null', 'May Return NULL', 'can be null', 'Can Be Null', '可能返回 null', '可能返回null', '可能返回  NULL', '可能为 null', '可能为null', '可能为  NULL', '可能为空值'])('%s', (description) => {
    expect(requiredness('是', `结果。${description}`).nullable).toBe(true);
  });

  it('a required column keeps the field required, and nullable still read', () => {
    expect(requiredness('是', 'This field can be null.')).toEqual({ required: true, requiredReason: 'required column says "是"', nullable: true });
    expect(requiredness('否', '可能为空值')).toEqual({ required: false, requiredReason: 'required column says "否"', nullable: true });
  });

  it.each(['null', 'never null', '可能为空', 'cannot be null'])('%s is not nullable', (description) => {
    expect(requiredness('是', description).nullable).toBe(false);
  });
});

describe('a required cell that is not understood is a finding', () => {
  it('names the field and the cell, and says what was chosen', () => {
    const page = `## UserJoined

| 字段 | 类型 | 是否必填 | 说明 |
|---|---|---|---|
| a | String | 看情况 | A |
| b | String | 是 | B |
`;
    const found = modelOf([page]).diagnostics.filter((d) => d.code === 'required-cell-unknown');
    expect(found.map((d) => [d.field, d.line, d.message])).toEqual([['a', 5, 'The required cell of a says "看情况", which is no known word for required or optional; it is required by default.']]);
  });
});
