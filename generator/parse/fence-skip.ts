import type { Nodes, Root } from 'mdast';

const OPENING = /^(`{3,}|~{3,})(.*)$/;
const FENCE_LIKE = /^[ \t]*(`{3,}|~{3,})/;

/** A fenced code block the line scan found at the top level: 0-based lines of its fences. */
interface Fence {
  open: number;
  close: number;
}

/**
 * Parses Markdown with the bodies of its top-level fenced code blocks kept out of the parser:
 * micromark reads a code body character by character only to hand it back unchanged. The body
 * lines are emptied (every line keeps its number, and every other line its columns), remark
 * parses that, then each code node gets its body back and every point its offset in `text`.
 * The result is the tree `parse(text)` gives. Only fences whose outcome the scan can be sure of
 * are emptied (see `topLevelFences`), and remark's tree must show each as a root code node over
 * exactly those lines; when one is not, the text is parsed as it is.
 */
export function parseSkippingFences(text: string, parse: (text: string) => Root): Root {
  // a lone CR ends a line for micromark, not for this scan
  if ((!text.includes('```') && !text.includes('~~~')) || text.includes('\r')) return parse(text);
  const lines = text.split('\n');
  const fences = topLevelFences(lines);
  if (fences.length === 0) return parse(text);
  const emptied = lines.slice();
  for (const f of fences) for (let k = f.open + 1; k < f.close; k++) emptied[k] = '';
  const tree = parse(emptied.join('\n'));
  if (!restore(tree, fences, lines)) return parse(text);
  return tree;
}

/**
 * Closed fenced code blocks that open in column 0 (so remark keeps their body lines as they
 * are) and that no line inside could close or be read otherwise: a body holding a line that
 * starts like a fence of the same character is left to remark. A fence never closed runs to
 * the end of the page and is left to remark too.
 */
export function topLevelFences(lines: readonly string[]): Fence[] {
  const fences: Fence[] = [];
  let i = 0;
  while (i < lines.length) {
    const m = OPENING.exec(lines[i]);
    // a backtick fence's info string holds no backtick (else the line is inline code)
    if (!m || (m[1][0] === '`' && m[2].includes('`'))) {
      i++;
      continue;
    }
    const marker = m[1];
    let close = -1;
    let doubtful = false;
    for (let k = i + 1; k < lines.length; k++) {
      const like = FENCE_LIKE.exec(lines[k]);
      if (!like || like[1][0] !== marker[0]) continue;
      if (isClosing(lines[k], marker)) {
        close = k;
        break;
      }
      doubtful = true;
    }
    if (close < 0) break;
    if (!doubtful && close > i + 1) fences.push({ open: i, close });
    i = close + 1;
  }
  return fences;
}

/** A closing fence: 0-3 spaces, at least as many of the opening character, then only spaces or tabs. */
function isClosing(line: string, marker: string): boolean {
  const m = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return m !== null && m[1][0] === marker[0] && m[1].length >= marker.length;
}

/** Puts the bodies back and the offsets of `lines`; false when remark did not read a fence as the scan did. */
function restore(tree: Root, fences: readonly Fence[], lines: readonly string[]): boolean {
  let f = 0;
  for (const node of tree.children) {
    if (f === fences.length) break;
    const fence = fences[f];
    const start = node.position?.start.line ?? 0;
    if (start - 1 > fence.open) return false;
    if (start - 1 < fence.open) continue;
    if (node.type !== 'code' || node.position?.start.column !== 1 || node.position.end.line - 1 !== fence.close) return false;
    node.value = lines.slice(fence.open + 1, fence.close).join('\n');
    f++;
  }
  if (f < fences.length) return false;
  const starts = new Array<number>(lines.length);
  let offset = 0;
  for (let k = 0; k < lines.length; k++) {
    starts[k] = offset;
    offset += lines[k].length + 1;
  }
  const after = fences[0].open + 1;
  const walk = (node: Nodes): void => {
    const p = node.position;
    if (p) {
      // a point's offset follows from its line and column (micromark counts a column per character)
      if (p.start.line > after) p.start.offset = starts[p.start.line - 1] + p.start.column - 1;
      if (p.end.line > after) p.end.offset = starts[p.end.line - 1] + p.end.column - 1;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return true;
}
