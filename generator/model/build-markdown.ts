import type { Diagnostic } from '../shared/diagnostic.js';
import type { AnchorBlock, Block, CodeBlock, ParsedDoc, TableBlock } from '../parse/types.js';
import type { DocDraft, EventDraft, StructDraft } from './draft.js';
import { draftRef } from './draft.js';
import { enumFromValueTable } from './enum-extract.js';
import { inferMissingTypes, isJsonBlock, payloadOf, readExample } from './examples.js';
import { EVENT_NAME_LABEL, IDENTIFIER, PAYLOAD_LABEL, SUMMARY_LABEL, isLabelBlock, labelText, splitDatedName } from './labels.js';
import { columnsOf, descriptionLinks, fieldsFromTable, tableKind, type TableContext } from './param-table.js';
import { readCatalogue } from './catalogue.js';
import type { Field, TypeRef } from './types.js';

interface Section {
  start: number;
  end: number;
  eventType: string;
  version: string | null;
  title?: string;
  line: number;
}

/** Markdown pages: one section per event, found from its name label or its heading. */
export function buildFromMarkdown(doc: ParsedDoc): DocDraft {
  const { file, product, lang } = doc.source;
  const draft: DocDraft = { file, product, lang, events: [], structs: [], apis: [], catalogue: [], diagnostics: [] };
  const blocks = doc.blocks;
  const sections = findEventSections(blocks);
  const inSection = new Array<number>(blocks.length).fill(-1);
  sections.forEach((s, i) => {
    for (let k = s.start; k < s.end; k++) inSection[k] = i;
  });
  reportDuplicateAnchors(blocks, draft);

  const structSection = new Map<StructDraft, number>();
  const valueTables: Array<{ table: TableBlock; anchor?: string; label?: string; section: number }> = [];
  const eventFields: Array<{ fields: Field[]; section: number }> = [];

  // tables outside event sections: the catalogue, and structs shared by several events
  blocks.forEach((block, index) => {
    if (block.kind !== 'table' || inSection[index] !== -1) return;
    const kind = tableKind(block);
    if (kind === 'catalogue') draft.catalogue.push(...readCatalogue(block, file, product));
    else if (kind === 'params') structSection.set(addStruct(block, index, -1), -1);
    else if (kind === 'values') valueTables.push({ table: block, ...lookBack(blocks, index, 0), section: -1 });
  });

  function addStruct(table: TableBlock, index: number, section: number, event?: string, version?: string | null): StructDraft {
    const { anchor, label } = lookBack(blocks, index, section >= 0 ? sections[section].start : 0);
    const ctx: TableContext = { file, lang, product, event, version: version ?? undefined, diagnostics: draft.diagnostics };
    const name = label ?? (anchor ? pascal(anchor) : undefined) ?? `${event ?? 'Anonymous'}Struct${draft.structs.length + 1}`;
    if (!label) {
      draft.diagnostics.push(withEvent({ code: 'struct-without-label', severity: 'warning', message: `A parameter table has no label; it was named ${name}${anchor ? ` after its anchor #${anchor}` : ''}.`, file, line: table.line, product, lang }, event, version));
    } else if (anchor && !anchorMatchesLabel(anchor, label)) {
      draft.diagnostics.push(withEvent({ code: 'struct-anchor-label-mismatch', severity: 'info', message: `Struct ${label} is defined under anchor #${anchor}, whose name does not match its label; it is named ${label}.`, file, line: table.line, product, lang }, event, version));
    }
    const struct: StructDraft = { key: `${file}#${table.line}`, product, name, anchors: anchor ? [anchor] : [], fields: fieldsFromTable(table, ctx), source: { file, line: table.line, lang } };
    draft.structs.push(struct);
    return struct;
  }

  sections.forEach((section, sIndex) => {
    const version = section.version ?? undefined;
    const ctx: TableContext = { file, lang, product, event: section.eventType, version, diagnostics: draft.diagnostics };
    const tables: Array<{ table: TableBlock; index: number }> = [];
    const codes: CodeBlock[] = [];
    for (let k = section.start; k < section.end; k++) {
      const b = blocks[k];
      if (b.kind === 'table') tables.push({ table: b, index: k });
      if (b.kind === 'code' && isJsonBlock(b)) codes.push(b);
    }
    const params = tables.filter((t) => tableKind(t.table) === 'params');
    const payloadTable = params.find((t) => PAYLOAD_LABEL.test(lookBack(blocks, t.index, section.start).label ?? '')) ?? params[0];
    const fields = payloadTable ? fieldsFromTable(payloadTable.table, ctx) : [];
    eventFields.push({ fields, section: sIndex });
    for (const t of params) if (t !== payloadTable) structSection.set(addStruct(t.table, t.index, sIndex, section.eventType, section.version), sIndex);
    for (const t of tables) {
      const kind = tableKind(t.table);
      if (kind === 'values') valueTables.push({ table: t.table, ...lookBack(blocks, t.index, section.start), section: sIndex });
      if (kind === 'catalogue') draft.catalogue.push(...readCatalogue(t.table, file, product));
    }
    const examples = codes.map((code) => {
      const { example, diagnostics } = readExample(code, 'callback', { file, lang, product, event: section.eventType, version });
      draft.diagnostics.push(...diagnostics);
      return example;
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
    };
    if (!payloadTable) {
      draft.diagnostics.push(withEvent({ code: 'event-without-table', severity: 'warning', message: `Event ${section.eventType} has no parameter table; its payload is typed from the example, or unknown.`, file, line: section.line, product, lang }, section.eventType, section.version));
    }
    draft.events.push(event);
  });

  // value tables become enums of the field that links to them, or whose name they carry
  const allFieldSets: Array<{ fields: Field[]; section: number }> = [...eventFields, ...[...structSection].map(([s, section]) => ({ fields: s.fields, section }))];
  for (const vt of valueTables) {
    const target = findValueTableField(vt, allFieldSets);
    if (!target) {
      draft.diagnostics.push({ code: 'orphan-value-table', severity: 'info', message: `A value table${vt.label ? ` labelled ${vt.label}` : ''}${vt.anchor ? ` (#${vt.anchor})` : ''} is not linked to any field; it was not used.`, file, line: vt.table.line, product, lang });
      continue;
    }
    const c = columnsOf(vt.table);
    const rows = vt.table.rows.map((r) => ({ value: r.cells[c.get('value') ?? 0]?.text ?? '', meaning: r.cells[c.get('meaning') ?? c.get('description') ?? 1]?.text ?? '' }));
    const spec = enumFromValueTable(rows, target.type, lang, vt.table.line);
    if (spec) target.enum = spec;
  }

  resolveAnchors(draft, sections, structSection, eventFields);
  for (const [index, event] of draft.events.entries()) {
    inferMissingTypes(event.fields, event.examples.map(payloadOf));
    void index;
  }
  return draft;
}

function findEventSections(blocks: Block[]): Section[] {
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
    if (block.kind !== 'heading' && block.kind !== 'paragraph') return;
    const lines = block.text.split('\n');
    if (!EVENT_NAME_LABEL.test(lines[0].replace(/[*`:：]/g, '').trim())) return;
    let value = lines.slice(1).join(' ').trim();
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
      start,
      end,
      eventType: marker.name,
      version: marker.version ?? (fromHeading?.name === marker.name ? fromHeading.version : null) ?? datedSuffix(heading?.text),
      title: heading && !fromHeading ? heading.text : undefined,
      line: heading?.line ?? (blocks[marker.index] as { line: number }).line,
    });
  }
  // headings that are an event name on their own and hold a parameter table
  blocks.forEach((block, i) => {
    if (block.kind !== 'heading' || owners.has(i)) return;
    const named = splitDatedName(block.text);
    if (!named) return;
    const end = endOf(i);
    const inside = sections.some((s) => i > s.start && i < s.end);
    const hasParams = blocks.slice(i + 1, end).some((b, k) => b.kind === 'table' && tableKind(b) === 'params' && !(blocks.slice(i + 1, i + 1 + k).some((x) => x.kind === 'heading')));
    if (inside || !hasParams) return;
    owners.add(i);
    sections.push({ start: i, end, eventType: named.name, version: named.version, line: block.line });
  });
  return sections.sort((a, b) => a.start - b.start);
}

function nextMarkerStart(markers: Array<{ index: number }>, index: number, fallback: number): number {
  return markers.find((m) => m.index > index)?.index ?? fallback;
}

function datedSuffix(text: string | undefined): string | null {
  return text ? /[(（](\d{4}-\d{2}-\d{2})[)）]\s*$/.exec(text)?.[1] ?? null : null;
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
function lookBack(blocks: Block[], index: number, floor: number): { anchor?: string; label?: string } {
  let anchor: string | undefined;
  let label: string | undefined;
  for (let k = index - 1; k >= floor && k >= index - 6; k--) {
    const b = blocks[k];
    if (b.kind === 'table' || b.kind === 'code') break;
    if (b.kind === 'anchor') anchor ??= b.id;
    else if (label === undefined && isLabelBlock(b)) {
      const text = b.text.split('\n').pop() ?? '';
      const l = labelText(text) ?? labelText(b.text.split('\n')[0]);
      if (l) label = l;
    }
    if (anchor && label) break;
  }
  return { anchor, label };
}

function anchorMatchesLabel(anchor: string, label: string): boolean {
  const letters = anchor.replace(/[^a-z]/gi, '').toLowerCase();
  const name = label.toLowerCase();
  return letters === '' || name.includes(letters) || letters.includes(name);
}

function pascal(anchor: string): string | undefined {
  const words = anchor.split(/[^A-Za-z0-9]+/).filter((w) => /[A-Za-z]/.test(w));
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
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
      draft.diagnostics.push({ code: 'duplicate-anchor', severity: 'warning', message: `Anchor #${b.id} is defined again (first at line ${prev.line}); links to it resolve to the definition nearest in the same section.`, file: draft.file, line: b.line, product: draft.product, lang: draft.lang });
    }
  }
}

function findValueTableField(vt: { anchor?: string; label?: string; section: number }, sets: Array<{ fields: Field[]; section: number }>): Field | undefined {
  const ordered = [...sets.filter((s) => s.section === vt.section), ...sets.filter((s) => s.section !== vt.section)];
  if (vt.anchor) {
    for (const set of ordered) for (const f of walk(set.fields)) if (descriptionLinks.get(f)?.includes(vt.anchor)) return f;
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
  for (const s of draft.structs) for (const a of s.anchors) byAnchor.set(a, [...(byAnchor.get(a) ?? []), s]);
  const fix = (fields: Field[], section: number, line: number): void => {
    for (const f of walk(fields)) f.type = resolveType(f.type, f, section, line);
  };
  const resolveType = (type: TypeRef, field: Field, section: number, line: number): TypeRef => {
    if (type.kind === 'array') return { kind: 'array', items: resolveType(type.items, field, section, line) };
    if (type.kind !== 'ref' || !type.struct.startsWith('anchor:')) return type;
    const id = type.struct.slice('anchor:'.length);
    const candidates = byAnchor.get(id) ?? [];
    const same = candidates.filter((c) => structSection.get(c) === section);
    const pool = same.length ? same : candidates;
    const target = pool.slice().sort((a, b) => Math.abs(a.source.line - line) - Math.abs(b.source.line - line))[0];
    const sectionInfo = section >= 0 ? sections[section] : undefined;
    const where = { file: draft.file, line: field.sources[0].line, product: draft.product, lang: draft.lang, field: field.name, ...(sectionInfo ? { event: sectionInfo.eventType } : {}), ...(sectionInfo?.version ? { version: sectionInfo.version } : {}) };
    if (!target) {
      draft.diagnostics.push({ ...where, code: 'unresolved-anchor', severity: 'error', message: `${field.name} refers to #${id}, which no table in the page defines; it is typed as unknown.` });
      return { kind: 'unknown' };
    }
    const linkLabel = /\[([^\]]*)\]\(#/.exec(field.typeSpelling ?? '')?.[1]?.replace(/[`*]/g, '').trim();
    if (linkLabel && IDENTIFIER.test(linkLabel) && linkLabel !== target.name) {
      draft.diagnostics.push({ ...where, code: 'struct-reference-label-mismatch', severity: 'warning', message: `${field.name} links to #${id} as ${linkLabel}, but the table there is labelled ${target.name}; the field uses ${target.name}.` });
    }
    return { kind: 'ref', struct: draftRef(target.key) };
  };
  for (const { fields, section } of eventFields) fix(fields, section, sections[section].line);
  for (const [struct, section] of structSection) fix(struct.fields, section, struct.source.line);
}
