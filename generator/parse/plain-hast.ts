import type { ElementContent, Text } from 'hast';
import type { PhrasingContent } from 'mdast';

type Position = NonNullable<Text['position']>;
type Point = Position['start'];

const TAGS = { strong: 'strong', emphasis: 'em', delete: 'del' } as const;

/**
 * The hast mdast-util-to-hast makes of plain inline content (text, code spans, bold, italics,
 * strike-through), built directly: most table cells hold nothing else, and toHast sets up a whole
 * conversion state per node. Undefined for anything else (links, HTML, breaks, images, nodes with
 * `data`), which the caller converts with toHast. The result is the same tree, positions included.
 */
export function plainHast(node: PhrasingContent): ElementContent | undefined {
  if (node.data) return undefined;
  switch (node.type) {
    case 'text':
      return patch(node, { type: 'text', value: trimLines(node.value) });
    case 'inlineCode': {
      const text = patch(node, { type: 'text', value: node.value.replace(/\r?\n|\r/g, ' ') });
      return patch(node, { type: 'element', tagName: 'code', properties: {}, children: [text] });
    }
    case 'strong':
    case 'emphasis':
    case 'delete': {
      const children: ElementContent[] = [];
      for (const child of node.children) {
        const converted = plainHast(child);
        if (!converted) return undefined;
        children.push(converted);
      }
      return patch(node, { type: 'element', tagName: TAGS[node.type], properties: {}, children });
    }
    default:
      return undefined;
  }
}

/** As toHast's `patch`: the position copied when the node has one (undefined when it is unusable). */
function patch<T extends ElementContent>(from: PhrasingContent, to: T): T {
  if (from.position) {
    const start = point(from.position.start);
    const end = point(from.position.end);
    to.position = start && end ? { start, end } : undefined;
  }
  return to;
}

function point(p: Point | undefined): Point | undefined {
  if (!p || typeof p.line !== 'number' || p.line <= 0 || typeof p.column !== 'number' || p.column <= 0) return undefined;
  return { line: p.line, column: p.column, offset: typeof p.offset === 'number' && p.offset > -1 ? p.offset : undefined };
}

/** As the `trim-lines` package toHast uses: spaces and tabs cut around each line ending. */
export function trimLines(value: string): string {
  if (!/[\r\n]/.test(value)) return value;
  const search = /\r?\n|\r/g;
  const parts: string[] = [];
  let last = 0;
  let match = search.exec(value);
  while (match) {
    parts.push(trimLine(value.slice(last, match.index), last > 0, true), match[0]);
    last = match.index + match[0].length;
    match = search.exec(value);
  }
  parts.push(trimLine(value.slice(last), last > 0, false));
  return parts.join('');
}

function trimLine(line: string, start: boolean, end: boolean): string {
  let from = 0;
  let to = line.length;
  if (start) while (from < to && (line[from] === ' ' || line[from] === '\t')) from++;
  if (end) while (to > from && (line[to - 1] === ' ' || line[to - 1] === '\t')) to--;
  return line.slice(from, to);
}
