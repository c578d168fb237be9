import { collectRowFacts, readDescriptionFact } from '../../parse/api-page.js';
import type { ApiPageFacts, Block, ParsedDoc, TableBlock } from '../../parse/types.js';
import { tableKind } from '../param-table.js';
import { isLabelBlock, labelBefore } from '../labels.js';

/**
 * API reference pages written in Markdown (Tencent Cloud API 3.0 layout): numbered headings
 * `1. 接口描述 / 2. 输入参数 / 3. 输出参数 / 4. 示例 / 6. 错误码`, in English "API Description /
 * Request Parameters / Return (Output) Parameters / Sample / Error Codes". The page is rewritten
 * into the API-page shape (table roles, example captions, facts) that the API builder reads.
 */
type ApiSection = 'description' | 'input' | 'output' | 'examples' | 'errors' | 'other';

const sectionWords: Array<[ApiSection, RegExp]> = [
  ['description', /^(?:\d+\.\s*)?(?:接口描述|API Description|Description)$/i],
  ['input', /^(?:\d+\.\s*)?(?:输入参数|请求参数|入参|Input Parameters|Request Parameters)$/i],
  ['output', /^(?:\d+\.\s*)?(?:输出参数|返回参数|响应参数|返回数据|返回结果|返回值|响应数据|出参|Output Parameters|Return Parameters|Response Parameters|Response Data)$/i],
  ['examples', /^(?:\d+\.\s*)?(?:示例|调用示例|请求示例|返回示例|响应示例|正常返回示例|Samples?|Examples?|(?:Request|Response) Examples?|Example (?:Requests|Responses))$/i],
  ['errors', /^(?:\d+\.\s*)?(?:错误码|Error Codes?)$/i],
];

function sectionOf(text: string): ApiSection | undefined {
  const t = text.trim();
  return sectionWords.find(([, pattern]) => pattern.test(t))?.[0];
}

/** An API reference page has both an input and an output parameter section. */
export function isApiReferencePage(doc: ParsedDoc): boolean {
  const found = new Set(doc.blocks.filter((b) => b.kind === 'heading').map((b) => sectionOf(b.text)));
  return found.has('input') && found.has('output');
}

/** The page as the API builder expects it: tables with roles, captioned examples, facts. */
export function asApiPage(doc: ParsedDoc): ParsedDoc {
  const api: ApiPageFacts = { ...doc.api };
  const blocks: Block[] = [];
  let section: ApiSection = 'other';
  let topDepth = Infinity;
  let caption: string | undefined;
  for (const block of doc.blocks) {
    if (block.kind === 'heading') {
      const s = sectionOf(block.text);
      if (s && block.depth <= topDepth) {
        topDepth = block.depth;
        section = s;
      } else if (block.depth <= topDepth) section = 'other';
      caption = block.text;
      blocks.push(block);
      continue;
    }
    if (block.kind === 'paragraph' && section === 'description') readDescriptionFact(block.text, block.line, api);
    // `请求示例` / `Request example` as a line of its own names the code block under it, as a heading would
    if (block.kind === 'paragraph' && section === 'examples' && isLabelBlock(block)) caption = block.text;
    if (block.kind === 'table') {
      const role = section === 'input' || section === 'output' ? section : section === 'errors' ? 'errors' : undefined;
      // a table labelled with a type the page's tables name (`**Table 3** VolumeDetail` under
      // `Array of VolumeDetail objects`) defines that struct, wherever it sits
      const isStruct = role !== 'errors' && tableKind(block) === 'params' && namesReferencedType(doc.blocks, block, labelBefore(blocks, blocks.length, 0).label);
      blocks.push(role && !isStruct && (role === 'errors' || tableKind(block) === 'params') ? ({ ...block, role } satisfies TableBlock) : block);
      continue;
    }
    if (block.kind === 'code' && section === 'examples') {
      // `#### 输入示例` / `Input Sample Code` name the request; the builder reads `Input…` captions
      const isInput = /输入|请求|input|request/i.test(caption ?? '') && !/^\s*[{[]/.test(block.text);
      blocks.push({ ...block, caption: `${isInput ? 'Input' : 'Output'} Example${caption ? `: ${caption}` : ''}` });
      continue;
    }
    blocks.push(block);
  }
  collectRowFacts(blocks, api);
  api.action ??= actionFromTitle(blocks) ?? actionFromRequestLine(blocks);
  return { ...doc, blocks, api };
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

/** Whether some other table of the page names `label` in a cell: the label is a type the page uses. */
function namesReferencedType(all: Block[], table: TableBlock, label: string | undefined): boolean {
  if (!label) return false;
  const word = new RegExp(`(?:^|[^A-Za-z0-9_])${label}(?:$|[^A-Za-z0-9_])`);
  return all.some((b) => b !== table && b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => word.test(c.text))));
}
