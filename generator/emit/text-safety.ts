/**
 * The one module that makes doc text safe in generated code: identifiers, property keys,
 * JSDoc and string literals. Nothing from the docs reaches an output any other way.
 */

const reserved = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await any unknown never object string number boolean symbol bigint undefined'.split(' '),
);

/** A valid, safe TypeScript identifier for a type name taken from the docs. */
export function typeIdentifier(name: string): string {
  // no `$`: file names are built from identifiers, and `a$b` would become the file of `a_b`
  let id = name.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+(?=[A-Za-z])/, '');
  if (id === '' || /^_*$/.test(id)) id = 'Unnamed';
  if (/^[0-9]/.test(id)) id = `_${id}`;
  if (reserved.has(id)) id = `${id}_`;
  return id;
}

/** Whether a field name can stand unquoted as a property key. */
export function isPlainKey(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/** A property key: unquoted when plain, else a JSON string literal (`"a-b"`, `"123abc"`, `"__proto__"`). */
export function propertyKey(name: string): string {
  return isPlainKey(name) && name !== '__proto__' ? name : JSON.stringify(name);
}

/**
 * Text for a JSDoc block: `*\/` cannot close the comment, `@` cannot start a tag, and HTML
 * is neutralised so editors rendering the hover never see markup from the docs.
 */
export function docText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\*\//g, '*\u200b/')
    .replace(/\/\*/g, '/\u200b*')
    .replace(/(^|\s)@/g, '$1\uff20')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .trim();
}

/** Text for a `//` comment: every JavaScript line terminator (also U+2028/U+2029) becomes a space. */
export function lineComment(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/**
 * A key for an object literal in generated code. `"__proto__": x` would set the prototype
 * instead of adding a key, so that one name is written as a computed key.
 */
export function objectKey(name: string): string {
  return name === '__proto__' ? `[${stringLiteral(name)}]` : stringLiteral(name);
}

/** A string literal for generated code: JSON escaping plus `</script>` and line separators. */
export function stringLiteral(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A file name segment from a doc name: never a path separator, `..`, or anything odd. */
export function fileSegment(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^\.+/, '_');
  return safe === '' ? '_' : safe.slice(0, 120);
}
