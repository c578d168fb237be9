import type { DocChange } from '../../diff/changes.js';
import { condense, sideRuns, wordDiff, type WordRun } from '../../diff/word-diff.js';

/** A description change as the words each side removed or added; other changes have no word diff. */
export function changeWords(c: DocChange): WordRun[] | undefined {
  if (c.kind !== 'description-changed' || c.before === undefined || c.after === undefined) return undefined;
  return wordDiff(c.before, c.after);
}

/**
 * Both sides of a description change, marked with `mark(text, op)`: removed words on the old
 * side, added words on the new. `short` condenses unchanged text away from the change (a table
 * cell), never the changed words themselves.
 */
export function markedSides(c: DocChange, escape: (text: string) => string, mark: (escaped: string, op: 'removed' | 'added') => string, short: boolean): { before: string; after: string } | undefined {
  const runs = changeWords(c);
  if (!runs) return undefined;
  const shown = short ? condense(runs) : runs;
  const render = (side: 'before' | 'after'): string => sideRuns(shown, side).map((r) => (r.op === 'same' ? escape(r.text) : mark(escape(r.text), r.op))).join('');
  return { before: render('before'), after: render('after') };
}
