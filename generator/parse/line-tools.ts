import { htmlToText, markdownLinks, tidy } from './inline-text.js';
import type { Cell } from './types.js';

/** A cell from plain source text (line-based dialects). */
export function textCell(raw: string): Cell {
  const trimmed = raw.trim();
  return {
    text: tidy(htmlToText(trimmed.replace(/\*\*|__/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, ''))),
    raw: trimmed,
    links: markdownLinks(trimmed),
    code: [...trimmed.matchAll(/`([^`]+)`/g)].map((m) => m[1]),
    strong: /^\*\*[^*]+\*\*$/.test(trimmed),
  };
}

/**
 * Collects a JSON value that starts at `lines[start]` and may span lines: stops when the
 * brackets balance (strings respected). Unbalanced text stops at the first blank line, so a
 * broken example never swallows the rest of the page.
 */
export function collectJsonLines(lines: string[], start: number): { text: string; end: number } {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let opened = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (i > start && line.trim() === '' && depth > 0 && !inString) {
      return { text: lines.slice(start, i).join('\n'), end: i };
    }
    for (const ch of line) {
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') {
        depth++;
        opened = true;
      } else if (ch === '}' || ch === ']') depth--;
    }
    // a string left open at the end of a line is a broken example; JSON strings never span lines
    inString = false;
    escaped = false;
    if (opened && depth <= 0) return { text: lines.slice(start, i + 1).join('\n'), end: i + 1 };
  }
  return { text: lines.slice(start).join('\n'), end: lines.length };
}
