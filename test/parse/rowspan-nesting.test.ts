import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../generator/parse/types.js';
import { fieldSummary, modelOf, parseSnippet } from '../helpers/snippet.js';

// HTML tables that nest fields with a `rowspan` name cell: the object's name spans the rows of its
// fields, whose own names follow it (in a second name column, or where the type would be).
const tables = (text: string): TableBlock[] => parseSnippet(text).blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (t: TableBlock): string[][] => [t.header.map((c) => c.text), ...t.rows.map((r) => r.cells.map((c) => c.text))];
const page = (table: string): string => `# Channel events\n\n**EventType**\n\nChannelCreate\n\n${table}\n`;

const subColumn = `<table>
<tr><th colspan="2">Field</th><th>Type</th><th>Description</th></tr>
<tr><td colspan="2">noticeId</td><td>String</td><td>The ID.</td></tr>
<tr><td rowspan="2">payload</td><td>cname</td><td>String</td><td>The channel.</td></tr>
<tr><td>uid</td><td>Number</td><td>The user.</td></tr>
</table>`;

const parentRow = `<table>
<tr><th>Field</th><th>Type</th><th>Description</th></tr>
<tr><td>noticeId</td><td>String</td><td>The ID.</td></tr>
<tr><td rowspan="3">payload</td><td>JSON</td><td>The content, with these fields:</td></tr>
<tr><td>cname</td><td>String</td><td>The channel.</td></tr>
<tr><td>uid</td><td>Number</td><td>The user.</td></tr>
</table>`;

describe('a rowspan name cell over the rows of its fields', () => {
  it('names each row under a second name column (a colspan header) as a child of the spanned name', () => {
    const [t] = tables(subColumn);
    expect(texts(t)).toEqual([
      ['Field', 'Type', 'Description'],
      ['noticeId', 'String', 'The ID.'],
      ['payload.cname', 'String', 'The channel.'],
      ['payload.uid', 'Number', 'The user.'],
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([3, 4, 5]);
  });

  it('keeps the first row as the object when it carries a type, and its fields below', () => {
    const [t] = tables(parentRow);
    expect(texts(t)).toEqual([
      ['Field', 'Type', 'Description'],
      ['noticeId', 'String', 'The ID.'],
      ['payload', 'JSON', 'The content, with these fields:'],
      ['payload.cname', 'String', 'The channel.'],
      ['payload.uid', 'Number', 'The user.'],
    ]);
  });

  it('gives an object with its fields, and no duplicate or cell-count findings', () => {
    for (const table of [subColumn, parentRow]) {
      const m = modelOf([page(table), { lang: 'en' }]);
      expect(fieldSummary(m, 'ChannelCreate')).toEqual(['noticeId: string', 'payload: object', 'payload.cname: string', 'payload.uid: number']);
      expect(m.diagnostics.map((d) => d.code).filter((c) => c === 'duplicate-field' || c === 'table-row-cell-count')).toEqual([]);
    }
  });

  it('reads a field row that puts its type in its description (`String: The channel.`)', () => {
    const short = parentRow.replace('<td>cname</td><td>String</td><td>The channel.</td>', '<td>cname</td><td>String: The channel.</td>').replace('<td>uid</td><td>Number</td><td>The user.</td>', '<td>uid</td><td>Number: The user.</td>');
    const [t] = tables(short);
    expect(texts(t).slice(3)).toEqual([
      ['payload.cname', 'String: The channel.', ''],
      ['payload.uid', 'Number: The user.', ''],
    ]);
    expect(fieldSummary(modelOf([page(short), { lang: 'en' }]), 'ChannelCreate')).toEqual(['noticeId: string', 'payload: object', 'payload.cname: string', 'payload.uid: number']);
  });

  it('leaves a spanned name whose rows carry no names of their own (one field, values over several rows)', () => {
    const values = `<table>
<tr><th>Field</th><th>Type</th><th>Description</th></tr>
<tr><td rowspan="2">status</td><td rowspan="2">Number</td><td>0: idle</td></tr>
<tr><td>1: busy</td></tr>
</table>`;
    expect(texts(tables(values)[0])).toEqual([
      ['Field', 'Type', 'Description'],
      ['status', 'Number', '0: idle'],
      ['status', 'Number', '1: busy'],
    ]);
  });

  it('leaves a rowspan outside the name column, and tables without a name column', () => {
    const sameType = `<table>
<tr><th>Field</th><th>Type</th><th>Description</th></tr>
<tr><td>a</td><td rowspan="2">String</td><td>A.</td></tr>
<tr><td>b</td><td>B.</td></tr>
</table>`;
    expect(texts(tables(sameType)[0])).toEqual([
      ['Field', 'Type', 'Description'],
      ['a', 'String', 'A.'],
      ['b', 'String', 'B.'],
    ]);
    const [t] = tables('<table>\n<tr><th>a</th><th>b</th><th>c</th></tr>\n<tr><td rowspan="2">x</td><td>p</td><td>q</td></tr>\n<tr><td>y</td><td>z</td></tr>\n</table>\n');
    expect(texts(t)).toEqual([['a', 'b', 'c'], ['x', 'p', 'q'], ['x', 'y', 'z']]);
  });
});
