import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { raw } from 'hast-util-raw';
import { htmlTagNames } from 'html-tag-names';
import { htmlVoidElements } from 'html-void-elements';
import type { Link, Nodes as MdastNodes, PhrasingContent } from 'mdast';
import { toHast, type Handler } from 'mdast-util-to-hast';
import { plainHast } from './plain-hast.js';

/**
 * Inline Markdown as one HTML tree: remark's nodes turned into hast, and the raw HTML among them
 * (`<ul><li>`, `<br>`, `<Note>`) parsed in place by parse5, so a list opened in one HTML node and
 * filled by Markdown code spans in the next reads as one list.
 */
export function inlineHast(children: PhrasingContent[]): Root {
  const nodes = children.some((c) => c.type === 'html') ? children.map((c, i) => (isGenericArgument(c, children[i - 1], children.slice(i + 1)) ? ({ type: 'text', value: c.value } as const) : c)) : children;
  const root: Root = { type: 'root', children: nodes.flatMap((c) => plainHast(c) ?? converted(c)) };
  return nodes.some(holdsHtml) ? (raw(root) as Root) : root;
}

const HTML_ELEMENTS = new Set(htmlTagNames);
const VOID_ELEMENTS = new Set(htmlVoidElements);

/**
 * `List<String>`, `Array<Object>`: CommonMark reads `<String>` as an HTML tag, and parse5 would
 * drop it as an empty element. A bare opening tag written right after a word, that no later node
 * closes, is the type's argument and is kept as text when it names no HTML element, or names one
 * capitalised as types are (`<Object>`, `<Map>`; never `<br>`, `<li>`, a void element). A tag that
 * opens the text (`<Note>`) or is closed (`x<sup>2</sup>`) stays HTML.
 */
function isGenericArgument(node: PhrasingContent, before: PhrasingContent | undefined, after: PhrasingContent[]): node is Extract<PhrasingContent, { type: 'html' }> {
  if (node.type !== 'html' || before?.type !== 'text' || !/[A-Za-z0-9]$/.test(before.value)) return false;
  const written = /^<([A-Za-z][A-Za-z0-9]*)>$/.exec(node.value)?.[1];
  const tag = written?.toLowerCase();
  if (written === undefined || tag === undefined || VOID_ELEMENTS.has(tag) || (HTML_ELEMENTS.has(tag) && !/^[A-Z]/.test(written))) return false;
  return !after.some((n) => n.type === 'html' && new RegExp(`</${tag}\\s*>`, 'i').test(n.value));
}

/** toHast of one node; a node that gives several (a hard break: `<br>` and a line ending) comes as a root, spliced in. */
function converted(node: PhrasingContent): RootContent[] {
  const out = toHast(node, TO_HAST);
  return out.type === 'root' ? out.children : [out];
}

/** An HTML fragment as a tree (parse5: implied `<tr>`, stray end tags ignored, `<li/>` opened). */
export function htmlFragment(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/** A link keeps its target as written (`#查询所有课堂事件`, `id:key`), not percent-encoded. */
const linkAsWritten: Handler = (state, node: Link) => {
  const element = { type: 'element' as const, tagName: 'a', properties: { href: node.url }, children: state.all(node) };
  state.patch(node, element);
  return state.applyData(node, element);
};

function holdsHtml(node: MdastNodes): boolean {
  if (node.type === 'html') return true;
  return 'children' in node && (node.children as MdastNodes[]).some(holdsHtml);
}

const TO_HAST = { allowDangerousHtml: true, handlers: { link: linkAsWritten } };
