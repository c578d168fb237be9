import { collectRowFacts, readDescriptionFact } from '../../parse/api-page.js';
import type { ApiPageFacts, Block, ParsedDoc, TableBlock } from '../../parse/types.js';
import { tableKind } from '../param-table.js';
import { isLabelBlock, labelBefore } from '../labels.js';
import { commandCallback } from './command-callback.js';

/**
 * API reference pages written in Markdown (Tencent Cloud API 3.0 layout): numbered headings
 * `1. 接口描述 / 2. 输入参数 / 3. 输出参数 / 4. 示例 / 6. 错误码`, in English "API Description /
 * Request Parameters / Return (Output) Parameters / Sample / Error Codes". The page is rewritten
 * into the API-page shape (table roles, example captions, facts) that the API builder reads.
 */
type ApiSection = 'description' | 'input' | 'output' | 'examples' | 'errors' | 'other';

const sectionWords: Array<[ApiSection, RegExp]> = [
  ['description', /^(?:\d+\.\s*)?(?:接口描述|功能介绍|功能描述|描述|API Description|Description|Overview)$/i],
  ['input', /^(?:\d+\.\s*)?(?:输入参数|请求参数|入参|请求包字段说明|请求包字段|请求体参数|URI|URI Request Parameters|Path Parameters|路径参数|Input Parameters|Request Parameters|Request Body)$/i],
  ['output', /^(?:\d+\.\s*)?(?:输出参数|返回参数|响应参数|返回数据|返回结果|返回值|响应数据|出参|应答包字段说明|应答包字段|响应包字段说明|Output Parameters|Return Parameters|Response Parameters|Response Data|Response Elements)$/i],
  ['examples', /^(?:\d+\.\s*)?(?:示例|调用示例|请求示例|返回示例|响应示例|正常返回示例|请求包示例|应答包示例|应答包体示例|响应包示例|请求体示例|响应体示例|Samples?|Examples?|(?:Request|Response) Examples?|Example (?:Requests|Responses))$/i],
  ['errors', /^(?:\d+\.\s*)?(?:错误码|错误码说明|返回码|返回码说明|Error Codes?|Errors)$/i],
];

function sectionOf(text: string): ApiSection | undefined {
  const t = text.trim();
  return sectionWords.find(([, pattern]) => pattern.test(t))?.[0];
}

/** An API reference page has both an input and an output parameter section. */
export function isApiReferencePage(doc: ParsedDoc): boolean {
  const found = new Set(doc.blocks.filter((b) => b.kind === 'heading').map((b) => sectionOf(b.text)));
  // a callback page has request and reply packets too (请求包字段说明 / 应答包字段说明): a fixed command
  // its example carries makes it a callback, whatever its headings
  return found.has('input') && found.has('output') && commandCallback.recognise(doc.blocks, () => false).length === 0;
}

/** The page as the API builder expects it: tables with roles, captioned examples, facts. */
export function asApiPage(doc: ParsedDoc): ParsedDoc {
  const api: ApiPageFacts = { ...doc.api };
  const blocks: Block[] = [];
  let section: ApiSection = 'other';
  let topDepth = Infinity;
  let caption: string | undefined;
  // `**状态码： 400**` / `Status code: 400` in the response or example section: what follows is that status's body
  let status: number | undefined;
  for (const block of doc.blocks) {
    if (block.kind === 'heading') {
      const s = sectionOf(block.text);
      if (s && block.depth <= topDepth) {
        topDepth = block.depth;
        section = s;
        status = undefined;
      } else if (block.depth <= topDepth) {
        section = 'other';
        status = undefined;
      }
      status = statusOf(block.text) ?? status;
      caption = block.text;
      blocks.push(block);
      continue;
    }
    if (block.kind === 'paragraph' && isLabelBlock(block) && (section === 'output' || section === 'examples')) status = statusOf(block.text) ?? status;
    const failure = status !== undefined && status >= 300 ? status : undefined;
    if (block.kind === 'paragraph' && section === 'description') readDescriptionFact(block.text, block.line, api);
    // the first sentence under the description heading, or under the title before any section, says what the API does
    if (block.kind === 'paragraph' && !block.list && !api.summary && (section === 'description' || (section === 'other' && blocks.filter((b) => b.kind === 'heading').length === 1)) && isSummary(block.text)) {
      api.summary = { value: block.text, line: block.line };
    }
    // `请求示例` / `Request example` as a line of its own names the code block under it, as a heading would
    if (block.kind === 'paragraph' && section === 'examples' && isLabelBlock(block)) caption = block.text;
    if (block.kind === 'table') {
      const role = section === 'input' || section === 'output' ? section : section === 'errors' ? 'errors' : undefined;
      // a table labelled with a type the page's tables name (`**Table 3** VolumeDetail` under
      // `Array of VolumeDetail objects`) defines that struct, wherever it sits
      const isStruct = role !== 'errors' && tableKind(block) === 'params' && namesReferencedType(doc.blocks, block, labelBefore(blocks, blocks.length, 0).label);
      // a body table under an error status (`状态码： 400`) documents the error response, not the output
      const given = role === 'output' && failure !== undefined ? 'error-response' : role;
      blocks.push(given && !isStruct && (given === 'errors' || tableKind(block) === 'params') ? ({ ...block, role: given } satisfies TableBlock) : block);
      continue;
    }
    if (block.kind === 'code' && section === 'examples') {
      // `#### 输入示例` / `Input Sample Code` name the request; the builder reads `Input…` captions
      // a JSON block under a request caption is the request body (`请求包示例`, `#### 输入示例` over `POST / HTTP/1.1` …)
      // (under a status label it is a response, whatever its caption says: `Bad Request`)
      const isInput = status === undefined && /输入|请求|input|request/i.test(caption ?? '');
      const kind = failure !== undefined && !isInput ? `Error Example (status ${failure})` : `${isInput ? 'Input' : 'Output'} Example`;
      blocks.push({ ...block, caption: `${kind}${caption ? `: ${caption}` : ''}` });
      continue;
    }
    blocks.push(block);
  }
  collectRowFacts(blocks, api);
  api.action ??= actionFromTitle(blocks) ?? actionFromQuery(blocks) ?? actionFromRequestLine(blocks) ?? actionFromUrl(blocks);
  return { ...doc, blocks, api };
}

