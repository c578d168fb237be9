import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface ParsedExample {
  value?: unknown;
  error?: { message: string; offset: number; line: number; column: number };
  /** Best-effort value of invalid JSON (jsonc-parser's error recovery), for type inference only. */
  repaired?: unknown;
}

/** Parses an example strictly; when that fails, says where it breaks (line and column in the text). */
export function parseExampleJson(text: string): ParsedExample {
  try {
    return { value: JSON.parse(text) };
  } catch (strictError) {
    const errors: ParseError[] = [];
    const repaired = parseTolerant(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
    const first = errors[0];
    const offset = first ? first.offset : offsetFromMessage((strictError as Error).message);
    const { line, column } = lineColumn(text, offset);
    const message = first ? describe(printParseErrorCode(first.error), text, offset) : (strictError as Error).message;
    return { error: { message, offset, line, column }, repaired };
  }
}

function describe(code: string, text: string, offset: number): string {
  const near = JSON.stringify(text.slice(offset, offset + 12));
  const words: Record<string, string> = {
    UnexpectedEndOfString: 'a string is not closed before the end of the line',
    CommaExpected: 'a comma is missing',
    InvalidSymbol: `unexpected character ${near}`,
    PropertyNameExpected: 'a property name is expected (trailing comma?)',
    ValueExpected: 'a value is expected (trailing comma or missing value?)',
    ColonExpected: 'a colon is missing',
    CloseBraceExpected: 'a closing brace is missing',
    CloseBracketExpected: 'a closing bracket is missing',
    EndOfFileExpected: 'text follows the end of the JSON value',
    InvalidCharacter: `invalid character ${near}`,
    UnexpectedEndOfComment: 'a comment is not closed',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
  };
  return words[code] ?? code;
}

function offsetFromMessage(message: string): number {
  const m = /position (\d+)/.exec(message);
  return m ? Number(m[1]) : 0;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}
