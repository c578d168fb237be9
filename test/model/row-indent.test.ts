import { describe, expect, it } from 'vitest';
import type { Cell } from '../../generator/parse/types.js';
import { indentDepths } from '../../generator/model/row-indent.js';
import { fieldSummary, modelOf } from '../helpers/snippet.js';

const cell = (raw: string): Cell => ({ text: raw.replace(/&[^;]+;/g, '').trim(), raw, links: [], code: [], strong: false });

describe('names indented inside a table cell', () => {
  it('ranks the indentation widths of a table into levels', () => {
    expect(indentDepths(['a', '&emsp;b', '&emsp;&emsp;c', '&emsp;d', 'e'].map(cell))).toEqual([0, 1, 2, 1, 0]);
    // any spelling of the indent, counted in units; widths skipped on the page do not add levels
    expect(indentDepths(['a', '&nbsp;&nbsp;b', '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;c', '\u3000d', '&#8195;e'].map(cell))).toEqual([0, 2, 3, 1, 1]);
    expect(indentDepths(['a', 'b', undefined].map((x) => (x ? cell(x) : undefined)))).toEqual([0, 0, 0]);
    // markup before the indent does not hide it
    expect(indentDepths(['a', '`&emsp;b`', '**&emsp;c**'].map(cell))).toEqual([0, 1, 1]);
  });

  it('nests indented rows under the row above them, in a pipe table and in an HTML table', () => {
    const pipe = `## 流新增回调\n\n| 参数 | 类型 | 描述 |\n|---|---|---|\n| event | String | 固定为 \`stream_create\` |\n| info | Object | 流信息 |\n| &emsp;id | String | 流 ID |\n| &emsp;users | Array | 用户 |\n| &emsp;&emsp;uid | String | 用户 ID |\n| sid | String | SID |\n\n\`\`\`json\n{"event": "stream_create", "info": {"id": "1", "users": [{"uid": "u"}]}, "sid": "s"}\n\`\`\`\n`;
    expect(fieldSummary(modelOf([pipe]), 'stream_create')).toEqual(['event: string enum "stream_create"', 'info: object', 'info.id: string', 'info.users: object[]', 'sid: string']);
    const m = modelOf([pipe]);
    const users = m.events[0].fields.find((f) => f.name === 'info')!;
    expect(JSON.stringify(users.type)).toContain('"uid"');
    const html = pipe.replace(/\| 参数[\s\S]*?\| SID \|\n/, '<table><tr><th>参数</th><th>类型</th><th>描述</th></tr><tr><td>event</td><td>String</td><td>固定为 stream_create</td></tr><tr><td>info</td><td>Object</td><td>流信息</td></tr><tr><td>&emsp;id</td><td>String</td><td>流 ID</td></tr><tr><td>sid</td><td>String</td><td>SID</td></tr></table>\n');
    expect(fieldSummary(modelOf([html]), 'stream_create')).toEqual(['event: string enum "stream_create"', 'info: object', 'info.id: string', 'sid: string']);
  });
});