/** Prose that says what the API does: a sentence, not a label, a URL or a stated fact (`接口请求域名：…`, `默认接口请求频率限制：…`). */
function isSummary(text: string): boolean {
  const t = text.trim();
  return t.length >= 8 && !/^https?:\/\//.test(t) && !/^[^。.]{0,40}[:：]/.test(t) && /[.。]$|[\u3400-\u9fff]/.test(t) && !/[:：]$/.test(t);
}

/** `状态码： 400`, `**Status code: 200**`, `HTTP status code 404`: the status a response part documents. */
function statusOf(text: string): number | undefined {
  const m = /^(?:状态码|响应状态码|Status\s*Code|HTTP\s*Status(?:\s*Code)?)\s*[:：]?\s*(\d{3})\b/i.exec(text.replace(/[*`]/g, '').trim());
  return m ? Number(m[1]) : undefined;
}

/** `https://host/?Action=CloseRoom&…`: the request URL of the page (a list line, a sample request) names the Action. */
function actionFromQuery(blocks: Block[]): ApiPageFacts['action'] {
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'code') continue;
    const m = /\?(?:[^\s?#]*&)?Action=([A-Za-z][A-Za-z0-9]*)(?=$|[\s&#`'"])/m.exec(b.text);
    if (m) return { value: m[1], line: b.line, from: 'request-url' };
  }
  return undefined;
}

/** `# DescribeInstances - 查询实例列表`, `## ListVolumes（查询云硬盘）`: the page's first heading opens with the Action's name. */
function actionFromTitle(blocks: Block[]): ApiPageFacts['action'] {
  const first = blocks.find((b) => b.kind === 'heading');
  const m = first?.kind === 'heading' ? /^`?([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)`?(?=$|[\s:：(（\-–—|])/.exec(first.text.trim()) : null;
  return m && first ? { value: m[1], line: first.line, from: 'title' } : undefined;
}

/** A REST page names its operation by method and path (`GET /v2/{project_id}/volumes`), in a paragraph or code block of its own. */
function actionFromRequestLine(blocks: Block[]): ApiPageFacts['action'] {
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'code') continue;
    const m = /^\s*(GET|POST|PUT|PATCH|DELETE)\s+(\/[^\s?]*)/m.exec(b.text);
    if (m) return { value: `${m[1]} ${m[2]}`, line: b.line, from: 'request-line' };
  }
  return undefined;
}

/** `https://host/v4/group_open_http_svc/send_group_msg?sdkappid=…` alone in a code block: the operation is its path. */
function actionFromUrl(blocks: Block[]): ApiPageFacts['action'] {
  for (const b of blocks) {
    if (b.kind !== 'code') continue;
    const m = /^\s*(?:(GET|POST|PUT|PATCH|DELETE)\s+)?https?:\/\/[^/\s]+((?:\/[^\s/?#]+){2,})\/?(?:[?#]\S*)?\s*$/.exec(b.text);
    if (m) return { value: `${m[1] ? `${m[1]} ` : ''}${m[2]}`, line: b.line, from: 'request-line' };
  }
  return undefined;
}

/** Whether some other table of the page names `label` in a cell: the label is a type the page uses. */
function namesReferencedType(all: Block[], table: TableBlock, label: string | undefined): boolean {
  if (!label) return false;
  const word = new RegExp(`(?:^|[^A-Za-z0-9_])${label}(?:$|[^A-Za-z0-9_])`);
  return all.some((b) => b !== table && b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => word.test(c.text))));
}
