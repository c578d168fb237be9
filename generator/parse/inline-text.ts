import type { InlineLink } from './types.js';

/**
 * Plain text of a fragment of inline HTML as vendors write it inside table cells:
 * `<br>` and `<li>` become line breaks, every other tag is dropped, a few entities decoded.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?(li|ul|ol|p|div)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  );
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** `<span id="x"></span>`, `<a id='x'></a>`, `<span id= "image">`: vendors' anchor spellings (an `id` attribute, not `data-id`). */
const anchorPattern = /<(?:span|a|div)\b[^>]*?\s(?:id|name)\s*=\s*["']?([^"'\s>]+)["']?[^>]*>/gi;

export function anchorIds(html: string): string[] {
  return [...html.matchAll(anchorPattern)].map((m) => m[1]);
}

/** Inline `[label](href)` links in plain source text (used by the line-based readers). */
export function markdownLinks(text: string): InlineLink[] {
  return [...text.matchAll(/\[([^\]]*)\]\(([^)\s]*)\)/g)].map((m) => ({ label: stripMarkup(m[1]), href: m[2] }));
}

export function stripMarkup(text: string): string {
  return text.replace(/\*\*|__|`/g, '').trim();
}

/** Normalise whitespace inside one line of text, keeping line breaks. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}
