import type { Cell } from '../parse/types.js';

// what a page writes to indent a name inside a table cell: `&emsp;`, `&nbsp;`, their numeric forms,
// or the characters themselves (em, en, no-break and ideographic spaces)
const INDENT = /^(?:&(?:emsp|ensp|nbsp|#8195|#8194|#160|#12288|#x2003|#x2002|#xa0|#x3000);|[\u2002\u2003\u00a0\u3000])+/i;
const UNIT = /&[^;]+;|[\u2002\u2003\u00a0\u3000]/g;

/**
 * Nesting depth of each row from the indentation written before its name (`| &emsp;stream_id |`
 * under `| stream_info | Object |`): rows indented alike share a level, a deeper indent is one
 * level further in. Depth 0 for every row when no row of the table is indented.
 */
export function indentDepths(nameCells: Array<Cell | undefined>): number[] {
  const widths = nameCells.map((cell) => {
    const raw = cell?.raw.replace(/^[ \t`*]+/, '') ?? '';
    return INDENT.exec(raw)?.[0].match(UNIT)?.length ?? 0;
  });
  const levels = [...new Set(widths.filter((w) => w > 0))].sort((a, b) => a - b);
  return widths.map((w) => (w === 0 ? 0 : levels.indexOf(w) + 1));
}
