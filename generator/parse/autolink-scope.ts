import type { Nodes, Root } from 'mdast';
import type { Processor } from 'unified';

/**
 * Every pattern of GFM's literal autolinks (`https://…`, `www.…`, `a@b.c`, `mailto:`, `xmpp:`)
 * matches text holding one of these; text without any is never turned into a link.
 */
const MAY_AUTOLINK = /@|https?:\/\/|www\./i;

type Transform = (tree: Root) => Root | undefined | void;
interface FromMarkdownExtension {
  enter?: Record<string, unknown>;
  transforms?: Transform[];
}

/**
 * A unified plugin, used after remark-gfm: its literal-autolink transform walks the whole tree
 * once per pattern (four times) on every page, though most blocks hold no URL or address. Here
 * it runs only on the top-level blocks with a text node it could match. It works inside one
 * parent's children at a time, so each block alone gives the same tree as the whole page.
 */
export function scopedAutolinks(this: Processor): void {
  const extensions = (this.data('fromMarkdownExtensions') ?? []) as Array<FromMarkdownExtension | FromMarkdownExtension[]>;
  for (const extension of extensions.flat()) {
    // the literal-autolink extension: the one that reads micromark's `literalAutolink` tokens
    if (extension.enter && 'literalAutolink' in extension.enter && extension.transforms) extension.transforms = extension.transforms.map(scopeTransform);
  }
}

/** The transform applied to each top-level block that may hold a literal autolink, and to no other. */
export function scopeTransform(transform: Transform): Transform {
  return (tree: Root) => {
    const blocks = tree.children.filter(mayAutolink);
    // text straight under the root (never made by remark) would need the root as its parent
    if (blocks.some((node) => node.type === 'text')) return transform(tree);
    for (const block of blocks) transform(block as unknown as Root);
    return undefined;
  };
}

/** A node with a text node somewhere below (or itself one) that a literal-autolink pattern could match. */
export function mayAutolink(node: Nodes): boolean {
  if (node.type === 'text') return MAY_AUTOLINK.test(node.value);
  if (!('children' in node)) return false;
  for (const child of node.children) if (mayAutolink(child)) return true;
  return false;
}
