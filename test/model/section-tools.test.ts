import { describe, expect, it } from 'vitest';
import { isStructSection } from '../../generator/model/recognise/data-structures.js';
import { headingAbove, headingEnd } from '../../generator/model/recognise/section.js';
import type { Block } from '../../generator/parse/types.js';

const h = (depth: number): Block => ({ kind: 'heading', depth, text: 'h', line: 1 });
const p = (text: string): Block => ({ kind: 'paragraph', text, strong: false, code: [], links: [], line: 1 });
const table: Block = { kind: 'table', dialect: 'gfm', header: [], rows: [], line: 1 };

describe('headingEnd and headingAbove', () => {
  const blocks = [h(2), p('a'), h(3), p('b'), h(2), p('c')];
  it('a section ends at the next heading of its level or higher', () => {
    expect(headingEnd(blocks, 0)).toBe(4);
    expect(headingEnd(blocks, 2)).toBe(4);
    expect(headingEnd(blocks, 4)).toBe(6);
    expect(headingEnd([h(3), h(4), h(3)], 0)).toBe(2);
    expect(headingEnd([h(3), h(2)], 0)).toBe(1);
  });
  it('from a block that is no heading, the section runs to the end of the page', () => {
    expect(headingEnd(blocks, 1)).toBe(6);
    expect(headingEnd([p('x'), p('y')], 0)).toBe(2);
  });
  it('the nearest heading above, or -1', () => {
    expect(headingAbove(blocks, 3)).toBe(2);
    expect(headingAbove(blocks, 2)).toBe(0);
    expect(headingAbove(blocks, 1)).toBe(0);
    expect(headingAbove(blocks, 0)).toBe(-1);
    expect(headingAbove([p('x'), p('y')], 1)).toBe(-1);
  });
});

describe('isStructSection', () => {
  it.each(['被如下接口引用：X', '被以下接口引用 X', '引用该结构的接口：X', 'Used by: X', '  referenced by X', 'This structure is used by X', 'This data structure is referenced by X'])('%s before any table', (text) => {
    expect(isStructSection([h(2), p('desc'), p(text), table], 0, 4)).toBe(true);
  });
  it('not after a table or heading, not outside the section, not in other words', () => {
    expect(isStructSection([h(2), table, p('Used by: X')], 0, 3)).toBe(false);
    expect(isStructSection([h(2), h(3), p('Used by: X')], 0, 3)).toBe(false);
    expect(isStructSection([h(2), p('desc'), p('Used by: X')], 0, 2)).toBe(false);
    expect(isStructSection([p('Used by: X'), p('desc')], 0, 2)).toBe(false);
    expect(isStructSection([h(2), p('It is used by X')], 0, 2)).toBe(false);
  });
});
