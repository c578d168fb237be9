import type { ParsedDoc, TableBlock } from '../parse/types.js';
import type { ApiDraft, DocDraft } from './draft.js';
import { inferMissingTypes, isJsonBlock, payloadOf, readExample } from './examples.js';
import { fieldNotes, fieldsFromTable } from './param-table.js';
import { CoverageLedger } from './recognise/coverage.js';
import type { Example } from './types.js';
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
  const roleWords = { input: `request parameters of ${action}`, output: `response parameters of ${action}`, errors: `error codes of ${action}` };
  doc.blocks.forEach((b, i) => {
    if (b.kind === 'table' && b.role) ledger.use(i, roleWords[b.role], 'api-reference');
  });
  const ctx = { file, lang, product, api: action, ...(facts.apiVersion ? { version: facts.apiVersion.value } : {}), diagnostics: draft.diagnostics, notes: fieldNotes() };
  const tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
  const input = tables.filter((t) => t.role === 'input').flatMap((t) => fieldsFromTable(t, ctx));
  const output = tables.filter((t) => t.role === 'output').flatMap((t) => fieldsFromTable(t, ctx));
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
  inferMissingTypes(output, examples.filter((e) => e.kind === 'response').map(payloadOf), ctx.notes.untyped);
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
