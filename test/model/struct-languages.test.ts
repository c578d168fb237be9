import { describe, expect, it } from 'vitest';
import { runChecks } from '../../generator/check/index.js';
import { modelOf } from '../helpers/snippet.js';

// The Chinese and English pages of a product define one struct each under the same name, and the
// translation drifted (a row dropped, a type respelled): one struct, merged as events are, with the
// differences left for lang-mismatch, never two structs with a made-up name.
const zh = `## RecordStopped

| 参数 | 类型 | 必选 | 描述 |
|---|---|---|---|
| FileList | Array of [FileInfo](#FileInfo) | 是 | 文件 |

### FileInfo

| 参数 | 类型 | 必选 | 描述 |
|---|---|---|---|
| FileName | String | 是 | 文件名 |
| FileSize | Integer | 是 | 大小 |
| Duration | Integer | 否 | 时长 |
`;
const en = `## RecordStopped

| Parameter | Type | Required | Description |
|---|---|---|---|
| FileList | Array of [FileInfo](#FileInfo) | Yes | Files |

### FileInfo

| Parameter | Type | Required | Description |
|---|---|---|---|
| FileName | String | Yes | File name |
| FileSize | String | No | Size |
`;

describe('one struct per name across the languages of a product', () => {
  const m = modelOf([zh, { lang: 'zh', file: 'docs-src/p/zh/a.md' }], [en, { lang: 'en', file: 'docs-src/p/en/a.md' }]);

  it('merges the two pages\' tables into one struct, the safer reading winning', () => {
    expect(Object.keys(m.structs)).toEqual(['p/FileInfo']);
    const s = m.structs['p/FileInfo'];
    expect(s.fields.map((f) => [f.name, f.required])).toEqual([
      ['FileName', true],
      ['FileSize', false],
      ['Duration', false],
    ]);
    expect(s.sources.map((x) => x.lang).sort()).toEqual(['en', 'zh']);
  });

  it('reports each difference as a lang-mismatch', () => {
    const found = runChecks(m).filter((d) => d.code === 'lang-mismatch').map((d) => d.field);
    expect(found.sort()).toEqual(['FileList[].Duration', 'FileList[].FileSize', 'FileList[].FileSize']);
  });

  it('keeps two shapes of one language apart (two structs that share a name)', () => {
    const two = modelOf([zh, { lang: 'zh', file: 'docs-src/p/zh/a.md' }], [zh.replace(/RecordStopped/g, 'RecordFailed').replace('| Duration | Integer | 否 | 时长 |\n', ''), { lang: 'zh', file: 'docs-src/p/zh/b.md' }]);
    expect(Object.keys(two.structs).sort()).toHaveLength(2);
  });
});
