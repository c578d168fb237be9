import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { raw } from 'hast-util-raw';
import type { Link, Nodes as MdastNodes, PhrasingContent } from 'mdast';
import { toHast, type Handler } from 'mdast-util-to-hast';
import { plainHast } from './plain-hast.js';

/**
 * Inline Markdown as one HTML tree: remark's nodes turned into hast, and the raw HTML among them
 * (`<ul><li>`, `<br>`, `<Note>`) parsed in place by parse5, so a list opened in one HTML node and
 * filled by Markdown code spans in the next reads as one list.
 */
export function inlineHast(children: PhrasingContent[]): Root {
  const root: Root = { type: 'root', children: children.flatMap((c) => plainHast(c) ?? converted(c)) };
  return children.some(holdsHtml) ? (raw(root) as Root) : root;
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
