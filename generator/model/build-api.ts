import type { CodeBlock, ParsedDoc, TableBlock } from '../parse/types.js';
import { httpMessageBody } from './http-message.js';
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
    const where = { title: 'the page title', 'request-line': 'the request line', 'request-url': 'the Action parameter of its request URL' }[facts.action.from];
    draft.diagnostics.push(stageDiagnostic({ code: 'api-action-inferred', message: `The API page states no Action row; it is named ${action} from ${where}.`, file, line: facts.action.line, product, lang }));
  }
  const roleWords = { input: `request parameters of ${action}`, output: `response parameters of ${action}`, errors: `error codes of ${action}`, 'error-response': `error response body of ${action} (its own status, not the output)` };
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
    .flatMap((t) => {
      const c = errorColumns(t);
      return t.rows.map((r) => ({ code: r.cells[c.code]?.text ?? '', description: { [lang]: r.cells[c.description]?.text ?? '' }, line: r.line }));
    })
    .filter((e) => e.code !== '');
  const examples: Example[] = [];
  for (const [index, block] of doc.blocks.entries()) {
    if (block.kind !== 'code') continue;
    const isInput = /^Input/i.test(block.caption ?? '');
    // the body of an error status is no example of the output
    const failure = /^Error Example \(status (\d+)\)/.exec(block.caption ?? '');
    if (failure) {
      ledger.use(index, `error response example (status ${failure[1]}) of ${action}, not checked against the output`, 'api-reference');
      continue;
    }
    // a JSON body, alone or under an HTTP request or status line and its headers
    const json = jsonBodyOf(block);
    if (isInput && !json) {
      ledger.use(index, `request example of ${action}`, 'api-reference');
      examples.push({ kind: 'request', ...(block.caption ? { title: block.caption } : {}), raw: block.text, value: queryParams(block.text), source: { file, line: block.line, lang } });
    } else if (json) {
      const role = isInput ? 'request' : 'response';
      ledger.use(index, `${role} example of ${action}`, 'api-reference');
      const read = readExample(json, role, ctx);
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

/** The code block's JSON: the block itself, or the body of the HTTP message it shows (lines kept). */
function jsonBodyOf(block: CodeBlock): CodeBlock | undefined {
  if (isJsonBlock(block)) return block;
  // only an example (a captioned block of the examples section): `Response Syntax` shows a template, not a body
  const body = block.caption && /^(?:http|text|plain|shell|bash)?$/i.test(block.lang ?? '') ? httpMessageBody(block.text) : undefined;
  return body ? { ...block, text: body.text, line: block.line + body.lineOffset } : undefined;
}

/**
 * Which columns of an error table hold the code and its meaning: `HttpCode | 错误码 | 错误信息 | 描述`
 * puts the code second; a table whose header names no code column keeps the code first.
 */
function errorColumns(table: TableBlock): { code: number; description: number } {
  const words = table.header.map((h) => h.text.replace(/[*`\s]/g, '').toLowerCase());
  const code = Math.max(0, words.findIndex((w) => /^(?:错误码|返回码|errorcode|code|错误代码)$/.test(w)));
  const described = words.findIndex((w, i) => i !== code && /^(?:描述|说明|错误描述|description|含义|meaning)$/.test(w));
  const message = words.findIndex((w, i) => i !== code && /^(?:错误信息|message|errormessage|信息)$/.test(w));
  const description = described >= 0 ? described : message >= 0 ? message : code + 1;
  return { code, description };
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
