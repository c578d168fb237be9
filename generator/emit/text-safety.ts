/**
 * The one module that makes doc text safe in generated code: identifiers, property keys,
 * JSDoc and string literals. Nothing from the docs reaches an output any other way.
 */

// the identifier rule is shared with the model's naming pass, which decides every exported name
export { typeIdentifier } from '../shared/identifier.js';

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
