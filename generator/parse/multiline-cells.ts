import type { Block } from './types.js';

/**
 * Pipe-table rows whose last cell runs over several lines, blank lines included, closing with a
 * `|` on a later line (`|PageSize|Integer|否|10|每页行数。` … `默认值：10。 |`), as pages exported
 * from some doc editors write them. GFM would end the table at the first blank line and read the
 * rest as prose, losing every later row; so before remark reads the page, each such row is
 * joined onto its first line (line breaks as `<br>`), and the lines it frees become blank lines
 * after the table: the page keeps its length and every line after the table its number.
 * `rowLines` maps each moved row's new line to the line it starts on in the page.
 */
export function joinMultilineCells(body: string): { body: string; rowLines: Map<number, number> } {
  const rowLines = new Map<number, number>();
  if (!body.includes('|')) return { body, rowLines };
  const lines = body.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const opened = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence || opened) {
      if (!fence) fence = opened![0];
      else if (new RegExp(`^\\s{0,3}\\${fence}{3,}\\s*$`).test(line)) fence = undefined;
      out.push(line);
      i++;
      continue;
    }
    if (!isRow(line) || i + 1 >= lines.length || !DELIMITER.test(lines[i + 1])) {
      out.push(line);
      i++;
      continue;
    }
    const columns = cellCount(line);
    out.push(line, lines[i + 1]);
    i += 2;
    let freed = 0;
    const moved: Array<[number, number]> = [];
    while (i < lines.length && isRow(lines[i])) {
      const end = closingLine(lines, i, columns);
      if (end === undefined) {
        if (freed) moved.push([out.length + 1, i + 1]);
        out.push(lines[i]);
        i++;
        continue;
      }
      moved.push([out.length + 1, i + 1]);
      const parts = lines.slice(i, end + 1).map((l) => l.trim()).filter((l) => l !== '');
      const last = parts.pop()!;
      const joined = parts.length ? `${parts.join('<br>')}${last === '|' ? ' |' : `<br>${last}`}` : last;
      out.push(joined);
      freed += end - i;
      i = end + 1;
    }
    for (let k = 0; k < freed; k++) out.push('');
    if (freed) for (const [now, was] of moved) rowLines.set(now, was);
  }
  return rowLines.size ? { body: out.join('\n'), rowLines } : { body, rowLines };
}

/** Table rows moved by the join get back the line they start on in the page. */
export function restoreRowLines(blocks: Block[], rowLines: ReadonlyMap<number, number>): void {
  if (rowLines.size === 0) return;
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const row of b.rows) row.line = rowLines.get(row.line) ?? row.line;
  }
}

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;

function isRow(line: string): boolean {
  return /^\s{0,3}\|/.test(line);
}

/** Cells of a row as GFM counts them: pipes not escaped, leading and trailing ones aside. */
function cellCount(line: string): number {
  const t = line.trim().replace(/\\\|/g, '');
  const pipes = (t.match(/\|/g) ?? []).length;
  return pipes - (t.startsWith('|') ? 1 : 0) - (t.endsWith('|') && t.length > 1 ? 1 : 0) + 1;
}

/**
 * The line that closes a row opened at `start` and left open (no trailing pipe): the first later
 * line ending with `|`, before any line that starts another row or a fence, where the joined row
 * has the header's number of cells. Undefined when the row is complete on its own line.
 */
function closingLine(lines: string[], start: number, columns: number): number | undefined {
  const first = lines[start].trim();
  if (first.endsWith('|') && !first.endsWith('\\|') && cellCount(first) >= columns) return undefined;
  for (let k = start + 1; k < lines.length; k++) {
    const t = lines[k].trim();
    // a line that is only `|` closes the row; any other line opening with one is the next row
    if ((isRow(lines[k]) && t !== '|') || /^(`{3,}|~{3,}|#{1,6}\s)/.test(t)) return undefined;
    if (t.endsWith('|') && !t.endsWith('\\|')) {
      const joined = [first, ...lines.slice(start + 1, k + 1).map((l) => l.trim()).filter((l) => l !== '')].join(' ');
      return cellCount(joined) === columns ? k : undefined;
    }
  }
  return undefined;
}
