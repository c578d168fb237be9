import type { Root, RootContent } from 'mdast';
import { scanPipeTables } from './pipe-table-scan.js';
import { shiftPositions } from './mdast-positions.js';
import { definitionLabels } from './definition-labels.js';

/** A page longer than this (in characters) is parsed by remark in segments: its tree costs ~170 KB per small table. */
export const DEFAULT_SEGMENT_CHARS = 1_000_000;
/** The size of each segment of a page over the threshold: remark's tree of one segment is what a page costs at its peak. */
export const SEGMENT_SIZE = 128_000;

/** Lines [from, to) of the page; `cut` is the block that starts the next segment, at line `to`. */
export interface Segment {
  from: number;
  to: number;
  cut?: 'heading' | 'table';
}

/** The segments do not read as the whole page does: read it whole. */
export class SegmentMismatch extends Error {}

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// HTML blocks that survive blank lines (CommonMark types 1-5), and HTML tables (read whole across blank lines)
const HTML_OPENER = /<(?:(script|pre|style|textarea)(?=[\s>]|$)|(!--)|(\?)|(!\[CDATA\[)|(![A-Za-z])|(table)(?=[\s>]|$))/i;
const CLOSERS = [/<\/(?:script|pre|style|textarea)>/i, /-->/, /\?>/, /\]\]>/, />/, /<\/table>/i];

/**
 * Cuts a long page where remark starts afresh: a column-0 ATX heading or pipe-table header after a
 * blank line, outside fenced code and outside HTML blocks that survive blank lines. Each segment
 * is at least `maxChars` long (the last may be shorter). One segment when the page is shorter.
 * The cuts are an estimate; `readSegments` checks each against remark's reading.
 */
export function cutSegments(lines: readonly string[], maxChars: number): Segment[] {
  const tableStarts = new Set(scanPipeTables(lines).filter((s) => !/^\s/.test(lines[s.header])).map((s) => s.header));
  const segments: Segment[] = [];
  let from = 0;
  let size = 0;
  let fence: string | undefined;
  let html: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (size >= maxChars && fence === undefined && html === undefined && lines[i - 1].trim() === '') {
      const cut = ATX_HEADING.test(line) ? 'heading' : tableStarts.has(i) ? 'table' : undefined;
      if (cut) {
        segments.push({ from, to: i, cut });
        from = i;
        size = 0;
      }
    }
    size += line.length + 1;
    const marker = FENCE.exec(line)?.[1];
    if (html === undefined && marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence === undefined ? marker : undefined;
    else if (fence === undefined) html = htmlStateAfter(line, html);
  }
  segments.push({ from, to: lines.length });
  return segments;
}

/** Which long-lived HTML block (index into CLOSERS) is open after this line. */
function htmlStateAfter(line: string, open: number | undefined): number | undefined {
  let rest = line;
  let state = open;
  for (;;) {
    if (state !== undefined) {
      const close = CLOSERS[state].exec(rest);
      if (!close) return state;
      rest = rest.slice(close.index + close[0].length);
      state = undefined;
    }
    const opener = HTML_OPENER.exec(rest);
    if (!opener) return undefined;
    state = opener.slice(1).findIndex((g) => g !== undefined);
    rest = rest.slice(opener.index + opener[0].length);
  }
}

/**
 * Parses a page segment by segment and hands each segment's root nodes, with page positions, to
 * `read`; each tree is dropped before the next is parsed. The page's definitions come first in
 * every segment (found by a first pass when the page may hold one). Throws SegmentMismatch when
 * remark would not start the block at a cut afresh (it continues a fence, HTML block, list…).
 */
export function readSegments(text: string, lines: readonly string[], segments: Segment[], parse: (text: string) => Root, read: (nodes: RootContent[], segment: Segment, labels: readonly string[], last: boolean) => void): void {
  const starts: number[] = [];
  let offset = 0;
  for (const s of segments) {
    starts.push(offset);
    for (let k = s.from; k < s.to; k++) offset += lines[k].length + 1;
  }
  const labels: string[] = [];
  if (text.includes(']:')) for (const s of segments) labels.push(...definitionLabels(parse(lines.slice(s.from, s.to).join('\n'))));
  const prefix = labels.length === 0 ? '' : `${labels.join('\n\n')}\n\n<!-- -->\n\n`;
  const prefixLines = prefix.split('\n').length - 1;
  segments.forEach((s, n) => {
    const cutLines = s.cut === 'table' ? 2 : s.cut ? 1 : 0;
    const own = lines.slice(s.from, s.to + cutLines);
    const tree = parse(prefix + own.join('\n'));
    const lastLine = prefixLines + (s.to - s.from);
    if (s.cut) {
      const type = s.cut;
      if (!tree.children.some((c) => c.type === type && c.position?.start.line === lastLine + 1)) throw new SegmentMismatch();
    }
    const nodes = tree.children.filter((c) => (c.position?.start.offset ?? 0) >= prefix.length && (c.position?.start.line ?? 0) <= lastLine);
    const by = { line: s.from - prefixLines, offset: starts[n] - prefix.length };
    for (const node of nodes) shiftPositions(node, by);
    read(nodes, s, labels, n === segments.length - 1);
  });
}
