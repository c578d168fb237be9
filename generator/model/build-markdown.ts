import type { Diagnostic } from '../shared/diagnostic.js';
import type { AnchorBlock, Block, CodeBlock, ParsedDoc, TableBlock } from '../parse/types.js';
import type { DocDraft, EventDraft, StructDraft } from './draft.js';
import { draftRef } from './draft.js';
import { bodyExampleOwner } from './body-examples.js';
import { enumFromValueTable } from './enum-extract.js';
import { parseExampleBlock } from './example-json.js';
import { queryKeysIn } from './query-keys.js';
import { eventFieldsFromExamples, inferMissingTypes, isJsonBlock, markEnvelope, payloadOf, readExample } from './examples.js';
import { IDENTIFIER, PAYLOAD_LABEL, SUMMARY_LABEL, isLabelBlock, labelBefore, labelText } from './labels.js';
import { columnsOf, fieldNotes, fieldsFromTable, tableKind, type FieldNotes, type TableContext } from './param-table.js';
import { readCatalogue } from './catalogue.js';
import { CoverageLedger } from './recognise/coverage.js';
import { commandCallback } from './recognise/command-callback.js';
import { namedSection } from './recognise/named-section.js';
import { numericCodes } from './recognise/numeric-codes.js';
import { headingAbove, type Recogniser, type Section } from './recognise/section.js';
import type { Field, TypeRef } from './types.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';
import { pascal } from '../shared/pascal.js';
import { pushTo } from '../shared/push-to.js';
import { linkObjectsToNamedTables } from './named-objects.js';
import { headingSubject } from './heading-subject.js';

/** Page shapes, most specific first: a stretch one recogniser claims is left alone by the next. */
export const recognisers: Recogniser[] = [commandCallback, numericCodes, namedSection];

