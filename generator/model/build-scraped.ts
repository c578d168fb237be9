import type { ParsedDoc, TableBlock } from '../parse/types.js';
import { fixedValueRows } from './recognise/command-callback.js';
import type { DocDraft, EventDraft } from './draft.js';
import { inferMissingTypes, isJsonBlock, markEnvelope, payloadOf, readExample } from './examples.js';
import { readBodyShape } from './profile/body-shape.js';
import { fieldNotes, fieldsFromTable, tableKind } from './param-table.js';
import { CoverageLedger } from './recognise/coverage.js';
import type { EventDiscriminator, Example } from './types.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';

/**
 * Scraped callback pages have no headings: each parameter table is followed by its JSON
 * example(s), and the event name lives only in the example's `EventType`.
 */
export function buildFromScrapedText(doc: ParsedDoc): DocDraft {
  const { file, product, lang } = doc.source;
  const draft: DocDraft = { file, product, lang, events: [], structs: [], apis: [], catalogue: [], diagnostics: [] };
  const notes = fieldNotes();
  const blocks = doc.blocks;
  const ledger = new CoverageLedger(blocks);
  for (let i = 0; i < blocks.length; i++) {
    const table = blocks[i];
    if (table.kind !== 'table' || tableKind(table) !== 'params') continue;
    const codes = [];
    const codeIndexes: number[] = [];
    for (let k = i + 1; k < blocks.length && blocks[k].kind !== 'table'; k++) {
      const b = blocks[k];
      if (b.kind === 'code' && isJsonBlock(b)) {
        codes.push(b);
        codeIndexes.push(k);
      }
    }
    const examples: Example[] = [];
    const exampleDiagnostics = [];
    for (const code of codes) {
      const read = readExample(code, 'callback', { file, lang, product });
      examples.push(read.example);
      exampleDiagnostics.push(...read.diagnostics);
    }
    const documented = table.rows.map((r) => r.cells[0]?.text.replace(/[`*]/g, '').trim() ?? '').filter(Boolean);
    const named = eventTypeOf(examples, documented);
    const fixed = named === undefined ? fixedCommand(table, examples) : undefined;
    const eventType = named ?? (fixed ? String(fixed.value) : undefined);
    if (!eventType) {
      draft.diagnostics.push(stageDiagnostic({ code: 'event-name-missing', message: 'A parameter table has no example whose body names its event (a key with the event name beside the member that holds the table\'s fields), so the event cannot be named; the table was skipped.', file, line: table.line, product, lang }));
      draft.diagnostics.push(...exampleDiagnostics);
      ledger.skip(i, 'a parameter table with no example whose body names its event (event-name-missing)');
      for (const k of codeIndexes) ledger.skip(k, 'an example after a parameter table whose event has no name');
      continue;
    }
    ledger.shape('scraped-text');
    ledger.use(i, `payload of ${eventType}`, 'scraped-text');
    for (const k of codeIndexes) ledger.use(k, `example of ${eventType}`, 'scraped-text');
    draft.diagnostics.push(...exampleDiagnostics.map((d) => ({ ...d, event: eventType })));
    const fields = fieldsFromTable(table, { file, lang, product, event: eventType, diagnostics: draft.diagnostics, notes });
    for (const x of examples) markEnvelope(x, fields.map((f) => f.name), eventType);
    inferMissingTypes(fields, examples.map((e) => payloadOf(e)), notes.untyped);
    const event: EventDraft = { product, eventType, version: null, lang, fields, examples, source: { file, line: table.line, lang }, ...(fixed ? { discriminator: fixed } : {}) };
    if (fixed) {
      const row = fields.find((f) => f.name === fixed.key);
      if (row) row.enum = { values: [{ value: fixed.value }], closed: true, source: 'description', line: table.line };
    }
    draft.events.push(event);
  }
  draft.coverage = ledger.result();
  return draft;
}

/**
 * A flat body (no payload member) names its event by a row whose value the table says is fixed
 * (`EventType | String | 固定为 TranscodeComplete`) and the example carries at its top level.
 */
function fixedCommand(table: TableBlock, examples: Example[]): EventDiscriminator | undefined {
  for (const row of fixedValueRows(table)) {
    const carried = examples.map((e) => e.value ?? e.repaired).find((v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && String((v as Record<string, unknown>)[row.key]) === row.value);
    if (!carried) continue;
    const value = carried[row.key];
    return { key: row.key, value: typeof value === 'number' ? value : row.value, payloadPath: [], evidence: `fixed value in the row at line ${row.line}, carried by the example` };
  }
  return undefined;
}

/**
 * The event a table documents is named only in its example's body (no heading on scraped pages);
 * readBodyShape takes only a value spelled like a name, so the name is always an identifier.
 */
function eventTypeOf(examples: Example[], documented: string[]): string | undefined {
  for (const e of examples) {
    const shape = readBodyShape(e.value ?? e.repaired, documented);
    if (shape) return shape.eventType;
  }
  return undefined;
}
