import type { Nodes } from 'mdast';

/** Moves the positions of a subtree parsed from part of a page to the page (new point objects: remark may share them). */
export function shiftPositions(node: Nodes, by: { line: number; offset: number }): void {
  const p = node.position;
  if (p) {
    node.position = {
      start: { line: p.start.line + by.line, column: p.start.column, offset: p.start.offset === undefined ? undefined : p.start.offset + by.offset },
      end: { line: p.end.line + by.line, column: p.end.column, offset: p.end.offset === undefined ? undefined : p.end.offset + by.offset },
    };
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shiftPositions(child, by);
}

/** The page text a node was parsed from ('' when remark gave it no offsets). */
export function sourceOf(node: Nodes, body: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : body.slice(start, end);
}
