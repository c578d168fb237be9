const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A GFM pipe table as the line scan sees it: 0-based line indexes. */
export interface PipeTableSpan {
  /** The header line; the delimiter line follows it. */
  header: number;
  /** The first line after the last row holding a pipe (a blank line, a pipe-less line, or the end). */
  end: number;
}

/**
 * The pipe tables of a page found on its lines, outside fenced code, without parsing: a line with
 * a pipe followed by a delimiter row, and every following non-blank line holding a pipe as a row.
 * A cheap estimate of what remark will read, used to cut or slice tables before remark parses them.
 * It can see a table remark reads differently (one in a list item or quote, a row that starts
 * another block); callers check remark's tree when it matters.
 */
export function scanPipeTables(lines: readonly string[]): PipeTableSpan[] {
  const spans: PipeTableSpan[] = [];
  let fence: string | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined;
      i++;
      continue;
    }
    const startsTable = fence === undefined && line.includes('|') && i + 1 < lines.length && DELIMITER_ROW.test(lines[i + 1]) && lines[i + 1].includes('-');
    if (!startsTable) {
      i++;
      continue;
    }
    let end = i + 2;
    while (end < lines.length && lines[end].trim() !== '' && lines[end].includes('|')) end++;
    spans.push({ header: i, end });
    i = end;
  }
  return spans;
}
