import { createScanner } from 'jsonc-parser';

/** jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot import). */
export const Token = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  LineComment: 12,
  BlockComment: 13,
  LineBreak: 14,
  Trivia: 15,
  Unknown: 16,
  EOF: 17,
} as const;

export interface JsonToken {
  kind: number;
  offset: number;
  length: number;
}

/**
 * The tokens of a JSON-ish text, strings and comments scanned as JSON does (a `#` or `//` inside a
 * string is no comment). Whitespace and line breaks are left out.
 */
export function jsonTokens(text: string): JsonToken[] {
  const scanner = createScanner(text, false);
  const out: JsonToken[] = [];
  for (let kind: number = scanner.scan(); kind !== Token.EOF; kind = scanner.scan()) {
    if (kind === Token.Trivia || kind === Token.LineBreak) continue;
    out.push({ kind, offset: scanner.getTokenOffset(), length: scanner.getTokenLength() });
  }
  return out;
}

/** Offset of the end of the line holding `offset`. */
export function endOfLine(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i === -1 ? text.length : i;
}
