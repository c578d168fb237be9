import type { Nodes } from 'mdast';

/**
 * The labels a tree defines, as definitions to put before or after another part of the page, so
 * a reference (`[x][id]`, `[^1]`) reads there as in the whole page. Only labels matter: inline
 * content is turned into HTML node by node, without the definitions' targets. Footnotes first.
 */
export function definitionLabels(tree: Nodes, skip?: (node: Nodes) => boolean): string[] {
  const footnotes: string[] = [];
  const links: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'definition') links.push(`[${node.label ?? node.identifier}]: x`);
    else if (node.type === 'footnoteDefinition') footnotes.push(`[^${node.label ?? node.identifier}]: x`);
    else if ('children' in node && !skip?.(node)) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return [...footnotes, ...links];
}
