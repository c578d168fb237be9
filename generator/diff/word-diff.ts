/** One run of a word diff: text both sides share, text only the old side has, or only the new side. */
export interface WordRun {
  op: 'same' | 'removed' | 'added';
  text: string;
}

// Chinese and Japanese are written without spaces: each character is a word of its own
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const TOKEN = new RegExp(String.raw`[${CJK}]|(?:(?![${CJK}])[\p{L}\p{N}\p{M}_])+|\s+|.`, 'gsu');

/** Above this many token pairs the middle is shown as one removal and one addition (still exact, just coarser). */
const LCS_LIMIT = 4_000_000;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Words removed and added between two texts (longest common subsequence over words; CJK per
 * character). Concatenating the `same` and `removed` runs gives `before` back, `same` and `added`
 * gives `after`.
 */
export function wordDiff(before: string, after: string): WordRun[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const runs: WordRun[] = [];
  const push = (op: WordRun['op'], text: string): void => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last?.op === op) last.text += text;
    else runs.push({ op, text });
  };
  push('same', a.slice(0, start).join(''));
  for (const run of middle(a.slice(start, endA), b.slice(start, endB))) push(run.op, run.text);
  push('same', a.slice(endA).join(''));
  return joinChanges(runs);
}

/**
 * "a b c" → "x y z" reads as one replaced phrase, not three words with unchanged spaces between:
 * whitespace between two changes joins them, and each block of changes is its removed text, then
 * its added text.
 */
function joinChanges(runs: WordRun[]): WordRun[] {
  const out: WordRun[] = [];
  let removed = '';
  let added = '';
  let changed = false;
  const flush = (): void => {
    if (removed) out.push({ op: 'removed', text: removed });
    if (added) out.push({ op: 'added', text: added });
    removed = added = '';
    changed = false;
  };
  runs.forEach((run, i) => {
    if (run.op === 'removed') removed += run.text;
    else if (run.op === 'added') added += run.text;
    else if (changed && i < runs.length - 1 && /^\s+$/.test(run.text)) {
      removed += run.text;
      added += run.text;
      return;
    } else {
      flush();
      out.push(run);
      return;
    }
    changed = true;
  });
  flush();
  return out;
}

function middle(a: string[], b: string[]): WordRun[] {
  if (a.length * b.length > LCS_LIMIT) return [{ op: 'removed', text: a.join('') }, { op: 'added', text: b.join('') }];
  // lengths of the longest common subsequence of a[i..] and b[j..]
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const out: WordRun[] = [];
  let i = 0;
  let j = 0;
  // removals before additions at each step, so a replaced word reads "old, then new"
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ op: 'same', text: a[i++] });
      j++;
    } else if (j >= b.length || (i < a.length && lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) out.push({ op: 'removed', text: a[i++] });
    else out.push({ op: 'added', text: b[j++] });
  }
  return out;
}

/** The runs of one side: `before` drops additions, `after` drops removals. */
export function sideRuns(runs: WordRun[], side: 'before' | 'after'): WordRun[] {
  const drop = side === 'before' ? 'added' : 'removed';
  const out: WordRun[] = [];
  for (const run of runs) {
    if (run.op === drop) continue;
    const last = out[out.length - 1];
    if (last?.op === run.op) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out;
}

/**
 * The diff shortened for a table cell without hiding the change: every changed run is kept (each
 * cut at `changedLimit` characters), unchanged runs keep `context` characters next to a change.
 * Condense the whole diff, then take a side: the old side then shows where words were inserted.
 */
export function condense(runs: WordRun[], context = 60, changedLimit = 400): WordRun[] {
  return runs.map((run, i) => {
    const chars = [...run.text];
    if (run.op !== 'same') return chars.length > changedLimit ? { ...run, text: `${chars.slice(0, changedLimit).join('')}…` } : run;
    // runs alternate: the neighbours of an unchanged run are changes
    const changedBefore = i > 0;
    const changedAfter = i < runs.length - 1;
    if (!changedBefore && !changedAfter) return run;
    const keep = (changedBefore ? context : 0) + (changedAfter ? context : 0);
    if (chars.length <= keep + 1) return run;
    if (changedBefore && changedAfter) return { ...run, text: `${chars.slice(0, context).join('')}…${chars.slice(-context).join('')}` };
    if (changedBefore) return { ...run, text: `${chars.slice(0, context).join('')}…` };
    return { ...run, text: `…${chars.slice(-context).join('')}` };
  });
}
