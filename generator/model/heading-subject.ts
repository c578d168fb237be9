/**
 * What a heading is about, without the word that says it explains or lists it: `事件类型说明` →
 * `事件类型`, `事件信息字段说明` → `事件信息`, `Event Type List` → `Event Type`. Headings over a
 * table of codes or of an object's fields add such words; the row that points at the table does not.
 */
export function headingSubject(text: string): string {
  const trimmed = text.replace(/[*`]/g, '').trim();
  const zh = trimmed.replace(/(?:的)?(?:(?:字段|参数|结构)(?:说明|列表|定义|描述)?|说明|介绍|列表|一览表?|定义|详情|描述|解释)$/u, '').trim();
  if (zh !== trimmed) return zh;
  return trimmed.replace(/^the\s+/i, '').replace(/\s+(?:descriptions?|list|definitions?|details|fields|parameters|table|values|overview)$/i, '').trim();
}
