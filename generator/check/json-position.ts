import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { Example } from '../model/types.js';

/** Keys and array indexes from the root of a JSON text: `['EventData', 'Data', 0, 'SampleRate']`. */
export type JsonPath = Array<string | number>;

// one parse per example, however many findings of however many rules point into it; kept as long
// as the example itself (a bounded cache of texts was emptied over and over on large corpora)
const trees = new WeakMap<Pick<Example, 'raw'>, { tree: Node | undefined }>();

function treeOf(example: Pick<Example, 'raw'>): Node | undefined {
  let entry = trees.get(example);
  if (!entry) {
    // tolerant: invalid examples (full-width commas, unclosed strings) still give most keys a place
    entry = { tree: parseTree(example.raw, [], { allowTrailingComma: true, disallowComments: false }) };
    trees.set(example, entry);
  }
  return entry.tree;
}

/**
 * The file line of the value at `path` in an example: the line of its key (or of the array item).
 * Falls back to searching `"Key"` after the parent key when the text does not parse that far,
 * and to the example's first line when even that fails.
 */
export function lineOfJsonPath(example: Pick<Example, 'raw' | 'source'>, path: JsonPath): number {
  return example.source.line + lineOffset(example, path);
}

/** 0-based line offset of the value at `path` inside the example's text. */
export function lineOffset(example: Pick<Example, 'raw'>, path: JsonPath): number {
  const { raw } = example;
  const tree = treeOf(example);
  const node = tree && path.length > 0 ? findNodeAtLocation(tree, path) : undefined;
  if (node) {
    const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
    return countNewlines(raw, at);
  }
  return searchKeys(raw, path.filter((k): k is string => typeof k === 'string'));
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Approximate: each key searched from the line of the previous one. */
function searchKeys(raw: string, keys: string[]): number {
  const lines = raw.split('\n');
  let from = 0;
  for (const key of keys) {
    const needle = JSON.stringify(key);
    const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
    if (i < 0) break;
    from = i;
  }
  return from;
}
