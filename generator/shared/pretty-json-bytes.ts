/**
 * `${JSON.stringify(value, null, 2)}\n` as UTF-8 bytes, byte for byte, without ever holding the
 * whole text as one string: the top `depth` levels of objects and arrays are written piece by
 * piece, the values below them are stringified natively a slice of `CHUNK_ITEMS` at a time (see
 * writeChildren), and the pieces are encoded every megabyte. For a model.json of 100 MB the
 * largest string is one slice's text, not the file (which, with Chinese in it, would take 200 MB
 * as a string).
 */
export function prettyJsonBytes(value: unknown, depth = 2): Buffer {
  const encoded: Buffer[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  const out = (s: string): void => {
    pending.push(s);
    pendingLength += s.length;
    if (pendingLength >= FLUSH_CHARS) flush();
  };
  const flush = (): void => {
    encoded.push(Buffer.from(pending.join(''), 'utf8'));
    pending = [];
    pendingLength = 0;
  };
  const top = write(value, '', depth, out);
  // a top value JSON.stringify turns into undefined (a function, undefined itself) has no text
  if (top === undefined) throw new TypeError('prettyJsonBytes: the value has no JSON text');
  out('\n');
  flush();
  return Buffer.concat(encoded);
}

const FLUSH_CHARS = 1 << 20;

/** Writes one value at `indent`; returns undefined (writing nothing) where JSON.stringify would. */
function write(value: unknown, indent: string, depth: number, out: (s: string) => void): true | undefined {
  if (depth <= 0 || !isPlainContainer(value)) {
    const text = JSON.stringify(value, null, 2);
    if (text === undefined) return undefined;
    out(indent ? text.replace(/\n/g, `\n${indent}`) : text);
    return true;
  }
  const inner = `${indent}  `;
  if (depth === 1) return writeChildren(value, indent, out);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out('[]');
      return true;
    }
    out('[\n');
    // an index loop, not forEach: a hole is a slot too
    for (let i = 0; i < value.length; i++) {
      out(inner);
      // an array keeps a slot for what has no JSON text: null, as JSON.stringify writes it
      if (write(value[i], inner, depth - 1, out) === undefined) out('null');
      out(i < value.length - 1 ? ',\n' : '\n');
    }
    out(`${indent}]`);
    return true;
  }
  const keys = Object.keys(value).filter((k) => hasJsonText((value as Record<string, unknown>)[k]));
  if (keys.length === 0) {
    out('{}');
    return true;
  }
  out('{\n');
  keys.forEach((k, i) => {
    out(`${inner}${JSON.stringify(k)}: `);
    write((value as Record<string, unknown>)[k], inner, depth - 1, out);
    out(i < keys.length - 1 ? ',\n' : '\n');
  });
  out(`${indent}}`);
  return true;
}

/**
 * A container whose children are written whole: a slice of them at a time goes through one
 * native JSON.stringify, wrapped in as many one-element arrays as the container is deep, so the
 * children come out already indented to their place (JSON.stringify indents by depth only, never
 * by key). The wrappers' lines are then cut off. Stringifying each child alone and re-indenting
 * it with a regular expression costs two to three times as much, most of all in a fresh process.
 */
function writeChildren(value: object, indent: string, out: (s: string) => void): true {
  const array = Array.isArray(value);
  const keys = array ? [] : Object.keys(value).filter((k) => hasJsonText((value as Record<string, unknown>)[k]));
  const count = array ? value.length : keys.length;
  if (count === 0) {
    out(array ? '[]' : '{}');
    return true;
  }
  // the container itself is at level `indent / 2`; with its wrappers, `levels` brackets open
  const levels = indent.length / 2 + 1;
  // each bracket line is its indentation, the bracket, and a line break: 2i + 2 characters
  const cut = levels * (levels + 1);
  out(array ? '[\n' : '{\n');
  for (let start = 0; start < count; start += CHUNK_ITEMS) {
    const end = Math.min(count, start + CHUNK_ITEMS);
    let wrapped: unknown = array ? value.slice(start, end) : Object.fromEntries(keys.slice(start, end).map((k) => [k, (value as Record<string, unknown>)[k]]));
    for (let level = 1; level < levels; level++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    out(text.slice(cut, text.length - cut));
    out(end < count ? ',\n' : '\n');
  }
  out(`${indent}${array ? ']' : '}'}`);
  return true;
}

/** Children stringified together: large enough to leave the work to JSON.stringify, small enough to bound a slice's text. */
const CHUNK_ITEMS = 64;

/** An array or plain object, written piece by piece; anything else (a toJSON, a boxed string) JSON.stringify writes. */
function isPlainContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

/** Whether an object property appears in JSON.stringify's text (undefined, functions and symbols do not). */
function hasJsonText(value: unknown): boolean {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return false;
  // an object with a toJSON of its own decides for itself
  return isPlainContainer(value) || typeof value !== 'object' || value === null || JSON.stringify(value) !== undefined;
}
