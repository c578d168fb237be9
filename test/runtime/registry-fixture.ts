import type { EventEntry, RuntimeRegistry, SchemaError } from '../../generator/runtime/registry.js';

/** A required-keys-and-types validator, enough to drive the runtime without Ajv. */
export function requires(shape: Record<string, 'string' | 'number'>): (value: unknown) => SchemaError[] {
  return (value) => {
    if (value === null || typeof value !== 'object') return [{ instancePath: '', keyword: 'type', message: 'must be object', params: { type: 'object' } }];
    const errors: SchemaError[] = [];
    for (const [key, type] of Object.entries(shape)) {
      const v = (value as Record<string, unknown>)[key];
      if (!Object.prototype.hasOwnProperty.call(value, key)) errors.push({ instancePath: '', keyword: 'required', message: `must have required property '${key}'`, params: { missingProperty: key } });
      else if (typeof v !== type) errors.push({ instancePath: `/${key}`, keyword: 'type', message: `must be ${type}`, params: { type } });
    }
    return errors;
  };
}

const entry = (e: Partial<EventEntry> & Pick<EventEntry, 'product' | 'eventType' | 'typeName'>): EventEntry => ({ version: null, validator: `v_${e.typeName}`, discriminator: null, envelope: null, reply: null, ...e });

/**
 * Three ways a body names its event, none by a fixed key name: a string type with a payload member
 * (and an envelope), a numeric code with a payload member, and a command string in a flat body.
 */
export function registry(): RuntimeRegistry {
  const validators: Record<string, (value: unknown) => SchemaError[]> = {
    v_Env: requires({ Kind: 'string' }),
    v_Started_1: requires({ Id: 'string' }),
    v_Started_2: requires({ Id: 'string', At: 'number' }),
    v_Code7: requires({ state: 'number' }),
    v_Flat: requires({ Command: 'string', From: 'string' }),
    v_FlatReply: requires({ Status: 'string' }),
    v_Bare: requires({ Only: 'string' }),
  };
  return {
    events: [
      entry({ product: 'a', eventType: 'Started', version: '2020-01-01', typeName: 'Started_1', validator: 'v_Started_1', discriminator: { key: 'Kind', value: 'Started', payloadPath: ['Data'] }, envelope: 'a' }),
      entry({ product: 'a', eventType: 'Started', version: '2023-01-01', typeName: 'Started_2', validator: 'v_Started_2', discriminator: { key: 'Kind', value: 'Started', payloadPath: ['Data'] }, envelope: 'a' }),
      entry({ product: 'b', eventType: '7', typeName: 'Code7', discriminator: { key: 'cmd', value: 7, payloadPath: ['body', 'inner'] } }),
      entry({ product: 'c', eventType: 'Flat.Send', typeName: 'Flat', discriminator: { key: 'Command', value: 'Flat.Send', payloadPath: [] }, reply: { typeName: 'FlatReply', validator: 'v_FlatReply' } }),
      entry({ product: 'd', eventType: 'Bare', typeName: 'Bare' }),
    ],
    envelopes: { a: { typeName: 'Env', validator: 'v_Env' } },
    apis: [],
    sourceMap: {
      Started_2: { Id: ['docs/a.md:10', null], At: ['docs/a.md:11', null] },
      Flat: { Command: ['docs/c.md:3', null], From: ['docs/c.md:4', 'Person'] },
      Person: { Name: ['docs/c.md:20', null] },
    },
    runValidator: (name, value) => validators[name](value),
  };
}
