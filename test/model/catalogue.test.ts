import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../generator/model/catalogue.js';
import type { Cell, TableBlock } from '../../generator/parse/types.js';

const cell = (text: string, extra: Partial<Cell> = {}): Cell => ({ text, raw: text, links: [], code: [], strong: false, ...extra });
const table = (header: string[], rows: Cell[][]): TableBlock => ({ kind: 'table', dialect: 'gfm', header: header.map((h) => cell(h)), rows: rows.map((cells, i) => ({ cells, line: 10 + i })), line: 9 });

describe('readCatalogue', () => {
  it('reads each event with its group (repeated by ^^), anchor, date and description', () => {
    const t = table(['功能', 'EventType', '事件描述'], [
      [cell('录制'), cell('RecordStarted', { links: [{ label: 'RecordStarted', href: 'other.md' }, { label: 'x', href: '#recordstarted' }] }), cell('开始')],
      [cell('^^'), cell('x', { code: ['RecordStopped(2020-12-01)'] }), cell('')],
      [cell(''), cell('y', { links: [{ label: 'RoomCreate', href: 'https://h/#a' }] })],
      [cell(' 房间 '), cell('not a name')],
      [cell('房间')],
    ]);
    expect(readCatalogue(t, 'f.md', 'p')).toEqual([
      { product: 'p', eventType: 'RecordStarted', version: null, anchor: 'recordstarted', group: '录制', description: '开始', file: 'f.md', line: 10 },
      { product: 'p', eventType: 'RecordStopped', version: '2020-12-01', group: '录制', file: 'f.md', line: 11 },
      { product: 'p', eventType: 'RoomCreate', version: null, group: '录制', file: 'f.md', line: 12 },
    ]);
  });

  it('without a group column: no group, and the description is the first other column', () => {
    const t = table(['说明', 'Event Type'], [[cell('d'), cell('A')]]);
    expect(readCatalogue(t, 'f.md', 'p')).toEqual([{ product: 'p', eventType: 'A', version: null, description: 'd', file: 'f.md', line: 10 }]);
    expect(readCatalogue(table(['EventType'], [[cell('A')]]), 'f.md', 'p')).toEqual([{ product: 'p', eventType: 'A', version: null, file: 'f.md', line: 10 }]);
  });

  it('a group cell emptied later keeps the group; a new group replaces it', () => {
    const t = table(['分类', 'EventType'], [[cell('G1'), cell('A')], [cell(''), cell('B')], [cell('G2'), cell('C')]]);
    expect(readCatalogue(t, 'f.md', 'p').map((e) => [e.eventType, e.group])).toEqual([['A', 'G1'], ['B', 'G1'], ['C', 'G2']]);
  });

  it('a group is trimmed, a blank group cell keeps the group, a row without the cell keeps it too', () => {
    const t = table(['EventType', '说明', '分类'], [[cell('A'), cell('a'), cell(' G1 ')], [cell('B'), cell('b'), cell('  ')], [cell('C'), cell('c')], [cell('D'), cell('d'), cell('G2')]]);
    expect(readCatalogue(t, 'f.md', 'p').map((e) => [e.eventType, e.group, e.description])).toEqual([['A', 'G1', 'a'], ['B', 'G1', 'b'], ['C', 'G1', 'c'], ['D', 'G2', 'd']]);
    // a row with no group column at all has no group
    expect(readCatalogue(table(['EventType', '说明'], [[cell('A'), cell('a')]]), 'f.md', 'p')[0]).not.toHaveProperty('group');
  });
});
