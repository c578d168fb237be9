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
    // Stryker disable next-line StringLiteral,Regex: a missing cell and any text without an indent both count 0; markup is only ever stripped before the indent
    const raw = cell?.raw.replace(/^[ \t`*]+/, '') ?? '';
    // an indent is one unit at least, so the units always match
    return INDENT.exec(raw)?.[0].match(UNIT)!.length ?? 0;
  });
  const levels = [...new Set(widths.filter((w) => w > 0))].sort((a, b) => a - b);
  // width 0 is in no level: indexOf gives -1, depth 0
  return widths.map((w) => levels.indexOf(w) + 1);
}
