/**
 * YAML-like front matter (`---` … `---` at the top of a page). Vendors use flat `key: value`
 * lines with `#` comments; we keep them as strings and blank the block out so line numbers
 * of the rest of the page are unchanged (otherwise remark reads the closing `---` as a heading underline).
 */
export function splitFrontMatter(text: string): { body: string; frontMatter?: Record<string, string> } {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { body: text };
  const frontMatter: Record<string, string> = {};
  for (const line of match[1].split('\n')) {
    const kv = /^([A-Za-z0-9_-]+)\s*:\s*(.*?)\s*(?:#.*)?$/.exec(line);
    if (kv) frontMatter[kv[1]] = kv[2];
  }
  const blanked = match[0].replace(/[^\n]/g, '');
  return { body: blanked + text.slice(match[0].length), frontMatter };
}
