import { typeWords } from '../model/passes/overrides.js';
import type { Field, OverrideFacts, Struct } from '../model/types.js';

/**
 * One sentence for the JSDoc and the schema description of a field that docs-src/overrides.json
 * corrects: the reader of the type sees that it departs from the docs, why, and what the docs say.
 */
export function overrideNote(field: Field, structs: Record<string, Struct>): string | undefined {
  const o = field.override;
  if (!o) return undefined;
  const where = `${o.source.file}:${o.source.line}`;
  if (!o.documented) return `Added locally (${where}): ${o.reason} (the docs do not list this field).`;
  return `Overridden locally (${where}): ${o.reason} (docs say: ${documentedWords(o.documented, field, structs)}).`;
}

/** What the docs say of the facts the override changed, e.g. `Integer`, `Integer, required`. */
function documentedWords(docs: OverrideFacts, field: Field, structs: Record<string, Struct>): string {
  const parts: string[] = [];
  if (JSON.stringify(docs.type) !== JSON.stringify(field.type)) parts.push(docs.typeSpelling ?? typeWords(docs.type, structs));
  if (docs.required !== field.required) parts.push(docs.required ? 'required' : 'optional');
  if (docs.nullable !== field.nullable) parts.push(docs.nullable ? 'nullable' : 'not nullable');
  const values = (v: Array<string | number> | undefined): string => (v ? v.map((x) => JSON.stringify(x)).join(', ') : '');
  if (values(docs.enumValues) !== values(field.enum?.values.map((v) => v.value))) parts.push(docs.enumValues ? `values ${values(docs.enumValues)}` : 'no listed values');
  return parts.join(', ') || 'the same';
}
