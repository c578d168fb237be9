import { Token, jsonTokens } from './json-tokens.js';
import type { Block, CodeBlock } from './types.js';

/** Languages a JSON example is written under (or none). */
const JSON_LANGS = /^(json|json5|jsonc|javascript|js)?$/i;

/**
 * A code block holding several JSON values one after the other (`{…}\n{…}`, `{…}{…}` squashed on
 * one line, or values separated by a `// 允许发言` comment) is several examples: one code block
 * per value, each with its own line, and the comment or text before it as its caption.
 */
export function splitJsonValues(blocks: Block[]): Block[] {
  return blocks.flatMap((block): Block[] => (block.kind === 'code' ? splitCodeBlock(block) : [block]));
}

interface ValueSpan {
  start: number;
  end: number;
  /** Text before the value and after the previous one (comments, a label). */
  before: string;
}

function splitCodeBlock(block: CodeBlock): CodeBlock[] {
  if (!JSON_LANGS.test(block.lang ?? '')) return [block];
  const spans = topLevelValues(block.text);
  if (!spans || spans.length < 2) return [block];
  return spans.map((span, i) => {
    const lineStart = block.text.lastIndexOf('\n', span.start - 1) + 1;
    // keep the value's indentation when it starts its line, so columns stay those of the page
    const from = block.text.slice(lineStart, span.start).trim() === '' ? lineStart : span.start;
    const caption = captionOf(span.before) ?? (i === 0 ? block.caption : undefined);
    const line = block.line + countLines(block.text.slice(0, from));
    return { kind: 'code', lang: block.lang, text: block.text.slice(from, span.end), line, ...(caption ? { caption } : {}) };
  });
}

/**
 * The top-level values of the text, or undefined when it is not a sequence of objects and arrays
 * (a stray `}` or a bare literal at the top: one broken value, reported as such later).
 */
export function topLevelValues(text: string): ValueSpan[] | undefined {
  const spans: ValueSpan[] = [];
  let depth = 0;
  let start = -1;
  let previousEnd = 0;
  for (const token of jsonTokens(text)) {
    const opens = token.kind === Token.OpenBrace || token.kind === Token.OpenBracket;
    const closes = token.kind === Token.CloseBrace || token.kind === Token.CloseBracket;
    if (depth === 0) {
      if (opens) {
        start = token.offset;
        depth = 1;
        continue;
      }
      if (closes) return undefined;
      // between values: commas, comments and label words are separators; a `#` comment runs to the line end
      continue;
    }
    if (opens) depth++;
    else if (closes) depth--;
    if (depth === 0) {
      const end = token.offset + token.length;
      spans.push({ start, end, before: text.slice(previousEnd, start) });
      previousEnd = end;
    }
  }
  // an unclosed last value runs to the end (its error is reported on the example)
  if (depth > 0) spans.push({ start, end: text.length, before: text.slice(previousEnd, start) });
  if (spans.some((s) => /\S/.test(withoutSeparators(s.before)) && !isLabel(s.before))) return undefined;
  return spans;
}

function withoutSeparators(text: string): string {
  return text.replace(/[,;\s]/g, '');
}

/** Text between two values that names the next: a comment, or one short line of words. */
function isLabel(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && l !== ',');
  return lines.length <= 2 && lines.every((l) => /^(\/\/|#|\/\*)/.test(l) || (l.length <= 60 && !/[{}[\]"]/.test(l)));
}

function captionOf(before: string): string | undefined {
  const text = before
    .split('\n')
    .map((l) => l.replace(/^\s*(\/\/+|#+|\/\*+)\s*|\s*\*+\/[,;\s]*$/g, '').replace(/^[,;\s]+|[,;\s]+$/g, '').replace(/[:：]$/, '').trim())
    .filter((l) => l !== '')
    .join(' ');
  return text === '' ? undefined : text;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

