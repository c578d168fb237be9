import type { Block } from '../parse/types.js';

/**
 * The parameter names of the sample request URLs a page shows (`https://host/path?a=1&b=$B`).
 * A query-parameter table often lists URL parts too (the scheme, the host): the sample URL
 * says which rows are parameters. Empty when the page shows no URL with a query string.
 */
export function queryKeysIn(blocks: Block[]): Set<string> {
  const keys = new Set<string>();
  for (const b of blocks) {
    if (b.kind !== 'code' && b.kind !== 'paragraph') continue;
    for (const url of b.text.match(/\bhttps?:\/\/[^\s"'`<>]*\?[^\s"'`<>]+/g) ?? []) {
      for (const pair of url.slice(url.indexOf('?') + 1).split('&')) {
        const key = pair.split('=')[0];
        if (key) keys.add(decodeURIComponentSafe(key));
      }
    }
  }
  return keys;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
