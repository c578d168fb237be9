import { describe, expect, it } from 'vitest';
import { condense, sideRuns, tokenize, wordDiff, type WordRun } from '../../generator/diff/word-diff.js';

const join = (runs: WordRun[]) => runs.map((r) => r.text).join('');

describe('word diff of descriptions', () => {
  it('splits Latin text into words and CJK text into characters', () => {
    expect(tokenize('Group ID, v2')).toEqual(['Group', ' ', 'ID', ',', ' ', 'v2']);
    expect(tokenize('房间ID 号')).toEqual(['房', '间', 'ID', ' ', '号']);
  });

  it('marks only the words that changed, and each side gives its text back', () => {
    const before = 'Group ID of the whiteboard';
    const after = 'Group ID of the whiteboard the push runs in';
    const runs = wordDiff(before, after);
    expect(runs).toEqual([
      { op: 'same', text: 'Group ID of the whiteboard' },
      { op: 'added', text: ' the push runs in' },
    ]);
    expect(join(sideRuns(runs, 'before'))).toBe(before);
    expect(join(sideRuns(runs, 'after'))).toBe(after);
  });

  it('shows a replaced word as removed then added, in Chinese per character', () => {
    expect(wordDiff('房间 ID', '被销毁的房间 ID')).toEqual([
      { op: 'added', text: '被销毁的' },
      { op: 'same', text: '房间 ID' },
    ]);
    expect(wordDiff('the start time in ms', 'the end time in ms')).toEqual([
      { op: 'same', text: 'the ' },
      { op: 'removed', text: 'start' },
      { op: 'added', text: 'end' },
      { op: 'same', text: ' time in ms' },
    ]);
  });

  it('condensing keeps a change made far past any cell limit visible', () => {
    const head = 'word '.repeat(200);
    const runs = condense(wordDiff(`${head}old tail`, `${head}new tail`));
    const before = join(sideRuns(runs, 'before'));
    expect(before.length).toBeLessThan(120);
    expect(before).toMatch(/^….*old tail$/);
    expect(sideRuns(runs, 'after').find((r) => r.op === 'added')?.text).toBe('new');
  });

  it('condensing cuts the unchanged text between two far-apart changes, and a very long changed run', () => {
    const middle = 'x '.repeat(300);
    const runs = condense(wordDiff(`A ${middle}B`, `C ${middle}D`));
    const after = join(sideRuns(runs, 'after'));
    expect(after.startsWith('C ')).toBe(true);
    expect(after.endsWith('D')).toBe(true);
    expect(after).toContain('…');
    expect(after.length).toBeLessThan(200);
    const long = condense([{ op: 'added', text: 'y'.repeat(1000) }], 60, 400);
    expect(long[0].text).toBe(`${'y'.repeat(400)}…`);
  });

  it('falls back to one removal and one addition when the texts are too long to align word by word', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const runs = wordDiff(a, b);
    expect(join(sideRuns(runs, 'before'))).toBe(a);
    expect(join(sideRuns(runs, 'after'))).toBe(b);
  });
});

describe('word diff runs, exactly', () => {
  const same = (text: string): WordRun => ({ op: 'same', text });
  const removed = (text: string): WordRun => ({ op: 'removed', text });
  const added = (text: string): WordRun => ({ op: 'added', text });

  it('nothing changed, nothing at all, or one side empty', () => {
    expect(wordDiff('a b', 'a b')).toEqual([same('a b')]);
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'new words')).toEqual([added('new words')]);
    expect(wordDiff('old words', '')).toEqual([removed('old words')]);
  });

  it('spaces between changes join them into one phrase; a shared space at the end stays shared', () => {
    expect(wordDiff('a b c', 'x y z')).toEqual([removed('a b c'), added('x y z')]);
    expect(wordDiff('a b ', 'x y ')).toEqual([removed('a b'), added('x y'), same(' ')]);
    expect(wordDiff('keep a b', 'keep x y')).toEqual([same('keep '), removed('a b'), added('x y')]);
    expect(wordDiff('a keep b', 'x keep y')).toEqual([removed('a'), added('x'), same(' keep '), removed('b'), added('y')]);
  });

  it('a word inserted or deleted in the middle', () => {
    expect(wordDiff('one three', 'one two three')).toEqual([same('one '), added('two '), same('three')]);
    expect(wordDiff('one two three', 'one three')).toEqual([same('one '), removed('two '), same('three')]);
    expect(wordDiff('a b a', 'b a b')).toEqual([removed('a '), same('b a'), added(' b')]);
  });

  it('one side\'s runs, neighbours of one kind merged', () => {
    const runs = [same('a'), removed('b'), added('c'), same('d')];
    expect(sideRuns(runs, 'before')).toEqual([same('a'), removed('b'), same('d')]);
    expect(sideRuns(runs, 'after')).toEqual([same('a'), added('c'), same('d')]);
    expect(sideRuns([same('a'), added('x'), same('b')], 'before')).toEqual([same('ab')]);
  });

  it('condense: context kept next to each change, up to one character more kept whole', () => {
    expect(condense([same('abcdefgh')], 2)).toEqual([same('abcdefgh')]);
    expect(condense([same('abcdefgh'), removed('X'), same('ijklmnop')], 2)).toEqual([same('…gh'), removed('X'), same('ij…')]);
    expect(condense([same('abc'), removed('X'), same('ijk')], 2)).toEqual([same('abc'), removed('X'), same('ijk')]);
    expect(condense([same('abcd'), removed('X'), same('ijkl')], 2)).toEqual([same('…cd'), removed('X'), same('ij…')]);
    expect(condense([added('X'), same('abcdefg'), removed('Y')], 2)).toEqual([added('X'), same('ab…fg'), removed('Y')]);
    expect(condense([added('X'), same('abcde'), removed('Y')], 2)).toEqual([added('X'), same('abcde'), removed('Y')]);
  });

  it('condense: a changed run is cut past its limit only', () => {
    expect(condense([removed('abcdef')], 2, 3)).toEqual([removed('abc…')]);
    expect(condense([added('abc')], 2, 3)).toEqual([added('abc')]);
    expect(condense([added('房间号码')], 2, 3)).toEqual([added('房间号…')]);
  });
});
