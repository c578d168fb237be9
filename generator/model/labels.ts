import type { Block } from '../parse/types.js';

/** Labels that introduce the event name (`**EventType**`, `#### 事件名称`). */
export const EVENT_NAME_LABEL = /^(EventType|Event\s*Type|Event\s*Name|事件名称|事件类型|回调事件)$/i;
/** Labels that introduce the event's description. */
export const SUMMARY_LABEL = /^(事件详情|事件说明|事件描述|说明|描述|Description|Event Description|Details)$/i;
/** The payload table's label (`**EventData**`, `EventData 结构定义：`). */
export const PAYLOAD_LABEL = /^(EventData|Event\s*Data|Data|回调数据|事件数据)$/i;

export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DATED = /^([A-Za-z_][A-Za-z0-9_]*)\s*[(（]\s*(\d{4}-\d{2}-\d{2})\s*[)）]$/;

/** `RecordStopped(2020-12-01)` → name and version; `RoomCreate` → name. */
export function splitDatedName(text: string): { name: string; version: string | null } | undefined {
  const t = text.replace(/[`*]/g, '').trim();
  const dated = DATED.exec(t);
  if (dated) return { name: dated[1], version: dated[2] };
  return IDENTIFIER.test(t) ? { name: t, version: null } : undefined;
}

/** A label as the docs write it: `Reason`, `` `Reason`: ``, `EventData 结构定义：`, `**RecordFile**`. */
export function labelText(text: string): string | undefined {
  // a numbered caption (`Table 3 VolumeDetail`, `表3 Tag`) labels the table by the name after it
  const t = text.replace(/[`*]/g, '').replace(/[:：]\s*$/, '').trim().replace(TABLE_CAPTION, '');
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\s*(?:结构定义|结构体?|定义|参数|说明|取值说明|取值|枚举值|structure|definition|fields|object|(?:valid\s+)?values))?$/i.exec(t);
  return m?.[1];
}

const TABLE_CAPTION = /^(?:Table|表)\s*\d+(?:[-.]\d+)*\s*[.:：]?\s*/i;

/**
 * The anchor and label just above a table (within six blocks, not past another table or code
 * block, nor above `floor`): `<a name="X">`, `**Table 3** X`, `#### X`.
 */
export function labelBefore(blocks: Block[], index: number, floor: number): { anchor?: string; label?: string } {
  let anchor: string | undefined;
  let label: string | undefined;
  // the heading the table sits under closes the search for a label: one above it labels another part
  let pastHeading = false;
  for (let k = index - 1; k >= floor && k >= index - 6; k--) {
    const b = blocks[k];
    if (b.kind === 'table' || b.kind === 'code') break;
    if (b.kind === 'anchor') anchor ??= b.id;
    else if (label === undefined && !pastHeading && isLabelBlock(b)) {
      const text = b.text.split('\n').pop() ?? '';
      const l = labelText(text) ?? labelText(b.text.split('\n')[0]);
      if (l) label = l;
      else if (b.kind === 'heading') pastHeading = true;
    }
    if (anchor && label) break;
  }
  return { anchor, label };
}

/** A block that reads as a label line: a heading, a bold paragraph, or a short single line. */
export function isLabelBlock(block: Block): block is Extract<Block, { kind: 'heading' | 'paragraph' }> {
  return block.kind === 'heading' || (block.kind === 'paragraph' && (block.strong || (!block.text.includes('\n') && block.text.length <= 40)));
}
