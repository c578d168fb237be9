import { describe, expect, it } from 'vitest';
import { envelopes, inferEnvelopes } from '../../../generator/model/passes/envelopes.js';
import type { Example, SourceRef } from '../../../generator/model/types.js';
import { deepFreeze } from './drafts.js';
import { emptyModel, event } from './model-fixtures.js';

const at = (line: number): SourceRef => ({ file: 'docs-src/p/zh/page.md', line, lang: 'zh' });
const body = (value: unknown, line: number, keys = { discriminator: 'Kind', payload: 'Body' }, extra: Partial<Example> = {}): Example => ({ kind: 'envelope', raw: '', value, envelope: keys, source: at(line), ...extra });

describe('envelopes pass', () => {
  it('types the keys the example bodies show: the two named keys required, the others optional notes', () => {
    const events = [
      event('A', [], { examples: [body({ Kind: 'A', Body: { x: 1 }, Sign: 's', Extra: null }, 5)] }),
      // a repaired body counts; payload examples, bodies that are no object and the minority's keys do not
      event('B', [], {
        examples: [
          body(undefined, 9, undefined, { repaired: { Kind: 'B', Body: {}, Sign: 't', Extra: null } }),
          { kind: 'payload', raw: '', value: { Other: 1 }, source: at(11) },
          body(['Kind'], 12),
          body({ Type: 'C', Data: {}, Odd: 1 }, 13, { discriminator: 'Type', payload: 'Data' }),
        ],
      }),
    ];
    const found = inferEnvelopes(events);
    expect(Object.keys(found)).toEqual(['p']);
    const env = found.p;
    expect([env.product, env.typeName, env.discriminator, env.payloadField, env.sources]).toEqual(['p', 'PCallbackEnvelope', 'Kind', 'Body', [at(5), at(9)]]);
    expect(env.fields).toEqual([
      { name: 'Kind', type: { kind: 'string' }, typeSource: 'inferred-from-example', required: true, requiredReason: 'names the event; always present', nullable: false, description: { en: 'The event type; selects the payload type.' }, sources: [at(5)] },
      { name: 'Body', type: { kind: 'unknown' }, typeSource: 'inferred-from-example', required: true, requiredReason: 'carries the payload; always present', nullable: false, description: { en: 'The event payload; its type depends on the event type.' }, sources: [at(5)] },
      {
        name: 'Sign',
        type: { kind: 'string' },
        typeSource: 'inferred-from-example',
        required: false,
        requiredReason: 'known only from examples (present in 2 of 2 example bodies of the product); an example cannot promise a field',
        nullable: false,
        description: { en: 'Present in every example body of p, but no table documents it.' },
        sources: [at(5)],
      },
      {
        name: 'Extra',
        type: { kind: 'unknown' },
        typeSource: 'inferred-from-example',
        required: false,
        requiredReason: 'known only from examples (present in 2 of 2 example bodies of the product); an example cannot promise a field',
        nullable: true,
        description: { en: 'Present in every example body of p, but no table documents it.' },
        sources: [at(5)],
      },
    ]);
  });

  it('types a key from the first example that gives it a value; one missing from a body is no note and takes that body as its source', () => {
    const events = [event('A', [], { examples: [body({ Kind: 1, Body: {} }, 5), body({ Kind: 2, Body: {}, Seq: null }, 6), body({ Kind: 3, Body: {}, Seq: 7 }, 7)] })];
    const env = inferEnvelopes(events).p;
    expect(env.fields[0].type).toEqual({ kind: 'integer' });
    expect(env.fields[2]).toMatchObject({ name: 'Seq', type: { kind: 'integer' }, nullable: true, sources: [at(6)], requiredReason: expect.stringContaining('present in 2 of 3 example bodies') });
    expect(env.fields[2].description).toEqual({});
    // a key without a value (a hand-built body) is passed over like null
    const unset = inferEnvelopes([event('A', [], { examples: [body({ Kind: 'a', Body: {}, Seq: undefined }, 5), body({ Kind: 'b', Body: {}, Seq: 'x' }, 6)] })]).p;
    expect(unset.fields[2].type).toEqual({ kind: 'string' });
  });

  it('reads only whole bodies that are objects, in examples marked as such', () => {
    const keys = { discriminator: 'Kind', payload: 'Body' };
    const events = [
      event('A', [], {
        examples: [
          { kind: 'payload', raw: '', value: { Kind: 'A', Body: {}, Wrong: 1 }, envelope: keys, source: at(4) },
          body(null, 5, keys, { repaired: null }),
          body('text', 6),
          body({ Kind: 'A', Body: {} }, 7),
        ],
      }),
    ];
    const env = inferEnvelopes(events).p;
    expect([env.fields.map((x) => x.name), env.sources]).toEqual([['Kind', 'Body'], [at(7)]]);
  });

  it('a named key missing from the bodies takes no source from them', () => {
    const env = inferEnvelopes([event('A', [], { examples: [body({ Body: {} }, 5)] })]).p;
    expect(env.fields.map((x) => [x.name, x.sources])).toEqual([
      ['Kind', [{ file: '', line: 1, lang: 'en' }]],
      ['Body', [at(5)]],
    ]);
  });

  it('takes the majority of the bodies, and between two as many the first in order', () => {
    const tie = [event('A', [], { examples: [body({ Z: 'a', D: {} }, 5, { discriminator: 'Z', payload: 'D' }), body({ K: 'a', D: {} }, 6, { discriminator: 'K', payload: 'D' })] })];
    expect(inferEnvelopes(tie).p.discriminator).toBe('K');
    const most = [
      event('A', [], {
        examples: [body({ Z: 'a', D: {} }, 5, { discriminator: 'Z', payload: 'D' }), body({ K: 'a', D: {} }, 6, { discriminator: 'K', payload: 'D' }), body({ Z: 'b', D: {} }, 7, { discriminator: 'Z', payload: 'D' })],
      }),
    ];
    expect(inferEnvelopes(most).p).toMatchObject({ discriminator: 'Z', sources: [at(5), at(7)] });
    // same discriminator, another payload member: not the same envelope
    const payloads = [event('A', [], { examples: [body({ K: 'a', D: {} }, 5, { discriminator: 'K', payload: 'D' }), body({ K: 'a', E: {} }, 6, { discriminator: 'K', payload: 'E' }), body({ K: 'a', E: {} }, 7, { discriminator: 'K', payload: 'E' })] })];
    expect(inferEnvelopes(payloads).p).toMatchObject({ payloadField: 'E', sources: [at(6), at(7)] });
  });

  it('prefers a documented discriminator with one payload member: documented fields, the sources of the events', () => {
    const documented = { key: 'op', value: 1, payloadPath: ['data'], evidence: 'prose' };
    const events = [
      event('1', [], { discriminator: { ...documented, payloadPath: [] } }),
      event('2', [], { discriminator: documented, sources: [at(20), at(30)], examples: [body({ Kind: 'x', Body: {} }, 8)] }),
      event('3', [], { discriminator: { ...documented, value: 3 }, sources: [at(40)] }),
    ];
    const env = inferEnvelopes(events).p;
    expect([env.discriminator, env.payloadField, env.sources]).toEqual(['op', 'data', [at(1), at(20), at(40)]]);
    expect(env.fields.map((f) => [f.name, f.type.kind, f.typeSource, f.required, f.sources])).toEqual([
      ['op', 'integer', 'documented', true, [at(1)]],
      ['data', 'unknown', 'documented', true, [at(1)]],
    ]);
    const named = inferEnvelopes([event('X', [], { discriminator: { key: 'type', value: 'X', payloadPath: ['body'], evidence: 'prose' } })]).p;
    expect(named.fields[0].type).toEqual({ kind: 'string' });
  });

  it('a documented envelope with no example or source still has a place for its fields', () => {
    const env = inferEnvelopes([event('1', [], { discriminator: { key: 'op', value: 1, payloadPath: ['data'], evidence: 'prose' }, sources: [] })]).p;
    expect(env.fields[0].sources).toEqual([{ file: '', line: 1, lang: 'en' }]);
    expect(env.sources).toEqual([]);
  });

  it('gives no envelope to a product with neither, each product its own, and points the events at theirs', () => {
    const model = emptyModel({
      events: [
        event('A', [], { product: 'q', examples: [body({ Kind: 'A', Body: {} }, 5)] }),
        event('B', [], { product: 'r', examples: [{ kind: 'payload', raw: '', value: { x: 1 }, source: at(6) }] }),
        event('C', [], { product: 'p', examples: [body({ T: 'C', P: {} }, 7, { discriminator: 'T', payload: 'P' })] }),
      ],
    });
    const out = envelopes.run(deepFreeze(model));
    expect(Object.keys(out.envelopes)).toEqual(['p', 'q']);
    expect([out.envelopes.p.discriminator, out.envelopes.q.discriminator, out.envelopes.q.typeName]).toEqual(['T', 'Kind', 'QCallbackEnvelope']);
    expect(out.events.map((e) => e.envelope)).toEqual(['q', undefined, 'p']);
    expect(out.events[1]).toBe(model.events[1]);
  });
});
