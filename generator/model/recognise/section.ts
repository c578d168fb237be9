import type { Block } from '../../parse/types.js';
import type { EventDiscriminator } from '../types.js';

/**
 * A stretch of a page that documents one event, as a recogniser found it. Blocks `start..end`
 * (block indexes) belong to it; tables and code blocks with a fixed role are named explicitly,
 * the rest take the default roles (first parameter table = payload, JSON code = examples).
 */
export interface Section {
  start: number;
  end: number;
  eventType: string;
  version: string | null;
  title?: string;
  line: number;
  /** Id of the recogniser that found the section (`named-section`, `numeric-codes`, …). */
  recogniser: string;
  discriminator?: EventDiscriminator;
  alias?: string;
  /** Parameter tables whose rows together are the payload (a common and a business table). */
  payloadTables?: number[];
  replyTables?: number[];
  queryTables?: number[];
  /** Code blocks that are reply examples, not callback examples. */
  replyCodes?: number[];
  /** Several sections share one stretch (one payload table for several codes). */
  shared?: boolean;
  /** Blocks the recogniser read for itself, with the role they had (a table of event codes). */
  claims?: Array<{ index: number; role: string }>;
}

/** A page-shape recogniser: finds sections in a page's blocks, leaving claimed stretches alone. */
export interface Recogniser {
  id: string;
  recognise(blocks: Block[], claimed: (index: number) => boolean): Section[];
}

/** End of a heading's section: the next heading of the same or a higher level. */
export function headingEnd(blocks: Block[], index: number): number {
  const head = blocks[index];
  const depth = head.kind === 'heading' ? head.depth : 0;
  for (let k = index + 1; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind === 'heading' && b.depth <= depth) return k;
  }
  return blocks.length;
}

/** The nearest heading above a block, or -1. */
export function headingAbove(blocks: Block[], index: number): number {
  for (let k = index - 1; k >= 0; k--) if (blocks[k].kind === 'heading') return k;
  return -1;
}

/** The dated version a heading ends with: `录制开始（2021-03-01）`, `Push started (2022-06-01)`. */
export function datedVersion(text: string | undefined): string | null {
  return text ? /[(（](\d{4}-\d{2}-\d{2})[)）]\s*$/.exec(text)?.[1] ?? null : null;
}
