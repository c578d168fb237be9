// Copied by docs2ts from generator/runtime/raw-json.ts. Do not edit.
/*
 * What a parsed object cannot show about the text it came from: a key given twice in one object
 * (JSON.parse keeps the last, so `{"EventType":"X",…,"EventType":"Y"}` would pass as Y) and text
 * that is not well-formed Unicode. No imports: the CLI and the generated package share this file.
 */

export interface TextPosition {
  /** 1-based. */
  line: number;
  column: number;
  offset: number;
}

export interface DuplicateKey {
  /** JSON pointer of the key (`/EventData/RoomId`). */
  path: string;
  key: string;
  first: TextPosition;
  second: TextPosition;
}

/**
 * Every key given twice in one object, with the positions of both. Expects text JSON.parse
 * accepted; a single pass with an explicit stack, so any nesting depth and size cost no recursion.
 */
export function duplicateKeys(text: string, limit = 100): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // one frame per open object or array: the keys seen (objects), the next index (arrays), the pointer
  const stack: Array<{ keys?: Map<string, number>; index: number; pointer: string; key?: string }> = [];
  const lineStarts = [0];
  let expectKey = false;
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 123 || c === 91) {
      const parent = stack[stack.length - 1];
      const pointer = parent ? `${parent.pointer}/${parent.keys ? escapePointer(parent.key ?? '') : String(parent.index)}` : '';
      stack.push(c === 123 ? { keys: new Map(), index: 0, pointer } : { index: 0, pointer });
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      stack.pop();
      expectKey = false;
    } else if (c === 44) {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.index++;
    } else if (c === 34) {
      const start = i;
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const key = JSON.parse(text.slice(start, j + 1)) as string;
        const seen = top.keys.get(key);
        if (seen !== undefined) {
          found.push({ path: `${top.pointer}/${escapePointer(key)}`, key, first: position(text, seen, lineStarts), second: position(text, start, lineStarts) });
        } else top.keys.set(key, start);
        top.key = key;
        expectKey = false;
      }
      i = j;
    }
  }
  return found;
}

/** Where a string stops being well-formed UTF-16 (a lone surrogate: bytes that were not UTF-8, or a bad escape), or -1. */
export function illFormedAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

function position(text: string, offset: number, lineStarts: number[]): TextPosition {
  // lineStarts holds every line start before the scan position, and `offset` is behind it
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1, offset };
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
