import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { tidy } from './inline-text.js';
import type { CellItem, InlineLink } from './types.js';

/** What a cell (or any inline fragment) holds once its HTML is read as a tree. */
export interface CellContent {
  /** Plain text: tags dropped, `<br>` and list items as line breaks, no blank lines. */
  text: string;
  links: InlineLink[];
  code: string[];
  /** The whole fragment is bold (`<strong>String</strong>`). */
  strong: boolean;
  /** Top-level list items (`<li>`, with or without `<ul>`), nested as written; absent when none. */
  items?: CellItem[];
  /** Anchor ids defined in the fragment (`<span id="x">`, `[](id:x)`). */
  anchors: string[];
}

type Parent = Root | Element;

const LISTS = new Set(['ul', 'ol', 'li']);
/** Elements vendors use as anchor targets (`<span id="key"></span>`, `<a name="key">`). */
const ANCHOR_TAGS = new Set(['span', 'a', 'div']);

/**
 * Reads a hast fragment the way a reader of the page sees it: components and unknown tags are
 * transparent (their text kept, the tags not), lists become items, links and code spans are kept.
 */
export function cellContent(parent: Parent, options: TextOptions = {}): CellContent {
  const links: InlineLink[] = [];
  const code: string[] = [];
  const anchors: string[] = [];
  walk(parent, (el) => {
    const id = anchorId(el);
    if (id) anchors.push(id);
    if (el.tagName === 'code') code.push(toText(el, { whitespace: 'pre' }));
    const href = el.properties.href;
    if (el.tagName === 'a' && typeof href === 'string' && !isAnchorHref(href)) links.push({ label: tidy(textOf(el)), href });
  });
  const items = itemsOf(parent.children);
  const meaningful = parent.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'comment');
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  const strong = only?.type === 'element' && (only.tagName === 'strong' || only.tagName === 'b');
  return { text: cellText(parent, options), links, code, strong, ...(items.length ? { items } : {}), anchors };
}

/** `[](id:key)`: the anchor spelling of Tencent's Markdown (a link whose target is `id:NAME`). */
export function isAnchorHref(href: string): boolean {
  return /^id:\S+$/.test(href);
}

function anchorId(el: Element): string | undefined {
  const href = el.properties.href;
  if (el.tagName === 'a' && typeof href === 'string' && isAnchorHref(href)) return href.slice(3);
  if (!ANCHOR_TAGS.has(el.tagName)) return undefined;
  const id = el.properties.id ?? el.properties.name;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

export interface TextOptions {
  /** Keep the line breaks of the text itself (Markdown's soft breaks); HTML reads them as spaces. */
  keepLineBreaks?: boolean;
}

/** One block of text: list items and breaks are lines, never blank lines. */
export function cellText(node: Nodes, options: TextOptions = {}): string {
  return tidy(textOf(node, options))
    .split('\n')
    .filter((l) => l !== '')
    .join('\n');
}

function textOf(node: Nodes, options: TextOptions = {}): string {
  // innerText rules: `<br>` and block elements (li, p, div) break lines, runs of spaces collapse
  return toText(node, { whitespace: options.keepLineBreaks ? 'pre-wrap' : 'normal' });
}

function walk(parent: Parent, visit: (el: Element) => void): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    visit(child);
    walk(child, visit);
    if (child.content) walk(child.content, visit);
  }
}

/** List items not inside another item: `<ul><li>`, a bare `<li>`, or `<li/>` (which HTML opens, never closes). */
function itemsOf(children: Array<RootContent | ElementContent>): CellItem[] {
  const out: CellItem[] = [];
  for (const child of children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'li') out.push(itemOf(child));
    else out.push(...itemsOf(child.children));
  }
  return out;
}

function itemOf(li: Element): CellItem {
  const own: Element = { ...li, children: withoutLists(li.children) };
  const code: string[] = [];
  walk(own, (el) => {
    if (el.tagName === 'code') code.push(toText(el, { whitespace: 'pre' }));
  });
  return { text: tidy(textOf(own)).replace(/\n+/g, ' '), code, items: itemsOf(li.children) };
}

function withoutLists(children: ElementContent[]): ElementContent[] {
  return children
    .filter((c) => !(c.type === 'element' && LISTS.has(c.tagName)))
    .map((c) => (c.type === 'element' ? { ...c, children: withoutLists(c.children) } : c));
}