/** Markdown pages: sections found by the recognisers, then each table and example given its role. */
export function buildFromMarkdown(doc: ParsedDoc): DocDraft {
  const { file, product, lang } = doc.source;
  const draft: DocDraft = { file, product, lang, events: [], structs: [], apis: [], catalogue: [], diagnostics: [] };
  const notes = fieldNotes();
  const blocks = doc.blocks;
  const ledger = new CoverageLedger(blocks);
  const sections: Section[] = [];
  const claimedBy = new Array<number>(blocks.length).fill(-1);
  for (const recogniser of recognisers) {
    const found = recogniser.recognise(blocks, (i) => claimedBy[i] !== -1);
    for (const section of found) {
      const index = sections.push(section) - 1;
      for (let k = section.start; k < section.end; k++) if (claimedBy[k] === -1 || section.shared) claimedBy[k] = index;
    }
    if (found.length) ledger.shape(recogniser.id);
  }
  sections.sort((a, b) => a.start - b.start || a.line - b.line);
  const inSection = new Array<number>(blocks.length).fill(-1);
  sections.forEach((s, i) => {
    for (let k = s.start; k < s.end; k++) if (inSection[k] === -1 || !s.shared) inSection[k] = i;
  });
  // tables a recogniser gave a role to: never read again as structs or value tables
  const roleTables = new Set(sections.flatMap((s) => [...(s.payloadTables ?? []), ...(s.replyTables ?? []), ...(s.queryTables ?? [])]));
  // blocks a recogniser read for itself (a code table): they say which events exist
  const codeTables = new Set<number>();
  for (const s of sections) {
    for (const c of s.claims ?? []) {
      codeTables.add(c.index);
      ledger.use(c.index, c.role, s.recogniser);
    }
  }
  reportDuplicateAnchors(blocks, draft);

  const structSection = new Map<StructDraft, number>();
  const valueTables: Array<{ table: TableBlock; anchor?: string; label?: string; section: number; index: number }> = [];
  const eventFields: Array<{ fields: Field[]; section: number }> = [];
  const eventOfSection = new Map<number, EventDraft>();

  // tables outside event sections: the catalogue, and structs shared by several events
  blocks.forEach((block, index) => {
    if (block.kind !== 'table' || (inSection[index] !== -1 && !sections[inSection[index]].shared) || roleTables.has(index) || codeTables.has(index)) return;
    const kind = tableKind(block);
    if (kind === 'catalogue') {
      draft.catalogue.push(...readCatalogue(block, file, product));
      ledger.use(index, 'catalogue', 'catalogue');
    } else if (kind === 'params') {
      const struct = addStruct(block, index, -1);
      structSection.set(struct, -1);
      ledger.shape('data-structures');
      ledger.use(index, `struct ${struct.name}`, 'data-structures');
    } else if (kind === 'values') valueTables.push({ table: block, ...labelBefore(blocks, index, 0), section: -1, index });
  });

  function addStruct(table: TableBlock, index: number, section: number, event?: string, version?: string | null): StructDraft {
    const { anchor, label } = labelBefore(blocks, index, section >= 0 ? sections[section].start : 0);
    const ctx: TableContext = { file, lang, product, event, version: version ?? undefined, diagnostics: draft.diagnostics, notes };
    const owner = nameFrom(event ?? '') ?? nameFrom(product) ?? 'Page';
    const name = label ?? (anchor ? nameFrom(anchor) : undefined) ?? `${owner}Struct${draft.structs.filter((s) => s.name.startsWith(`${owner}Struct`)).length + 1}`;
    if (!label) {
      draft.diagnostics.push(withEvent(stageDiagnostic({ code: 'struct-without-label', message: `A parameter table has no label; it was named ${name}${anchor ? ` after its anchor #${anchor}` : ''}.`, file, line: table.line, product, lang }), event, version));
    } else if (anchor && !anchorMatchesLabel(anchor, label)) {
      draft.diagnostics.push(withEvent(stageDiagnostic({ code: 'struct-anchor-label-mismatch', message: `Struct ${label} is defined under anchor #${anchor}, whose name does not match its label; it is named ${label}.`, file, line: table.line, product, lang }), event, version));
    }
    const struct: StructDraft = { key: `${file}#${table.line}`, product, name, anchors: anchor ? [anchor] : [], fields: fieldsFromTable(table, ctx), source: { file, line: table.line, lang } };
    draft.structs.push(struct);
    return struct;
  }

  sections.forEach((section, sIndex) => {
    const version = section.version ?? undefined;
    const ctx: TableContext = { file, lang, product, event: section.eventType, version, diagnostics: draft.diagnostics, notes };
    const own = (k: number): boolean => inSection[k] === sIndex || (section.shared === true && claimedBy[k] >= 0 && sections[claimedBy[k]]?.shared === true);
    const tables: Array<{ table: TableBlock; index: number }> = [];
    const codes: Array<{ block: CodeBlock; index: number }> = [];
    for (let k = section.start; k < section.end; k++) {
      const b = blocks[k];
      if (!own(k) && !section.shared) continue;
      if (b.kind === 'table' && !codeTables.has(k)) tables.push({ table: b, index: k });
      if (b.kind === 'code' && isJsonBlock(b)) codes.push({ block: b, index: k });
    }
    const explicit = section.payloadTables !== undefined;
    const params = tables.filter((t) => tableKind(t.table) === 'params' && !(section.replyTables ?? []).includes(t.index));
    const payloadTables = explicit
      ? tables.filter((t) => section.payloadTables!.includes(t.index))
      : [params.find((t) => PAYLOAD_LABEL.test(labelBefore(blocks, t.index, section.start).label ?? '')) ?? params[0]].filter((t): t is { table: TableBlock; index: number } => t !== undefined);
    const fields = mergeTables(payloadTables.map((t) => fieldsFromTable(t.table, ctx)));
    // a bare number names nothing in a report: `payload of cmd 3`, never `payload of 3`
    const target = section.shared || typeof section.discriminator?.value === 'number' ? `${section.discriminator?.key ?? 'code'} ${section.eventType}` : section.eventType;
    for (const t of payloadTables) ledger.use(t.index, `payload of ${target}`, section.recogniser);
    eventFields.push({ fields, section: sIndex });
    if (!section.shared) {
      for (const t of params) {
        if (payloadTables.includes(t) || roleTables.has(t.index)) continue;
        const struct = addStruct(t.table, t.index, sIndex, section.eventType, section.version);
        structSection.set(struct, sIndex);
        ledger.use(t.index, `struct ${struct.name}`, section.recogniser);
      }
      for (const t of tables) {
        const kind = tableKind(t.table);
        if (kind === 'values' && !roleTables.has(t.index)) valueTables.push({ table: t.table, ...labelBefore(blocks, t.index, section.start), section: sIndex, index: t.index });
        if (kind === 'catalogue' && !roleTables.has(t.index)) {
          draft.catalogue.push(...readCatalogue(t.table, file, product));
          ledger.use(t.index, 'catalogue', 'catalogue');
        }
      }
    }
    const replyCodes = new Set(section.replyCodes ?? []);
    const exampleOf = (block: CodeBlock, role: 'callback' | 'response') => {
      const { example, diagnostics } = readExample(block, role, { file, lang, product, event: section.eventType, version });
      draft.diagnostics.push(...diagnostics);
      return example;
    };
    for (const c of codes) if (!replyCodes.has(c.index) && !carriesThisEvent(c.block, section)) ledger.skip(c.index, `a JSON block in the section of ${target} whose ${section.discriminator?.key} names an event no section documents`);
    const examples = codes.filter((c) => !replyCodes.has(c.index) && carriesThisEvent(c.block, section)).map((c) => {
      ledger.use(c.index, `example of ${target}`, section.recogniser);
      return exampleOf(c.block, 'callback');
    });
    const event: EventDraft = {
      product,
      eventType: section.eventType,
      version: section.version,
      lang,
      ...(section.title ? { title: section.title } : {}),
      ...summaryOf(blocks, section),
      fields,
      examples,
      source: { file, line: section.line, lang },
      ...(section.discriminator ? { discriminator: section.discriminator } : {}),
      ...(section.alias ? { alias: section.alias } : {}),
    };
    if (section.replyTables?.length || replyCodes.size) {
      const replyTables = tables.filter((t) => section.replyTables?.includes(t.index));
      for (const t of replyTables) ledger.use(t.index, `reply of ${target}`, section.recogniser);
      const replyExamples = codes.filter((c) => replyCodes.has(c.index)).map((c) => {
        ledger.use(c.index, `reply example of ${target}`, section.recogniser);
        return exampleOf(c.block, 'response');
      });
      const replyFields = mergeTables(replyTables.map((t) => fieldsFromTable(t.table, ctx)));
      inferMissingTypes(replyFields, replyExamples.map((e) => payloadOf(e)), notes.untyped);
      eventFields.push({ fields: replyFields, section: sIndex });
      event.reply = { fields: replyFields, examples: replyExamples, sources: replyTables.map((t) => ({ file, line: t.table.line, lang })) };
    }
    if (section.queryTables?.length) {
      const queryTables = tables.filter((t) => section.queryTables!.includes(t.index));
      for (const t of queryTables) ledger.use(t.index, `query parameters of ${target}`, section.recogniser);
      const query = mergeTables(queryTables.map((t) => fieldsFromTable(t.table, ctx, { untypedAs: { kind: 'string' }, flatNames: true })));
      // rows the sample URL does not carry as parameters are URL parts (scheme, host), not parameters
      const keys = queryKeysIn(blocks.slice(section.start, section.end));
      event.query = keys.size ? query.filter((f) => keys.has(f.name)) : query;
    }
    if (payloadTables.length === 0) {
      const inferred = eventFieldsFromExamples(examples, section.discriminator?.key ?? guessDiscriminator(examples, section.eventType), section.eventType);
      if (inferred.length) {
        event.fields = inferred;
        eventFields[eventFields.length - 1 - (event.reply ? 1 : 0)].fields = inferred;
        draft.diagnostics.push(withEvent(stageDiagnostic({ code: 'event-typed-from-examples', message: `Event ${section.eventType} has no parameter table; its ${inferred.length} fields are typed from its ${examples.length} example(s), every one marked inferred and optional.`, file, line: section.line, product, lang }), section.eventType, section.version));
      } else {
        draft.diagnostics.push(withEvent(stageDiagnostic({ code: 'event-without-table', message: `Event ${section.eventType} has no parameter table; its payload is typed from the example, or unknown.`, file, line: section.line, product, lang }), section.eventType, section.version));
      }
    }
    for (const x of examples) markEnvelope(x, fields.map((f) => f.name), section.eventType);
    const discriminator = withPayloadShown(section.discriminator, examples);
    if (discriminator) event.discriminator = discriminator;
    addDiscriminatorField(event, section, discriminator, ctx);
    draft.events.push(event);
    eventOfSection.set(sIndex, event);
  });

  // a whole body shown outside every section ("Request body example") that names one section's event
  blocks.forEach((block, index) => {
    if (block.kind !== 'code' || inSection[index] !== -1 || !isJsonBlock(block)) return;
    const owner = bodyExampleOwner(block, sections);
    const event = owner === undefined ? undefined : eventOfSection.get(owner);
    if (!event || owner === undefined) return;
    const section = sections[owner];
    const { example, diagnostics } = readExample(block, 'callback', { file, lang, product, event: section.eventType, version: section.version ?? undefined });
    draft.diagnostics.push(...diagnostics);
    // the section names the payload member: the body is the envelope around it
    const d = section.discriminator;
    const shown = example.value ?? example.repaired;
    if (d?.payloadPath.length === 1 && (example.kind === 'payload' || example.kind === 'envelope') && shown !== null && typeof shown === 'object' && d.payloadPath[0] in shown) {
      example.kind = 'envelope';
      example.envelope = { discriminator: d.key, payload: d.payloadPath[0] };
    } else markEnvelope(example, event.fields.map((f) => f.name), section.eventType);
    event.examples.push(example);
    ledger.use(index, `example of ${section.discriminator?.key ?? 'code'} ${section.eventType} (its ${section.discriminator?.key} names it)`, section.recogniser);
  });

  // value tables become enums of the field that links to them, or whose name they carry
  const allFieldSets: Array<{ fields: Field[]; section: number }> = [...eventFields, ...[...structSection].map(([s, section]) => ({ fields: s.fields, section }))];
  for (const vt of valueTables) {
    const target = findValueTableField(vt, allFieldSets, notes);
    if (!target) {
      draft.diagnostics.push(stageDiagnostic({ code: 'orphan-value-table', message: `A value table${vt.label ? ` labelled ${vt.label}` : ''}${vt.anchor ? ` (#${vt.anchor})` : ''} is not linked to any field; it was not used.`, file, line: vt.table.line, product, lang }));
      ledger.skip(vt.index, 'a value table no field links to or is named after');
      continue;
    }
    const c = columnsOf(vt.table);
    const rows = vt.table.rows.map((r) => ({ value: r.cells[c.get('value') ?? 0]?.text ?? '', meaning: r.cells[c.get('meaning') ?? c.get('description') ?? 1]?.text ?? '' }));
    const spec = enumFromValueTable(rows, target.type, lang, vt.table.line);
    if (spec) target.enum = spec;
    ledger.use(vt.index, `values of ${target.name}`, 'value-table');
  }

  resolveAnchors(draft, sections, structSection, eventFields);
  const tableIndex = new Map(blocks.flatMap((b, i) => (b.kind === 'table' ? [[b.line, i] as const] : [])));
  const titleOf = (s: StructDraft): string[] => {
    const heading = headingAbove(blocks, tableIndex.get(s.source.line) ?? -1);
    const text = heading >= 0 ? (blocks[heading] as { text: string }).text : '';
    // `## 事件信息说明` documents the object of `EventInfo | JSON Object | 事件信息` too
    return [text, headingSubject(text)];
  };
  linkObjectsToNamedTables(draft.structs, [...eventFields.map((e) => e.fields), ...draft.structs.map((s) => s.fields)], titleOf);
  for (const event of draft.events) inferMissingTypes(event.fields, event.examples.map((e) => payloadOf(e)), notes.untyped);
  draft.coverage = ledger.result();
  return draft;
}

/** An example that names another event with the section's discriminator belongs to that event. */
function carriesThisEvent(block: CodeBlock, section: Section): boolean {
  const d = section.discriminator;
  if (!d || !section.shared) return true;
  const parsed = parseExampleBlock(block);
  const body = parsed.value ?? parsed.repaired;
  if (body === null || typeof body !== 'object' || Array.isArray(body) || !(d.key in body)) return true;
  return (body as Record<string, unknown>)[d.key] === d.value;
}

/** Rows of several tables of one role (a common and a business table) as one field list; the first row of a name stands. */
function mergeTables(lists: Field[][]): Field[] {
  const out: Field[] = [];
  const names = new Set<string>();
  for (const list of lists) {
    for (const f of list) {
      if (names.has(f.name)) continue;
      names.add(f.name);
      out.push(f);
    }
  }
  return out;
}

/**
 * The body names its event with the discriminator: when the payload's fields are the body's own
 * (no payload member), the field carries exactly this event's value. A code table documents the
 * key without a row for it: the field is added, documented by that table.
 */
/**
 * A code the prose names without the member that holds the fields ("EventType 为 101", no "`Payload`
 * 包含"): the member every example of the section wraps the documented fields in, beside that key.
 */
function withPayloadShown(d: Section['discriminator'], examples: EventDraft['examples']): Section['discriminator'] {
  if (!d || d.payloadPath.length > 0 || examples.length === 0) return d;
  const members = new Set(examples.map((x) => (x.kind === 'envelope' && x.envelope?.discriminator === d.key ? x.envelope.payload : undefined)));
  const [payload] = members;
  return members.size === 1 && payload !== undefined ? { ...d, payloadPath: [payload], evidence: `${d.evidence}; the examples carry the fields in ${payload}` } : d;
}

function addDiscriminatorField(event: EventDraft, section: Section, d: Section['discriminator'], ctx: TableContext): void {
  if (!d || d.payloadPath.length > 0) return;
  const existing = event.fields.find((f) => f.name === d.key);
  const enumSpec = { values: [{ value: d.value }], closed: true, source: 'description' as const, line: section.line };
  if (existing) {
    existing.enum = enumSpec;
    return;
  }
  event.fields.unshift({
    name: d.key,
    type: typeof d.value === 'number' ? { kind: 'integer' } : { kind: 'string' },
    typeSource: 'documented',
    required: true,
    requiredReason: `names the event (${d.evidence})`,
    nullable: false,
    description: { [ctx.lang]: section.alias ?? section.title ?? `${d.key} = ${d.value}` },
    enum: enumSpec,
    sources: [{ file: ctx.file, line: section.line, lang: ctx.lang }],
  });
}

/** A top-level key whose value in some example is the event's own name: that is how the body names it. */
function guessDiscriminator(examples: EventDraft['examples'], eventType: string): string | undefined {
  for (const ex of examples) {
    const found = findKeyWithValue(ex.value ?? ex.repaired, eventType, 0);
    if (found) return found;
  }
  return undefined;
}

function findKeyWithValue(value: unknown, wanted: string, depth: number): string | undefined {
  if (depth > 8 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const k = findKeyWithValue(v, wanted, depth + 1);
      if (k) return k;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(value)) if (v === wanted) return k;
  for (const v of Object.values(value)) {
    const k = findKeyWithValue(v, wanted, depth + 1);
    if (k) return k;
  }
  return undefined;
}

function summaryOf(blocks: Block[], section: Section): { summary?: string } {
  for (let k = section.start; k < section.end; k++) {
    const b = blocks[k];
    if (!isLabelBlock(b) || !SUMMARY_LABEL.test(b.text.split('\n')[0].replace(/[*:：]/g, '').trim())) continue;
    const parts: string[] = [];
    const inline = b.text.split('\n').slice(1).join('\n').trim();
    if (inline) parts.push(inline);
    for (let j = k + 1; j < section.end; j++) {
      const p = blocks[j];
      if (p.kind === 'anchor') continue;
      if (p.kind !== 'paragraph' || p.strong || labelText(p.text) !== undefined) break;
      parts.push(p.text);
    }
    if (parts.length) return { summary: parts.join('\n') };
  }
  return {};
}

/** Nearest anchor and label above a table, not crossing another table or code block. */
function anchorMatchesLabel(anchor: string, label: string): boolean {
  const letters = anchor.replace(/[^a-z]/gi, '').toLowerCase();
  const name = label.toLowerCase();
  return letters === '' || name.includes(letters) || letters.includes(name);
}

/** A struct name from an anchor or event name, when it makes an identifier (words without letters dropped). */
function nameFrom(anchor: string): string | undefined {
  if (anchor === '') return undefined;
  const name = pascal(anchor, (w) => /[A-Za-z]/.test(w));
  return IDENTIFIER.test(name) ? name : undefined;
}

function withEvent(d: Diagnostic, event: string | undefined, version: string | null | undefined): Diagnostic {
  return { ...d, ...(event ? { event } : {}), ...(version ? { version } : {}) };
}

function reportDuplicateAnchors(blocks: Block[], draft: DocDraft): void {
  const first = new Map<string, AnchorBlock>();
  for (const b of blocks) {
    if (b.kind !== 'anchor') continue;
    const prev = first.get(b.id);
    if (!prev) first.set(b.id, b);
    else {
      draft.diagnostics.push(stageDiagnostic({ code: 'duplicate-anchor', message: `Anchor #${b.id} is defined again (first at line ${prev.line}); links to it resolve to the definition nearest in the same section.`, file: draft.file, line: b.line, product: draft.product, lang: draft.lang }));
    }
  }
}

function findValueTableField(vt: { anchor?: string; label?: string; section: number }, sets: Array<{ fields: Field[]; section: number }>, notes: FieldNotes): Field | undefined {
  const ordered = [...sets.filter((s) => s.section === vt.section), ...sets.filter((s) => s.section !== vt.section)];
  if (vt.anchor) {
    for (const set of ordered) for (const f of walk(set.fields)) if (notes.links.get(f)?.includes(vt.anchor)) return f;
  }
  if (vt.label) {
    for (const set of sets.filter((s) => s.section === vt.section)) for (const f of walk(set.fields)) if (f.name === vt.label && !f.enum) return f;
  }
  return undefined;
}

function* walk(fields: Field[]): Generator<Field> {
  for (const f of fields) {
    yield f;
    if (f.type.kind === 'object') yield* walk(f.type.fields);
  }
}

/** `(#anchor)` references resolve to the definition nearest in the same section, then anywhere in the page. */
function resolveAnchors(draft: DocDraft, sections: Section[], structSection: Map<StructDraft, number>, eventFields: Array<{ fields: Field[]; section: number }>): void {
  const byAnchor = new Map<string, StructDraft[]>();
  for (const s of draft.structs) for (const a of s.anchors) pushTo(byAnchor, a, s);
  const fix = (fields: Field[], section: number, line: number): void => {
    for (const f of walk(fields)) f.type = resolveType(f.type, f, section, line);
  };
  const resolveType = (type: TypeRef, field: Field, section: number, line: number): TypeRef => {
    if (type.kind === 'array') return { kind: 'array', items: resolveType(type.items, field, section, line) };
    if (type.kind !== 'ref' || !type.struct.startsWith('anchor:')) return type;
    const id = type.struct.slice('anchor:'.length);
    // a heading is an anchor too on doc sites (`## RecordParam` answers `#RecordParam`)
    const candidates = byAnchor.get(id) ?? draft.structs.filter((s) => s.name.toLowerCase() === id.toLowerCase());
    const same = candidates.filter((c) => structSection.get(c) === section);
    const pool = same.length ? same : candidates;
    const target = pool.slice().sort((a, b) => Math.abs(a.source.line - line) - Math.abs(b.source.line - line))[0];
    const sectionInfo = section >= 0 ? sections[section] : undefined;
    const where = { file: draft.file, line: field.sources[0].line, product: draft.product, lang: draft.lang, field: field.name, ...(sectionInfo ? { event: sectionInfo.eventType } : {}), ...(sectionInfo?.version ? { version: sectionInfo.version } : {}) };
    if (!target) {
      draft.diagnostics.push(stageDiagnostic({ ...where, code: 'unresolved-anchor', message: `${field.name} refers to #${id}, which no table in the page defines; it is typed as unknown.` }));
      return { kind: 'unknown' };
    }
    const linkLabel = /\[([^\]]*)\]\(#/.exec(field.typeSpelling ?? '')?.[1]?.replace(/[`*]/g, '').trim();
    if (linkLabel && IDENTIFIER.test(linkLabel) && linkLabel !== target.name) {
      draft.diagnostics.push(stageDiagnostic({ ...where, code: 'struct-reference-label-mismatch', message: `${field.name} links to #${id} as ${linkLabel}, but the table there is labelled ${target.name}; the field uses ${target.name}.` }));
    }
    return { kind: 'ref', struct: draftRef(target.key) };
  };
  for (const { fields, section } of eventFields) fix(fields, section, sections[section].line);
  for (const [struct, section] of structSection) fix(struct.fields, section, struct.source.line);
}
