import { describe, expect, it } from 'vitest';
import { enumFromDescription } from '../../generator/model/enum-extract.js';
import type { TypeRef } from '../../generator/model/types.js';

// Value lists written without code marks or capitals (`<br>active: active<br>inactive: …`, an
// API 3.0 output cell) and inline `code`: meaning pairs in one sentence (`\`0\`: allows …; \`1\`: …`).
const str: TypeRef = { kind: 'string' };
const int: TypeRef = { kind: 'integer' };

describe('lower-case values listed one per line', () => {
  const cell = 'Stream status,\nactive: active\ninactive: Inactive\nforbid: forbidden.';

  it('are known values of a string, not enforced (the page does not mark them as values)', () => {
    expect(enumFromDescription(cell, 'Stream status,<br>active: active<br>inactive: Inactive<br>forbid: forbidden.', str, 'en', 4)).toEqual({
      values: [
        { value: 'active', description: { en: 'active' } },
        { value: 'inactive', description: { en: 'Inactive' } },
        { value: 'forbid', description: { en: 'forbidden.' } },
      ],
      closed: false,
      source: 'description',
      line: 4,
    });
  });

  it('need every line after the lead to be one value, and two of them', () => {
    expect(enumFromDescription('Stream status,\nactive: active\nsee the guide for the rest.', '', str, 'en', 1)).toBeUndefined();
    expect(enumFromDescription('Stream status,\nactive: active', '', str, 'en', 1)).toBeUndefined();
    expect(enumFromDescription('active: active\ninactive: Inactive\nNote: prose, not a value', '', str, 'en', 1)).toBeUndefined();
  });

  it('are not read for a field that is not a string', () => {
    expect(enumFromDescription(`Flags,\non: 1\noff: 0`, '', int, 'en', 1)).toBeUndefined();
  });
});

describe('code-marked values with their meanings in one sentence', () => {
  it('read each `value`: meaning pair, separated by semicolons, as known values (the sentence may go on with other cases)', () => {
    const raw = 'Error code. `0`: allows the user to join the group; `1`: rejects the request.';
    expect(enumFromDescription(raw.replace(/`/g, ''), raw, int, 'en', 7)).toEqual({
      values: [
        { value: 0, description: { en: 'allows the user to join the group' } },
        { value: 1, description: { en: 'rejects the request.' } },
      ],
      closed: false,
      source: 'description',
      line: 7,
    });
  });

  it('stay open when the sentence goes on with a range of custom codes', () => {
    const raw = 'Error code. `0`: allow; `1`: reject; `2`: drop silently. Custom codes must be in [120001, 130000].';
    expect(enumFromDescription(raw.replace(/`/g, ''), raw, int, 'en', 1)).toMatchObject({ values: [{ value: 0 }, { value: 1 }, { value: 2 }], closed: false });
  });

  it('need two pairs', () => {
    const raw = 'Error code. `0`: allows the user to join the group.';
    expect(enumFromDescription(raw.replace(/`/g, ''), raw, int, 'en', 1)).toBeUndefined();
  });
});

describe('edges of the pairs and the plain lines', () => {
  const pairs = (raw: string) => enumFromDescription(raw.replace(/`/g, ''), raw, int, 'en', 1)?.values;

  it('read values of several characters, spaces around the colon or none, trimmed tokens and meanings', () => {
    expect(pairs('Code. `10` : allow ; `200`:reject')).toEqual([
      { value: 10, description: { en: 'allow' } },
      { value: 200, description: { en: 'reject' } },
    ]);
    expect(pairs('Code. ` 0 `: allow; ` 1 `: reject')).toEqual([
      { value: 0, description: { en: 'allow' } },
      { value: 1, description: { en: 'reject' } },
    ]);
  });

  it('skip a marked pair whose value is no value token', () => {
    expect(pairs('Code. `a b`: unknown; `0`: allow; `1`: reject')?.map((v) => v.value)).toEqual([0, 1]);
    expect(pairs('Code. `a b`: unknown; `0`: allow')).toBeUndefined();
  });

  it('plain lines: the lead line is optional, blank and indented lines are skipped', () => {
    const plain = (text: string) => enumFromDescription(text, '', str, 'en', 1)?.values;
    expect(plain('active: on\ninactive: off')).toEqual([
      { value: 'active', description: { en: 'on' } },
      { value: 'inactive', description: { en: 'off' } },
    ]);
    expect(plain('Stream status,\n\n  active: on  \n\n  inactive: off')).toEqual([
      { value: 'active', description: { en: 'on' } },
      { value: 'inactive', description: { en: 'off' } },
    ]);
    expect(plain('')).toBeUndefined();
  });
});

describe('words listed after a colon to the end of the sentence', () => {
  const values = (text: string, type: TypeRef = str) => {
    const spec = enumFromDescription(text, text, type, 'zh', 1);
    return spec && { values: spec.values.map((v) => [v.value, v.description?.zh]), closed: spec.closed };
  };
  it('are known values of a string, with a bracketed meaning when one follows', () => {
    expect(values('会话具体类型：PERSON（单聊）、TEAM（群聊）')).toEqual({ values: [['PERSON', '单聊'], ['TEAM', '群聊']], closed: false });
    expect(values('发送客户端类型：AOS、IOS、PC、WEB。')).toEqual({ values: [['AOS', undefined], ['IOS', undefined], ['PC', undefined], ['WEB', undefined]], closed: false });
    expect(values('Format: flv, hls, mp4, aac')?.values.map((v) => v[0])).toEqual(['flv', 'hls', 'mp4', 'aac']);
  });
  it('never from prose, one word, a number type, or a list that goes on', () => {
    expect(values('Note: see the list below, then retry')).toBeUndefined();
    expect(values('类型：PERSON')).toBeUndefined();
    expect(values('格式：flv、hls', int)).toBeUndefined();
    expect(values('格式：flv、hls 等，详见文档')).toBeUndefined();
    expect(values('客户端 IP，格式如：127.0.0.1、::1')).toBeUndefined();
  });
});
