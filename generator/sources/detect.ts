import type { Lang, SourceFormat } from './types.js';

/**
 * Language of a page: Chinese when CJK characters carry a real share of the prose. Scraped
 * English pages keep a Chinese navigation menu, so a few hundred CJK characters next to
 * thousands of Latin letters still mean English.
 */
export function detectLang(text: string): Lang {
  const cjk = (text.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  // one CJK character carries about as much as a four-letter English word
  return cjk * 4 > latin * 0.6 ? 'zh' : 'en';
}

/** Format of a page, from its shape: API reference layout, GFM Markdown, or scraped pipe rows. */
export function detectFormat(text: string, fileName = ''): SourceFormat {
  const lines = text.split('\n');
  const apiHeader = lines.some((l) => /^\s*(Parameter Name|参数名称)\s+((Required|必选)\s+)?(Type|类型)\s+(Description|描述)\s*$/i.test(l));
  const apiSections = lines.filter((l) => /^\s*\d+\.\s*(API Description|Input Parameters|Output Parameters|Error Code|接口描述|输入参数|输出参数|错误码)\s*$/i.test(l)).length;
  // an API page names its Action or has an API section; the same header over a callback's fields (scraped, tab-separated) is not one
  const namesAction = lines.some((l) => /^\s*Action\b/.test(l) || /^\s*(?:#{1,6}\s*)?\d+\.\s*(API Description|Input Parameters|Output Parameters|接口描述|输入参数|输出参数)\s*$/i.test(l));
  if ((apiHeader && namesAction) || apiSections >= 2) return 'api-page';
  const gfmSeparator = lines.some((l) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(l));
  const headings = lines.filter((l) => /^#{1,6}\s+\S/.test(l)).length;
  const fences = lines.filter((l) => /^\s*(```|~~~)/.test(l)).length;
  if (gfmSeparator || headings > 0 || fences > 0 || /\.(md|markdown)$/i.test(fileName)) return 'markdown';
  return 'scraped-text';
}
