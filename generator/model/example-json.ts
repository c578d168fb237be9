import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { Token, endOfLine, jsonTokens } from '../parse/json-tokens.js';
import { firstTooDeep, lineColumnAt as lineColumn } from '../parse/json-depth.js';
import type { CodeBlock } from '../parse/types.js';
import { MAX_EXAMPLE_DEPTH_CEILING } from '../config/limits.js';

export { firstTooDeep, lineColumn };

/** A habit that makes an example invalid JSON but that a lenient reading can undo. */
export type JsonDefectKind = 'line-comment' | 'block-comment' | 'hash-comment' | 'trailing-comma' | 'elision';

export interface JsonDefect {
  kind: JsonDefectKind;
  offset: number;
  /** 1-based, in the example's text. */
  line: number;
  column: number;
}

export interface ParsedExample {
  value?: unknown;
  /** Where strict JSON breaks first: the first defect, or the first other error. `limit` is set when the text is over a limit (nesting depth): it is not read at all. */
  error?: { message: string; offset: number; line: number; column: number; limit?: 'depth' | 'bytes' };
  /** The lenient habits found (comments, trailing commas), in order. */
  defects?: JsonDefect[];
  /** A break a lenient reading cannot undo (an unclosed string, a missing comma), if any. */
  broken?: { message: string; offset: number; line: number; column: number };
  /** Best-effort value of invalid JSON (comments and trailing commas ignored, then jsonc-parser's error recovery), for type inference only. */
  repaired?: unknown;
}

/**
 * Deepest nesting the model reads in any case: the parse stage holds examples to the configured
 * `limits.maxExampleDepth` (64 by default, at most this); this guards blocks that never went
 * through it. Every later stage recurses over example values, and a few thousand levels overflow the stack.
 */
export const MAX_EXAMPLE_DEPTH = MAX_EXAMPLE_DEPTH_CEILING;

/** A code block as an example: one the parse stage found over a limit is never read. */
export function parseExampleBlock(block: CodeBlock): ParsedExample {
  if (block.overLimit) return { error: { ...block.overLimit } };
  return parseExampleJson(block.text);
}

/**
 * Parses an example strictly; when that fails, lists what makes it invalid: `//`, `/* *\/` and `#`
 * comments and trailing commas (read past, they leave a sound value), and the first other break.
 */
export function parseExampleJson(text: string, maxDepth = MAX_EXAMPLE_DEPTH): ParsedExample {
  const deep = firstTooDeep(text, maxDepth);
  if (deep !== undefined) {
    const { line, column } = lineColumn(text, deep);
    return { error: { message: `the example nests deeper than ${maxDepth} levels`, offset: deep, line, column, limit: 'depth' } };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (strictError) {
    const { defects, cleaned } = lenientHabits(text);
    const errors: ParseError[] = [];
    const repaired = parseTolerant(cleaned, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false }) as unknown;
    const other = errors[0];
    const broken = other ? located(text, other.offset, describe(printParseErrorCode(other.error), text, other.offset)) : undefined;
    const firstDefect = defects[0];
    let error: ParsedExample['error'];
    if (firstDefect && (!broken || firstDefect.offset <= broken.offset)) error = located(text, firstDefect.offset, describeDefects(defects));
    else if (broken) error = broken;
    else error = located(text, offsetFromMessage((strictError as Error).message), (strictError as Error).message);
    return { error, ...(defects.length ? { defects } : {}), ...(broken ? { broken } : {}), repaired };
  }
}

/**
 * The finding's text: each kind of defect once, with its first place and count, then whether the
 * lenient reading is whole. `lineOffset` turns example lines into file lines.
 */
export function describeInvalidJson(parsed: ParsedExample, lineOffset: number): string {
  const parts: string[] = [];
  if (parsed.defects?.length) parts.push(describeDefects(parsed.defects, lineOffset));
  if (parsed.broken) {
    const brokenText = `${parsed.broken.message} (line ${parsed.broken.line + lineOffset}, column ${parsed.broken.column})`;
    // in the order they occur: the break first when it comes before every lenient habit
    if (parsed.defects?.length && parsed.broken.offset < parsed.defects[0].offset) parts.unshift(brokenText);
    else parts.push(brokenText);
  }
  if (parts.length === 0 && parsed.error) parts.push(`${parsed.error.message} (line ${parsed.error.line + lineOffset}, column ${parsed.error.column})`);
  const reading = parsed.broken
    ? 'the example is read as far as it parses, for inference and checks'
    : 'read leniently, the example still serves inference and checks';
  return `The example is not valid JSON: ${parts.join('; ')}; ${reading}.`;
}

