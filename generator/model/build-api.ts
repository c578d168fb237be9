import type { ParsedDoc, TableBlock } from '../parse/types.js';
import type { ApiDraft, DocDraft } from './draft.js';
import { inferMissingTypes, isJsonBlock, payloadOf, readExample } from './examples.js';
import { fieldNotes, fieldsFromTable, tableKind } from './param-table.js';
import { labelBefore } from './labels.js';
import { CoverageLedger } from './recognise/coverage.js';
import type { Example, Field, TypeRef } from './types.js';
import { draftRef } from './draft.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';

/** API reference pages: input and output tables, error codes, examples, and the facts in prose. */
export function buildFromApiPage(doc: ParsedDoc): DocDraft {
  const { file, product, lang } = doc.source;
  const draft: DocDraft = { file, product, lang, events: [], structs: [], apis: [], catalogue: [], diagnostics: [] };
  const facts = doc.api ?? {};
  const action = facts.action?.value;
  const ledger = new CoverageLedger(doc.blocks);
  if (!action) {
    draft.diagnostics.push(stageDiagnostic({ code: 'api-action-missing', message: 'The API page does not state its Action name (no "The value used for this API" in the Action row); the page was skipped.', file, line: 1, product, lang }));
    doc.blocks.forEach((_, i) => ledger.skip(i, 'the API page states no Action name, so the page was skipped (api-action-missing)'));
    return { ...draft, coverage: ledger.result() };
  }
  ledger.shape('api-reference');
  if (facts.action?.from) {
    const where = facts.action.from === 'title' ? 'the page title' : 'the request line';
    draft.diagnostics.push(stageDiagnostic({ code: 'api-action-inferred', message: `The API page states no Action row; it is named ${action} from ${where}.`, file, line: facts.action.line, product, lang }));
  }
  const roleWords = { input: `request parameters of ${action}`, output: `response parameters of ${action}`, errors: `error codes of ${action}` };
  doc.blocks.forEach((b, i) => {
    if (b.kind === 'table' && b.role) ledger.use(i, roleWords[b.role], 'api-reference');
  });
  const ctx = { file, lang, product, api: action, ...(facts.apiVersion ? { version: facts.apiVersion.value } : {}), diagnostics: draft.diagnostics, notes: fieldNotes() };
  const tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
  const inputRows = tables.filter((t) => t.role === 'input').flatMap((t) => fieldsFromTable(t, ctx));
  const outputRows = tables.filter((t) => t.role === 'output').flatMap((t) => fieldsFromTable(t, ctx));
  // a labelled parameter table without a role defines a struct the input or output names
  doc.blocks.forEach((b, i) => {
    if (b.kind !== 'table' || b.role || tableKind(b) !== 'params') return;
    const { anchor, label } = labelBefore(doc.blocks, i, 0);
    if (!label) return;
    draft.structs.push({ key: `${file}#${b.line}`, product, name: label, anchors: anchor ? [anchor] : [], fields: fieldsFromTable(b, ctx), source: { file, line: b.line, lang } });
    ledger.use(i, `struct ${label}`, 'api-reference');
  });
  // `[DiskDetail](#DiskDetail)`: a struct of this page by anchor or name; else one of another page by name
  const byAnchor = (id: string) => draft.structs.find((st) => st.anchors.includes(id)) ?? draft.structs.find((st) => st.name.toLowerCase() === id.toLowerCase());
  // in place: the field objects are the ones the notes (untyped, conditional) point at
  const resolve = (t: TypeRef): TypeRef => {
    if (t.kind === 'array') return { kind: 'array', items: resolve(t.items) };
    if (t.kind === 'object') {
      local(t.fields);
      return t;
    }
    if (t.kind !== 'ref' || !t.struct.startsWith('anchor:')) return t;
    const id = t.struct.slice('anchor:'.length);
    const target = byAnchor(id);
    return { kind: 'ref', struct: target ? draftRef(target.key) : `name:${id}` };
  };
  const local = (fields: Field[]): Field[] => {
    for (const f of fields) f.type = resolve(f.type);
    return fields;
  };
  for (const st of draft.structs) st.fields = local(st.fields);
  const input = local(inputRows);
  const output = local(outputRows);
  const errors = tables
    .filter((t) => t.role === 'errors')
    .flatMap((t) => t.rows.map((r) => ({ code: r.cells[0].text, description: { [lang]: r.cells[1]?.text ?? '' }, line: r.line })));
  const examples: Example[] = [];
  for (const [index, block] of doc.blocks.entries()) {
    if (block.kind !== 'code') continue;
    const isInput = /^Input/i.test(block.caption ?? '');
    if (isInput) {
      ledger.use(index, `request example of ${action}`, 'api-reference');
      examples.push({ kind: 'request', ...(block.caption ? { title: block.caption } : {}), raw: block.text, value: queryParams(block.text), source: { file, line: block.line, lang } });
    } else if (isJsonBlock(block)) {
      ledger.use(index, `response example of ${action}`, 'api-reference');
      const read = readExample(block, 'response', ctx);
      examples.push(read.example);
      draft.diagnostics.push(...read.diagnostics);
    }
  }
  const documented = new Set(output.map((f) => f.name));
  inferMissingTypes(output, examples.filter((e) => e.kind === 'response').map((e) => payloadOf(e, documented)), ctx.notes.untyped);
  const api: ApiDraft = {
    product,
    action,
    apiVersion: facts.apiVersion?.value ?? null,
    summary: facts.summary ? { [lang]: facts.summary.value } : {},
    ...(facts.domain ? { domain: facts.domain.value } : {}),
    ...(facts.rateLimit ? { rateLimit: { count: facts.rateLimit.count, per: facts.rateLimit.per } } : {}),
    ...(facts.regions?.value.length ? { regions: facts.regions.value } : {}),
    sources: [{ file, line: facts.action?.line ?? 1, lang }],
    input,
    output,
    errors,
    examples,
    lang,
  };
  draft.apis.push(api);
  draft.coverage = ledger.result();
  return draft;
}

/** `https://host/?Action=X\n&SdkAppId=1\n&<Common request parameters>` → `{ Action: 'X', SdkAppId: '1' }`. */
function queryParams(text: string): Record<string, string> {
  const out: Array<[string, string]> = [];
  const query = text.replace(/\s+/g, '').replace(/^[^?]*\?/, '');
  for (const pair of query.split('&')) {
    const m = /^([A-Za-z_][A-Za-z0-9_.]*)=(.*)$/.exec(pair);
    if (m) out.push([m[1], decodeURIComponentSafe(m[2])]);
  }
  // fromEntries defines own properties, so a parameter named `__proto__` stays data
  return Object.fromEntries(out);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
