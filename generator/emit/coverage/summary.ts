import type { BlockUse, PageCoverage } from '../../model/types.js';

export interface Ratio {
  used: number;
  total: number;
}

/** The yield of one page, or of every page added up. */
export interface CoverageCounts {
  tables: Ratio;
  /** JSON code blocks and every code block given a role (a request URL example is one too). */
  examples: Ratio;
  lists: Ratio;
  /** Code blocks that are neither JSON nor given a role (a shell command, a URL): counted, never examples. */
  otherCode: number;
  events: number;
  apis: number;
  structs: number;
}

export const isExample = (b: BlockUse): boolean => b.kind === 'code' && (b.json === true || b.role !== undefined);

function ratio(blocks: BlockUse[]): Ratio {
  return { used: blocks.filter((b) => b.role !== undefined).length, total: blocks.length };
}

export function pageCounts(page: PageCoverage): CoverageCounts {
  return {
    tables: ratio(page.blocks.filter((b) => b.kind === 'table')),
    examples: ratio(page.blocks.filter(isExample)),
    lists: ratio(page.blocks.filter((b) => b.kind === 'list')),
    otherCode: page.blocks.filter((b) => b.kind === 'code' && !isExample(b)).length,
    events: page.events,
    apis: page.apis,
    structs: page.structs,
  };
}

export function addCounts(list: CoverageCounts[]): CoverageCounts {
  const sum = (pick: (c: CoverageCounts) => number): number => list.reduce((n, c) => n + pick(c), 0);
  const add = (pick: (c: CoverageCounts) => Ratio): Ratio => ({ used: sum((c) => pick(c).used), total: sum((c) => pick(c).total) });
  return { tables: add((c) => c.tables), examples: add((c) => c.examples), lists: add((c) => c.lists), otherCode: sum((c) => c.otherCode), events: sum((c) => c.events), apis: sum((c) => c.apis), structs: sum((c) => c.structs) };
}

/** `tables used 7/8, examples attached 11/12, lists used 0/3, events 11, APIs 0, structs 2`: one line a person can scan. */
export function summaryLine(c: CoverageCounts): string {
  return `tables used ${c.tables.used}/${c.tables.total}, examples attached ${c.examples.used}/${c.examples.total}, lists used ${c.lists.used}/${c.lists.total}, events ${c.events}, APIs ${c.apis}, structs ${c.structs}`;
}

/** A page the tool took nothing from that a receiver or caller can use. */
export const yieldsNothing = (page: PageCoverage): boolean => page.events === 0 && page.apis === 0;