const DEFECT_WORDS: Record<JsonDefectKind, [string, string]> = {
  'line-comment': ['a // comment', '// comments'],
  'block-comment': ['a /* */ comment', '/* */ comments'],
  'hash-comment': ['a # comment', '# comments'],
  'trailing-comma': ['a trailing comma', 'trailing commas'],
  elision: ['an elision (...)', 'elisions (...)'],
};

/** Each kind once with its count; with `lineOffset`, also the place of its first occurrence. */
function describeDefects(defects: JsonDefect[], lineOffset?: number): string {
  const kinds = [...new Set(defects.map((d) => d.kind))];
  return kinds
    .map((kind) => {
      const all = defects.filter((d) => d.kind === kind);
      const [one, many] = DEFECT_WORDS[kind];
      const words = all.length === 1 ? one : `${all.length} ${many}`;
      if (lineOffset === undefined) return words;
      const where = `line ${all[0].line + lineOffset}, column ${all[0].column}`;
      return all.length === 1 ? `${words} (${where})` : `${words} (first at ${where})`;
    })
    .join(', ');
}

/**
 * Comments (`//`, `/* *\/`, `#` to the end of its line) and trailing commas, found by scanning as
 * JSON does (inside a string they are text), and the text with them blanked (offsets kept).
 */
function lenientHabits(text: string): { defects: JsonDefect[]; cleaned: string } {
  const defects: JsonDefect[] = [];
  const add = (kind: JsonDefectKind, offset: number): void => {
    defects.push({ kind, offset, ...lineColumn(text, offset) });
  };
  // `#` is no JSON token: from it to the end of its line is the comment (blanked, offsets kept)
  const chars = text.split('');
  let hashLineEnd = -1;
  for (const token of jsonTokens(text)) {
    if (token.offset < hashLineEnd || token.kind !== Token.Unknown || text[token.offset] !== '#') continue;
    add('hash-comment', token.offset);
    hashLineEnd = endOfLine(text, token.offset);
    for (let i = token.offset; i < hashLineEnd; i++) chars[i] = ' ';
  }
  // `...` / `…` where a member or an element would be (the docs cut the example short): blanked with
  // the comma that joins it, so it leaves no empty slot and no trailing comma of its own
  const hashless = jsonTokens(chars.join('')).filter((t) => t.kind !== Token.LineComment && t.kind !== Token.BlockComment);
  hashless.forEach((token, i) => {
    if (token.kind !== Token.Unknown || !/^(?:\.{2,}|…+)$/.test(text.slice(token.offset, token.offset + token.length))) return;
    const before = hashless[i - 1];
    const after = hashless[i + 1];
    const opens = before && (before.kind === Token.OpenBrace || before.kind === Token.OpenBracket || before.kind === Token.Comma);
    const closes = after && (after.kind === Token.CloseBrace || after.kind === Token.CloseBracket || after.kind === Token.Comma);
    if (!opens || !closes) return;
    add('elision', token.offset);
    for (let k = token.offset; k < token.offset + token.length; k++) chars[k] = ' ';
    if (after.kind === Token.Comma) chars[after.offset] = ' ';
    else if (before.kind === Token.Comma) chars[before.offset] = ' ';
  });
  const cleaned = chars.join('');
  const tokens = jsonTokens(cleaned).filter((t) => {
    if (t.kind === Token.LineComment) add('line-comment', t.offset);
    else if (t.kind === Token.BlockComment) add('block-comment', t.offset);
    else return true;
    return false;
  });
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (token.kind === Token.Comma && next && (next.kind === Token.CloseBrace || next.kind === Token.CloseBracket)) add('trailing-comma', token.offset);
  });
  defects.sort((a, b) => a.offset - b.offset);
  return { defects, cleaned };
}

function located(text: string, offset: number, message: string): { message: string; offset: number; line: number; column: number } {
  return { message, offset, ...lineColumn(text, offset) };
}

function describe(code: string, text: string, offset: number): string {
  const near = JSON.stringify(text.slice(offset, offset + 12));
  const words: Record<string, string> = {
    UnexpectedEndOfString: 'a string is not closed before the end of the line',
    CommaExpected: 'a comma is missing',
    InvalidSymbol: `unexpected character ${near}`,
    PropertyNameExpected: 'a property name is expected',
    ValueExpected: 'a value is expected (a missing value?)',
    ColonExpected: 'a colon is missing',
    CloseBraceExpected: 'a closing brace is missing',
    CloseBracketExpected: 'a closing bracket is missing',
    EndOfFileExpected: 'text follows the end of the JSON value',
    InvalidCharacter: `invalid character ${near}`,
    UnexpectedEndOfComment: 'a comment is not closed',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCommentToken: 'a comment',
  };
  return words[code] ?? code;
}

function offsetFromMessage(message: string): number {
  const m = /position (\d+)/.exec(message);
  return m ? Number(m[1]) : 0;
}
