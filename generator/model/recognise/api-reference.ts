import { collectRowFacts, readDescriptionFact } from '../../parse/api-page.js';
import type { ApiPageFacts, Block, ParsedDoc, TableBlock } from '../../parse/types.js';
import { tableKind } from '../param-table.js';

/**
 * API reference pages written in Markdown (Tencent Cloud API 3.0 layout): numbered headings
 * `1. 接口描述 / 2. 输入参数 / 3. 输出参数 / 4. 示例 / 6. 错误码`, in English "API Description /
 * Request Parameters / Return (Output) Parameters / Sample / Error Codes". The page is rewritten
 * into the API-page shape (table roles, example captions, facts) that the API builder reads.
 */
type ApiSection = 'description' | 'input' | 'output' | 'examples' | 'errors' | 'other';

const sectionWords: Array<[ApiSection, RegExp]> = [
  ['description', /^(?:\d+\.\s*)?(?:接口描述|API Description|Description)$/i],
  ['input', /^(?:\d+\.\s*)?(?:输入参数|请求参数|Input Parameters|Request Parameters)$/i],
  ['output', /^(?:\d+\.\s*)?(?:输出参数|返回参数|响应参数|Output Parameters|Return Parameters|Response Parameters)$/i],
  ['examples', /^(?:\d+\.\s*)?(?:示例|调用示例|Samples?|Examples?)$/i],
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
    if (block.kind === 'table') {
      const role = section === 'input' || section === 'output' ? section : section === 'errors' ? 'errors' : undefined;
      blocks.push(role && (role === 'errors' || tableKind(block) === 'params') ? ({ ...block, role } satisfies TableBlock) : block);
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
  return { ...doc, blocks, api };
}
