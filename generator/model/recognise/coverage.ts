import type { Block } from '../../parse/types.js';
import type { BlockUse } from '../types.js';

/**
 * The account of a page's blocks: every table, list and code block gets the role a recogniser
 * or reader gave it, or a reason why none did. What nobody claims is reported, never dropped.
 */
export class CoverageLedger {
  private readonly uses = new Map<number, BlockUse>();
  private readonly shapes: string[] = [];

  constructor(private readonly blocks: Block[]) {}

  shape(id: string): void {
    if (!this.shapes.includes(id)) this.shapes.push(id);
  }

  use(index: number, role: string, claimedBy: string): void {
    const kind = kindOf(this.blocks[index]);
    if (!kind) return;
    const prev = this.uses.get(index);
    // a block shared by several events (one payload table for every code) lists them all
    const merged = prev?.role && prev.role !== role ? `${prev.role}; ${role}` : role;
    this.uses.set(index, { kind, line: this.blocks[index].line, role: merged, claimedBy });
  }

  skip(index: number, reason: string): void {
    const kind = kindOf(this.blocks[index]);
    if (kind && !this.uses.get(index)?.role) this.uses.set(index, { kind, line: this.blocks[index].line, reason });
  }

  result(): { shapes: string[]; blocks: BlockUse[] } {
    const blocks: BlockUse[] = [];
    this.blocks.forEach((block, i) => {
      const kind = kindOf(block);
      if (!kind) return;
      blocks.push(this.uses.get(i) ?? { kind, line: block.line, reason: defaultReason(block) });
    });
    return { shapes: [...this.shapes], blocks };
  }
}

function kindOf(block: Block | undefined): BlockUse['kind'] | undefined {
  if (!block) return undefined;
  if (block.kind === 'table') return 'table';
  if (block.kind === 'code') return 'code';
  if (block.kind === 'paragraph' && block.list) return 'list';
  return undefined;
}

function defaultReason(block: Block): string {
  if (block.kind === 'code') return /^\s*[{[]/.test(block.text) ? 'a JSON block outside every event, API and reply section' : `not JSON (${block.lang ?? 'no language'}): not an example`;
  if (block.kind === 'table') return 'no recogniser gave this table a role (not a parameter, value, code or catalogue table of a section)';
  return 'prose list: read as text only';
}
