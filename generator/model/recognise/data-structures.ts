import type { Block } from '../../parse/types.js';

/** "被如下接口引用：X" / "Used by: X" / "Referenced by …": a struct's definition, not an event. */
const REFERENCED_BY = /^(?:被如下接口引用|被以下接口引用|引用该结构的接口|used by|referenced by|this (?:structure|data structure) is (?:used|referenced) by)/i;

/**
 * Data-structure pages (`## StreamOnlineInfo` → description → "被如下接口引用：…" → table):
 * a heading that names a struct looks like one that names an event, so the "referenced by"
 * sentence is what tells them apart. Such sections give structs named by their heading.
 */
export function isStructSection(blocks: Block[], start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const b = blocks[k];
    if (b.kind === 'table' || b.kind === 'heading') return false;
    if (b.kind === 'paragraph' && REFERENCED_BY.test(b.text.trim())) return true;
  }
  return false;
}
