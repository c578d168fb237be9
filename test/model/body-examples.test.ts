import { describe, expect, it } from 'vitest';
import { bodyExampleOwner } from '../../generator/model/body-examples.js';
import type { CodeBlock } from '../../generator/parse/types.js';
import type { Section } from '../../generator/model/recognise/section.js';

const code = (text: string): CodeBlock => ({ kind: 'code', lang: 'json', text, line: 1 });
const section = (value: string | number | undefined, key = 'eventType'): Section => ({
  start: 0,
  end: 1,
  eventType: String(value),
  version: null,
  line: 1,
  recogniser: 'numeric-codes',
  ...(value === undefined ? {} : { discriminator: { key, value, payloadPath: ['payload'], evidence: 'test' } }),
});

describe('bodyExampleOwner: the section whose event a body outside every section names', () => {
  it('is the one section whose discriminator value the body carries, number or string', () => {
    expect(bodyExampleOwner(code('{"eventType": 102, "payload": {}}'), [section(101), section(102)])).toBe(1);
    expect(bodyExampleOwner(code('{"event": "stream_create"}'), [section('stream_close', 'event'), section('stream_create', 'event')])).toBe(1);
    // read through the repair of invalid JSON
    expect(bodyExampleOwner(code('{"eventType": 101,}'), [section(101)])).toBe(0);
  });

  it('is none for a body naming no section, several, or none by that key, and for sections without a key', () => {
    expect(bodyExampleOwner(code('{"eventType": 109}'), [section(101)])).toBeUndefined();
    expect(bodyExampleOwner(code('{"eventType": "101"}'), [section(101)])).toBeUndefined();
    expect(bodyExampleOwner(code('{"eventType": 101}'), [section(101), section(101)])).toBeUndefined();
    expect(bodyExampleOwner(code('{"type": 101}'), [section(101)])).toBeUndefined();
    expect(bodyExampleOwner(code('{"eventType": 101}'), [section(undefined)])).toBeUndefined();
  });

  it('is none for a body that is no object', () => {
    for (const text of ['null', '[{"eventType": 101}]', '101', '"x"']) expect(bodyExampleOwner(code(text), [section(101)])).toBeUndefined();
  });
});
