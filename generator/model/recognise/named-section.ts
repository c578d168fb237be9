import type { Block } from '../../parse/types.js';
import { EVENT_NAME_LABEL, splitDatedName } from '../labels.js';
import { tableKind } from '../param-table.js';
import { isStructSection } from './data-structures.js';
import { datedVersion, type Recogniser, type Section } from './section.js';

/**
 * The seeds' shape: one section per event, found from its name label (`**EventType**`,
 * `#### 事件名称`) and its value, or from a heading that is an event name and holds a parameter
 * table. The section is the owning heading's; its first parameter table is the payload.
 */
export const namedSection: Recogniser = {
  id: 'named-section',
  recognise: findEventSections,
};

function findEventSections(blocks: Block[], claimed: (index: number) => boolean): Section[] {
  const sections: Section[] = [];
  const owners = new Set<number>();
  const headingAt = (i: number): number => {
    for (let k = i; k >= 0; k--) if (blocks[k].kind === 'heading') return k;
    return -1;
  };
  const ownerOf = (labelIndex: number): number => {
    const label = blocks[labelIndex];
    if (label.kind === 'heading') {
      for (let k = labelIndex - 1; k >= 0; k--) {
        const b = blocks[k];
        if (b.kind === 'heading' && b.depth < label.depth) return k;
      }
      return -1;
    }
    return headingAt(labelIndex);
  };
  const endOf = (owner: number): number => {
    const depth = (blocks[owner] as { depth: number }).depth;
    for (let k = owner + 1; k < blocks.length; k++) {
      const b = blocks[k];
      if (b.kind === 'heading' && b.depth <= depth) return k;
    }
    return blocks.length;
  };
  const markers: Array<{ index: number; name: string; version: string | null }> = [];
  blocks.forEach((block, i) => {
    if ((block.kind !== 'heading' && block.kind !== 'paragraph') || claimed(i)) return;
    const lines = block.text.split('\n');
    // `事件名称：UserLogin`, `**Event name**: UserLogin`: the label and its value on one line
    const inline = INLINE_NAME.exec(lines[0]);
    if (!inline && !EVENT_NAME_LABEL.test(lines[0].replace(/[*`:：]/g, '').trim())) return;
    let value = inline ? inline[2].trim() : lines.slice(1).join(' ').trim();
    if (!value) {
      const next = blocks[i + 1];
      if (next && (next.kind === 'paragraph' || next.kind === 'code')) value = next.text.trim();
    }
    const named = splitDatedName(value.split(/\s+/)[0] ?? '');
    if (named) markers.push({ index: i, ...named });
  });
  for (const marker of markers) {
    const owner = ownerOf(marker.index);
    if (owner >= 0 && owners.has(owner)) continue;
    const heading = owner >= 0 ? (blocks[owner] as { text: string; line: number }) : undefined;
    const fromHeading = heading ? splitDatedName(heading.text) : undefined;
    const start = owner >= 0 ? owner : marker.index;
    const end = owner >= 0 ? endOf(owner) : nextMarkerStart(markers, marker.index, blocks.length);
    if (owner >= 0) owners.add(owner);
    sections.push({
      recogniser: 'named-section',
      start,
      end,
      eventType: marker.name,
      version: marker.version ?? (fromHeading?.name === marker.name ? fromHeading.version : null) ?? datedVersion(heading?.text),
      title: heading && !fromHeading ? heading.text : undefined,
      line: heading?.line ?? (blocks[marker.index] as { line: number }).line,
    });
  }
  // headings that are an event name on their own and hold a parameter table
  blocks.forEach((block, i) => {
    if (block.kind !== 'heading' || owners.has(i) || claimed(i)) return;
    const named = splitDatedName(block.text);
    if (!named || PAGE_PART.test(named.name)) return;
    const end = endOf(i);
    if (isStructSection(blocks, i, end) || namesFieldOutside(blocks, named.name, i, end)) return;
    const inside = sections.some((s) => i > s.start && i < s.end);
    const hasParams = blocks.slice(i + 1, end).some((b, k) => b.kind === 'table' && tableKind(b) === 'params' && !(blocks.slice(i + 1, i + 1 + k).some((x) => x.kind === 'heading')));
    if (inside || !hasParams) return;
    owners.add(i);
    sections.push({ recogniser: 'named-section', start: i, end, eventType: named.name, version: named.version, line: block.line });
  });
  return sections.sort((a, b) => a.start - b.start);
}

const INLINE_NAME = new RegExp(`^[*\`\\s]*${EVENT_NAME_LABEL.source.slice(1, -1)}[*\`\\s]*[:：]\\s*(\\S.*)$`, 'i');

/** Words for a part of a page (`### Parameters`, `## Example`): an identifier, but never an event's name. */
const PAGE_PART = /^(?:parameters?|params?|fields?|request|response|reply|body|payload|examples?|samples?|overview|description|introduction|notes?|headers?|returns?|errors?|callbacks?|events?|definitions?|structures?|contents|members|properties|attributes)$/i;

/**
 * The heading is the name of a field of a parameter table outside its section (`### EventInfo`
 * under a table with a row `EventInfo | JSON Object`): it documents that field's object, not an event.
 */
function namesFieldOutside(blocks: Block[], name: string, start: number, end: number): boolean {
  return blocks.some((b, k) => (k < start || k >= end) && b.kind === 'table' && tableKind(b) === 'params' && b.rows.some((r) => r.cells[0]?.text.trim() === name));
}

function nextMarkerStart(markers: Array<{ index: number }>, index: number, fallback: number): number {
  return markers.find((m) => m.index > index)?.index ?? fallback;
}
