import type { Block, ParagraphBlock, TableBlock } from '../../parse/types.js';
import { tableKind } from '../param-table.js';
import { headingEnd, type Recogniser, type Section } from './section.js';

/**
 * Events named by a number in one shared envelope. Two ways the pages say which number:
 * - a sentence per section: "When the `cmd` property of an event is `1`, … the `data` property
 *   contains …", "`cmd` 为 `1` 时，… `data` 中包含以下字段"; the section is the heading's;
 * - a code table: `| 直播推流 | event_type = 1 |` rows; every code shares the page's parameter tables.
 */
export const numericCodes: Recogniser = {
  id: 'numeric-codes',
  recognise(blocks, claimed) {
    return [...fromSentences(blocks, claimed), ...fromCodeTable(blocks, claimed)];
  },
};

const IS = String.raw`(?:property\s+)?(?:of\s+(?:an?\s+|the\s+)?(?:event|callback|message)\s+)?(?:is|为|是|=|==|等于|equals?)`;
/** Every spelling IS can end in: a sentence without one of them names no code. */
const IS_WORD = /is|为|是|=|等于|equal/i;
const CONTAINS = /^\s*(?:property\s+)?(?:中\s*)?(?:contains|includes|包含|包括|has)/i;

/** `key` and its numeric value in one sentence, with the payload member when the sentence names one. */
export function codeSentence(block: ParagraphBlock): { key: string; value: number; payloadKey?: string } | undefined {
  // no digit or no word for "is": no sentence can match, and a page of many paragraphs compiles no pattern
  if (block.code.length === 0 || !/\d/.test(block.text) || !IS_WORD.test(block.text)) return undefined;
  const keys = [...new Set(block.code.map((c) => c.trim()).filter((c) => /^[A-Za-z_][\w]*$/.test(c)))];
  for (const key of keys) {
    const m = new RegExp(String.raw`(?:^|[^\w])${key}\s*${IS}\s*(-?\d+)(?!\d)`, 'i').exec(block.text);
    if (!m) continue;
    const after = block.text.slice(m.index + m[0].length);
    const payloadKey = keys.find((k) => k !== key && new RegExp(String.raw`(?:^|[^\w])${k}`).test(after) && CONTAINS.test(after.slice(after.search(new RegExp(String.raw`(?:^|[^\w])${k}`)) + k.length + 1)));
    return { key, value: Number(m[1]), ...(payloadKey ? { payloadKey } : {}) };
  }
  return undefined;
}

function fromSentences(blocks: Block[], claimed: (i: number) => boolean): Section[] {
  const found: Array<{ heading: number; sentence: number; key: string; value: number; payloadKey?: string }> = [];
  const headingsWithSentence = new Set<number>();
  // the nearest heading above and whether only prose follows it, carried along: a scan back per
  // paragraph would be quadratic on a long page
  let heading = -1;
  let onlyProse = true;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      heading = i;
      onlyProse = true;
      return;
    }
    if (block.kind !== 'paragraph') {
      if (block.kind !== 'anchor') onlyProse = false;
      return;
    }
    if (claimed(i) || heading < 0 || headingsWithSentence.has(heading)) return;
    // the sentence opens the section: nothing but prose between the heading and it
    if (!onlyProse) return;
    const code = codeSentence(block);
    if (code) {
      found.push({ heading, sentence: i, ...code });
      headingsWithSentence.add(heading);
    }
  });
  // one key names the events of a page: the one most sentences use
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  const key = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return found
    .filter((f) => f.key === key)
    .map((f) => {
      const head = blocks[f.heading] as Extract<Block, { kind: 'heading' }>;
      return {
        start: f.heading,
        end: headingEnd(blocks, f.heading),
        eventType: String(f.value),
        version: null,
        title: head.text,
        line: head.line,
        recogniser: 'numeric-codes',
        discriminator: { key: f.key, value: f.value, payloadPath: f.payloadKey ? [f.payloadKey] : [], evidence: `sentence at line ${blocks[f.sentence].line}` },
      };
    });
}

const CODE_CELL = /^`?\s*([A-Za-z_][\w]*)\s*(?:=|==|为|:)\s*`?\s*(-?\d+)\s*`?$/;

/** A table of `name | key = N` rows: each code an event, all sharing the page's parameter tables. */
function fromCodeTable(blocks: Block[], claimed: (i: number) => boolean): Section[] {
  for (const [index, block] of blocks.entries()) {
    if (block.kind !== 'table' || claimed(index) || block.rows.length === 0) continue;
    const codes = codeColumn(block);
    if (!codes) continue;
    const payloadTables = blocks.flatMap((b, k) => (b.kind === 'table' && k !== index && !claimed(k) && tableKind(b) === 'params' ? [k] : []));
    const start = 0;
    const end = blocks.length;
    return codes.rows.map((row) => ({
      start,
      end,
      eventType: String(row.value),
      version: null,
      title: row.meaning,
      alias: row.meaning,
      line: row.line,
      recogniser: 'numeric-codes',
      shared: true,
      payloadTables,
      claims: [{ index, role: `event codes of ${codes.key} (${codes.rows.map((r) => r.value).join(', ')})` }],
      discriminator: { key: codes.key, value: row.value, payloadPath: [], evidence: `code table at line ${block.line}` },
    }));
  }
  return [];
}

function codeColumn(table: TableBlock): { key: string; rows: Array<{ value: number; meaning: string; line: number }> } | undefined {
  const width = table.header.length;
  for (let col = 0; col < width; col++) {
    const parsed = table.rows.map((r) => CODE_CELL.exec(r.cells[col]?.text.trim() ?? ''));
    if (!parsed.every(Boolean)) continue;
    const keys = new Set(parsed.map((m) => m![1]));
    if (keys.size !== 1) continue;
    const meaningCol = col === 0 ? 1 : 0;
    return {
      key: parsed[0]![1],
      rows: table.rows.map((r, i) => ({ value: Number(parsed[i]![2]), meaning: r.cells[meaningCol]?.text.trim() ?? '', line: r.line })),
    };
  }
  return undefined;
}
