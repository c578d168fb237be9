import type { BlockUse, Model } from '../../model/types.js';
import type { PageReport } from './coverage-json.js';
import { yieldsNothing } from './summary.js';

/** What a page gave the model, by name: the things a user looks for after adding it. */
export interface PageYield {
  events: Array<{ id: string; typeName: string }>;
  apis: Array<{ id: string; typeName: string }>;
  structs: Array<{ id: string; typeName: string }>;
}

export function pageYield(model: Model, file: string): PageYield {
  const from = (sources: Array<{ file: string }>): boolean => sources.some((s) => s.file === file);
  const pick = (list: Array<{ id: string; typeName: string; sources: Array<{ file: string }> }>) => list.filter((x) => from(x.sources)).map(({ id, typeName }) => ({ id, typeName }));
  return { events: pick(model.events), apis: pick(model.apis), structs: pick(Object.values(model.structs)) };
}

// doc text reaches a terminal here: control characters (an escape sequence in a page) are shown, never sent
// eslint-disable-next-line no-control-regex -- control characters are what it makes visible
const printable = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function kindLabel(b: BlockUse): string {
  if (b.kind === 'table') return `table ${b.tableKind ?? ''}`.trim();
  if (b.kind === 'code') return b.json ? 'code JSON' : 'code';
  return b.kind;
}

/** `docs2ts inspect`: one page's blocks as aligned text lines, then what the page gave. */
export function pageText(page: PageReport, format: string | undefined, gave: PageYield): string {
  const lines = [`${printable(page.file)} (${printable(page.product)}, ${page.lang}${format ? `, ${format}` : ''})`];
  lines.push(`shapes: ${page.shapes.length ? page.shapes.join(', ') : '(none)'}`);
  lines.push(`${page.summary}${yieldsNothing(page) ? ' — no event and no API' : ''}`, '');
  if (page.blocks.length === 0) lines.push('No table, list or code block on this page.');
  else {
    const width = Math.max(4, ...page.blocks.map((b) => String(b.line).length));
    lines.push(`${'line'.padStart(width)}  ${'kind'.padEnd(16)}  role (claimed by), or why not used`);
    for (const b of page.blocks) {
      const use = b.role ? `${b.role} (${b.claimedBy ?? '?'})` : `not used: ${b.reason ?? ''}`;
      lines.push(`${String(b.line).padStart(width)}  ${kindLabel(b).padEnd(16)}  ${printable(use)}`);
      if (b.excerpt) lines.push(`${''.padStart(width)}  ${''.padEnd(16)}  ${printable(b.excerpt)}`);
    }
  }
  lines.push('');
  const list = (label: string, items: Array<{ id: string; typeName: string }>): void => {
    if (items.length) lines.push(`${label}: ${items.map((x) => `${printable(x.id)} (${printable(x.typeName)})`).join(', ')}`);
  };
  list('events', gave.events);
  list('APIs', gave.apis);
  list('structs', gave.structs);
  while (lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
