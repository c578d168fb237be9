import { describe, expect, it } from 'vitest';
import { requiredness } from '../../generator/model/requiredness.js';
import { parseTypeSpelling } from '../../generator/model/type-spelling.js';

describe('required-ness', () => {
  it.each([
    ['是', '', true],
    ['否', '', false],
    ['Yes', '', true],
    ['No', '', false],
    [undefined, 'This field will exist if an error occurs.', false],
    [undefined, '仅在你选择配置存储到 Vod 平台时，此参数有效。', false],
    [undefined, '异常结束描述信息，当 Status = `{3,4,5}` 时才有值', false],
    [undefined, '仅当 `status`=`4` 时，`Reason` 有值。', false],
    [undefined, '当存储平台为 VeImageX 时此字段才会生效。', false],
    [undefined, 'Result.\nNote: This parameter may return null, indicating that no valid values can be obtained.', false],
    [undefined, '具体的错误信息。当 `Code` 不为 `0` 时，`ErrorMessage` 会显示具体的错误', true],
    [undefined, 'Room ID', true],
  ] as const)('column %j, description %j → required %s', (column, description, required) => {
    const r = requiredness(column, description);
    expect(r.required).toBe(required);
    expect(r.requiredReason).not.toBe('');
  });

  it('marks "may return null" as nullable', () => {
    expect(requiredness(undefined, 'Note: This parameter may return null.').nullable).toBe(true);
    expect(requiredness(undefined, 'Room ID').nullable).toBe(false);
  });
});

describe('type spellings', () => {
  const spell = (text: string, links: Array<{ label: string; href: string }> = []) => parseTypeSpelling({ text, links });
  it.each([
    ['String', { kind: 'string' }],
    ['string', { kind: 'string' }],
    ['Int', { kind: 'integer' }],
    ['int', { kind: 'integer' }],
    ['Integer', { kind: 'integer' }],
    ['Int32', { kind: 'integer', format: 'int32' }],
    ['Int64', { kind: 'integer', format: 'int64' }],
    ['Uint32', { kind: 'integer', format: 'uint32' }],
    ['Uint64', { kind: 'integer', format: 'uint64' }],
    ['Float', { kind: 'number', format: 'float' }],
    ['Boolean', { kind: 'boolean' }],
    ['Array of String', { kind: 'array', items: { kind: 'string' } }],
    ['**Int64**', { kind: 'integer', format: 'int64' }],
  ])('%s', (text, type) => {
    expect(spell(text)).toEqual({ ok: true, type });
  });

  it('reads references to anchors, in arrays and in backticks', () => {
    expect(spell('Array of RecordFile', [{ label: 'RecordFile', href: '#recordfile' }])).toEqual({ ok: true, type: { kind: 'array', items: { kind: 'ref', struct: 'anchor:recordfile' } } });
    expect(spell('array of AudioData', [{ label: 'AudioData', href: '#a' }])).toEqual({ ok: true, type: { kind: 'array', items: { kind: 'ref', struct: 'anchor:a' } } });
    expect(spell('Stream', [{ label: 'Stream', href: '#stream5' }])).toEqual({ ok: true, type: { kind: 'ref', struct: 'anchor:stream5' } });
    expect(spell('Array of Image', [{ label: '`Image`', href: '#image' }])).toEqual({ ok: true, type: { kind: 'array', items: { kind: 'ref', struct: 'anchor:image' } } });
  });

  it('names a struct by a PascalCase word, and tells unknown spellings and descriptions apart', () => {
    expect(spell('BackupInfo')).toEqual({ ok: true, type: { kind: 'ref', struct: 'name:BackupInfo' } });
    expect(spell('')).toMatchObject({ ok: false, reason: 'empty' });
    expect(spell('varchar2')).toMatchObject({ ok: false, reason: 'unknown' });
    expect(spell('Video recording list')).toMatchObject({ ok: false, reason: 'looks-like-description' });
    expect(spell('视频列表')).toMatchObject({ ok: false, reason: 'looks-like-description' });
  });
});
