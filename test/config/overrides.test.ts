import { describe, expect, it } from 'vitest';
import { OverridesFileError, parseOverridesFile } from '../../generator/config/overrides.js';

const FILE = 'docs-src/overrides.json';

async function problems(text: string): Promise<string[]> {
  try {
    await parseOverridesFile(text, FILE);
  } catch (error) {
    if (error instanceof OverridesFileError) return error.diagnostics.map((d) => `${d.line}: ${d.message}`);
    throw error;
  }
  return [];
}

describe('overrides.json', () => {
  it('reads entries with the line each opens on', async () => {
    const text = `[
  { "product": "rtc", "event": "UserJoinRoom", "path": "Timestamp",
    "set": { "type": "string|number" }, "reason": "sent as a string" },
  {
    "$comment": "a note",
    "product": "rtc", "event": "RecordStopped", "version": "2023-11-01", "path": "RecordFileList[].Duration",
    "remove": true, "reason": "never sent"
  }
]`;
    expect(await parseOverridesFile(text, FILE)).toEqual([
      { product: 'rtc', event: 'UserJoinRoom', path: 'Timestamp', set: { type: 'string|number' }, reason: 'sent as a string', file: FILE, line: 2 },
      { product: 'rtc', event: 'RecordStopped', version: '2023-11-01', path: 'RecordFileList[].Duration', remove: true, reason: 'never sent', file: FILE, line: 4 },
    ]);
  });

  it('refuses text that is not JSON, with the line of the break', async () => {
    expect(await problems('[\n  { "product": "rtc",\n  }\n]')).toEqual(['3: not valid JSON (PropertyNameExpected)']);
  });

  it('refuses entries against the schema, each problem with its line', async () => {
    const text = `[
  { "product": "rtc", "event": "E", "path": "A", "set": { "type": "string" }, "reason": "r", "colour": 1 },
  { "product": "rtc", "event": "E", "path": "A",
    "set": {}, "reason": "r" },
  { "product": "rtc", "path": "A..B", "remove": false, "reason": "" }
]`;
    expect(await problems(text)).toEqual([
      '2: entry 1 has an unknown key "colour"',
      '4: entry 2.set must NOT have fewer than 1 properties',
      '5: entry 3 must have required property \'event\'',
      '5: entry 3.path must be a dot path of field names (`Info.RoomId`, `Items[].Id`)',
      '5: entry 3.remove must be true',
      '5: entry 3.reason must say why the docs are overridden',
    ]);
    expect(await problems('{ "product": "rtc" }')).toEqual(['1: the file (an array of entries) must be array']);
  });

  it('wants exactly one action, a path ending in a field, and a type spelling the model reads', async () => {
    const text = `[
  { "product": "p", "event": "E", "path": "A", "reason": "r" },
  { "product": "p", "event": "E", "path": "A", "remove": true, "set": { "required": false }, "reason": "r" },
  { "product": "p", "event": "E", "path": "Items[]", "remove": true, "reason": "r" },
  { "product": "p", "event": "E", "path": "A",
    "add": { "type": "a number of seconds" }, "reason": "r" }
]`;
    expect(await problems(text)).toEqual([
      '2: entry 1 must have exactly one of "set", "add" or "remove" (it has none)',
      '3: entry 2 must have exactly one of "set", "add" or "remove" (it has set, remove)',
      '4: entry 3: the path must end in a field name, not in the items of an array',
      '6: entry 4: the type "a number of seconds" is not a spelling the docs use (string, integer, int64, number, boolean, string|number, Array of X, a struct name)',
    ]);
  });
});
