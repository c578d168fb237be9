/** Words a type name from the docs may not be: TypeScript keywords and primitive type names. */
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
