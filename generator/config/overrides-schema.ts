/**
 * JSON Schema (2020-12) of `docs-src/overrides.json`: an array of entries, each targeting one field
 * of a product's event (optionally one dated version) by a dot path, and doing exactly one of
 * `set`, `add` or `remove`, with a reason. Kept as a module so the compiled CLI carries it.
 */
const typeSpelling = { type: 'string', minLength: 1, description: 'A type as the docs would spell it: `string`, `Integer`, `int64`, `string|number`, `Array of RecordFile`, a struct name.' };

const fieldFacts = {
  type: typeSpelling,
  required: { type: 'boolean' },
  nullable: { type: 'boolean' },
  enum: { type: 'array', minItems: 1, uniqueItems: true, items: { type: ['string', 'number'] }, description: 'The complete set of values (a closed enum).' },
  description: { type: 'string', minLength: 1 },
};

export const overridesSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:docs2ts:overrides',
  title: 'docs2ts overrides',
  description: 'Local corrections of wrong docs, applied to the model after extraction.',
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['product', 'event', 'path', 'reason'],
    properties: {
      $comment: { type: 'string' },
      product: { type: 'string', minLength: 1 },
      event: { type: 'string', minLength: 1 },
      version: { type: 'string', minLength: 1 },
      path: { type: 'string', pattern: '^[^.\\[\\]]+(\\[\\])?(\\.[^.\\[\\]]+(\\[\\])?)*$', description: 'Dot path from the payload: `RoomId`, `Info.RoomId`, `Items[].Id`.' },
      set: { type: 'object', additionalProperties: false, minProperties: 1, properties: fieldFacts },
      add: { type: 'object', additionalProperties: false, required: ['type'], properties: fieldFacts },
      remove: { const: true },
      reason: { type: 'string', pattern: '\\S', description: 'Why the docs are overridden: required text.' },
    },
  },
} as const;
