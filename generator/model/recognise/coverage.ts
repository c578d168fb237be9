import type { Block } from '../../parse/types.js';
import { isJsonBlock } from '../examples.js';
import { tableKind } from '../param-table.js';
import type { BlockUse } from '../types.js';

/**
 * The account of a page's blocks: every table, list and code block gets the role a recogniser
 * or reader gave it, or a reason why none did. What nobody claims is reported, never dropped.
 */
export class CoverageLedger {
  private readonly uses = new Map<number, { role?: string; claimedBy?: string; reason?: string }>();
  private readonly shapes: string[] = [];

  constructor(private readonly blocks: Block[]) {}

  shape(id: string): void {
    if (!this.shapes.includes(id)) this.shapes.push(id);
  }

  use(index: number, role: string, claimedBy: string): void {
    if (!kindOf(this.blocks[index])) return;
    const prev = this.uses.get(index);
    // a block shared by several events (one payload table for every code) lists them all
    const merged = prev?.role && prev.role !== role ? `${prev.role}; ${role}` : role;
    this.uses.set(index, { role: merged, claimedBy });
  }

  /** Says why a block was left alone; a role given before or after wins. */
  skip(index: number, reason: string): void {
    if (kindOf(this.blocks[index]) && !this.uses.get(index)?.role) this.uses.set(index, { reason });
  }

  result(): { shapes: string[]; blocks: BlockUse[] } {
    const blocks: BlockUse[] = [];
    this.blocks.forEach((block, i) => {
      const kind = kindOf(block);
      if (!kind) return;
      const use = this.uses.get(i);
      blocks.push({ kind, line: block.line, ...describe(block), ...(use?.role ? { role: use.role, claimedBy: use.claimedBy } : { reason: use?.reason ?? defaultReason(block) }) });
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

const EXCERPT_LENGTH = 60;

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > EXCERPT_LENGTH ? `${one.slice(0, EXCERPT_LENGTH - 1)}…` : one;
}

/** What a reader needs to find the block on the page: a table's header, a code block's language and first line. */
function describe(block: Block): Pick<BlockUse, 'excerpt' | 'tableKind' | 'json'> {
  if (block.kind === 'table') return { excerpt: clip(block.header.map((c) => c.text.trim()).join(' | ')), tableKind: tableKind(block) };
  if (block.kind === 'code') return { excerpt: clip(`${block.lang ? `${block.lang}: ` : ''}${block.text}`), json: isJsonBlock(block) };
  if (block.kind === 'paragraph') return { excerpt: clip(block.text.split('\n')[0]) };
  return {};
}

function defaultReason(block: Block): string {
  if (block.kind === 'code') return isJsonBlock(block) ? 'a JSON block outside every event, API and reply section' : `not JSON (${block.lang ?? 'no language'}): not an example`;
  if (block.kind === 'table') {
    switch (tableKind(block)) {
      case 'params':
        return 'a parameter table no recogniser gave a role (not the payload, reply, query or a struct of any section)';
      case 'values':
        return 'a value table no field links to or is named after';
      case 'catalogue':
        return 'an event index table outside the page\'s catalogue';
      case 'errors':
        return 'an error-code table of no API';
      default:
        return 'its columns are not those of a parameter, value, code or index table';
    }
  }
  if (block.kind === 'paragraph' && block.text.split('\n').every((line) => block.links.some((l) => line.includes(l.label)))) return 'a list of links: read as text only';
  return 'a prose list: read as text only';
}
