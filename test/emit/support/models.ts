import type { Envelope, Field, Model, Struct } from '../../../generator/model/types.js';
import { event, field, tinyModel } from '../../helpers/tiny-model.js';

/** Doc text that would break or inject code if any emitter let it through unescaped. */
export const hostileText = 'ends */ export const pwned = 1; /* ${pwned()} `tick` </script><img src=x onerror=alert(1)> @param \u2028pwned();';

const src = [{ file: 'docs-src/p/en/page.md', line: 1, lang: 'en' as const }];

function struct(name: string, fields: Field[], typeName = name): Struct {
  return { id: `p/${name}`, product: 'p', name, typeName, anchors: [], description: { en: `${name} struct` }, fields, sources: src, usedBy: [] };
}

function envelope(): Envelope {
  return {
    product: 'p',
    typeName: 'PEnvelope',
    discriminator: 'EventType',
    payloadField: 'EventData',
    fields: [field('EventType', { kind: 'string' }), field('EventData', { kind: 'unknown' }), field('Sign', { kind: 'string' }, { required: false })],
    sources: src,
  };
}

/**
 * A product with an envelope, an enum, a struct, an inline object, a 64-bit integer, two dated
 * versions of one event (a body can satisfy both) and a wrapped API response.
 */
export function narrowingModel(): Model {
  return tinyModel({
    events: [
      event(
        'A',
        [
          field('X', { kind: 'string' }, { enum: { values: [{ value: 'AUTO' }, { value: 'USER_CALL' }], closed: true, source: 'description', line: 11 }, sources: [{ file: 'docs-src/p/en/page.md', line: 11, lang: 'en' }] }),
          field('Items', { kind: 'array', items: { kind: 'ref', struct: 'p/Item' } }, { required: false }),
          field('Error', { kind: 'object', fields: [field('Code', { kind: 'integer', format: 'int32' }), field('Message', { kind: 'string' }, { required: false })] }, { required: false }),
        ],
        { envelope: 'p', examples: [{ kind: 'envelope', raw: '{"EventType":"A","EventData":{"X":"AUTO"}}', value: { EventType: 'A', EventData: { X: 'AUTO' } }, source: { file: 'docs-src/p/en/page.md', line: 20, lang: 'en' } }] },
      ),
      event('B', [field('Old', { kind: 'string' })], { version: '2020-01-01', envelope: 'p' }),
      event('B', [field('Old', { kind: 'string' }, { required: false }), field('New', { kind: 'integer', format: 'int64' }, { nullable: true, sources: [{ file: 'docs-src/p/en/page.md', line: 42, lang: 'en' }] })], { version: '2023-01-01', envelope: 'p' }),
    ],
    structs: { 'p/Item': struct('Item', [field('Name', { kind: 'string' }), field('Size', { kind: 'integer', format: 'uint64' })]) },
    envelopes: { p: envelope() },
    apis: [
      {
        id: 'p/Describe@2019-09-19',
        product: 'p',
        action: 'Describe',
        apiVersion: '2019-09-19',
        typeName: 'Describe',
        summary: { en: 'Describes.' },
        sources: src,
        input: [field('Id', { kind: 'string' })],
        output: [field('Name', { kind: 'string' }), field('Count', { kind: 'integer' }, { required: false })],
        errors: [],
        examples: [{ kind: 'response', raw: '{"Response":{"Name":"n"}}', value: { Response: { Name: 'n' } }, source: { file: 'docs-src/p/en/api.md', line: 5, lang: 'en' } }],
        responseWrapper: 'Response',
      },
    ],
  });
}

/**
 * Hostile doc text everywhere, field names that are not identifiers, and type names that
 * collide after sanitising or with names the package itself uses.
 */
export function hostileModel(): Model {
  const hostile = { en: hostileText, zh: hostileText };
  return tinyModel({
    events: [
      event(
        'Weird',
        [
          field('__proto__', { kind: 'string' }, { description: hostile }),
          field('constructor', { kind: 'integer', format: 'int64' }, { description: hostile }),
          field('123abc', { kind: 'string' }, { enum: { values: [{ value: '*/', description: hostile }, { value: '${x}' }, { value: '</script>' }], closed: true, source: 'description', line: 3 } }),
          field('a-b', { kind: 'boolean' }, { required: false, nullable: true, requiredReason: hostileText }),
          field('../x', { kind: 'ref', struct: 'p/Node' }),
        ],
        {
          envelope: 'p',
          title: hostile,
          summary: hostile,
          examples: [{ kind: 'payload', raw: '{"__proto__":"*/","constructor":1,"123abc":"</script>","../x":{}}', value: JSON.parse('{"__proto__":"*/","constructor":1,"123abc":"</script>","../x":{}}'), source: { file: 'docs-src/p/en/page.md', line: 30, lang: 'en' } }],
        },
      ),
      event('a-b', [field('A', { kind: 'string' })], { typeName: 'a-b', envelope: 'p' }),
      event('a_b', [field('A', { kind: 'string' })], { typeName: 'a_b', envelope: 'p' }),
      event('X', [field('A', { kind: 'string' })], { version: '2020-01-01', envelope: 'p' }),
      event('X', [field('B', { kind: 'string' })], { version: '2021-01-01', envelope: 'p' }),
      event('XVersions', [field('A', { kind: 'string' })], { envelope: 'p' }),
      event('ValidationError', [field('A', { kind: 'string' })], { envelope: 'p' }),
      event('PCallback', [field('A', { kind: 'string' })], { envelope: 'p' }),
      event(`Evil */ pwned() /* \u2028 pwned()`, [field('A', { kind: 'string' }, { description: hostile })], { typeName: 'Evil', id: `p/Evil */ export const pwned = 1; /*\u2028pwned()`, title: hostile, envelope: 'p' }),
      event('***', [field('A', { kind: 'string' })], { typeName: '***' }),
    ],
    structs: {
      'p/Node': struct('Node', [field('next', { kind: 'ref', struct: 'p/Node' }, { required: false, description: hostile })]),
      'p/Record': struct('Record', [field('A', { kind: 'string' })]),
    },
    envelopes: { p: envelope() },
  });
}
