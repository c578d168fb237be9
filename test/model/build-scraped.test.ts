import { describe, expect, it } from 'vitest';
import { buildFromScrapedText } from '../../generator/model/build-scraped.js';
import { parseSnippet } from '../helpers/snippet.js';

// The scraped-page builder: each parameter table and the JSON examples after it make one event,
// named only by the example's body.
const page = (text: string) => buildFromScrapedText(parseSnippet(text, { format: 'scraped-text', lang: 'en', file: 'docs-src/p/en/s.txt' }));

const table = (...rows: string[]) => ['Name | Type | Description |', ...rows].join('\n');
const started = `${table('`RoomId` | String | The room. |', '**Size** | Object | Details. |')}
{"EventType": "Room.Started", "Data": {"RoomId": "r1", "Size": {"Width": 3}}}
`;

describe('buildFromScrapedText', () => {
  it('makes one event per table, named by its example, with the table as its fields', () => {
    const draft = page(started);
    expect(draft).toMatchObject({ file: 'docs-src/p/en/s.txt', product: 'p', lang: 'en', apis: [], structs: [], catalogue: [] });
    expect(draft.events).toHaveLength(1);
    const [event] = draft.events;
    expect(event).toMatchObject({ product: 'p', eventType: 'Room.Started', version: null, lang: 'en', source: { file: 'docs-src/p/en/s.txt', line: 1, lang: 'en' } });
    expect(event.fields.map((f) => f.name)).toEqual(['RoomId', 'Size']);
    expect(event.examples).toEqual([expect.objectContaining({ kind: 'envelope', envelope: { discriminator: 'EventType', payload: 'Data' }, source: { file: 'docs-src/p/en/s.txt', line: 4, lang: 'en' } })]);
    expect(draft.diagnostics).toEqual([]);
  });

  it('names a flat body by the row whose value the table says is fixed, carried by the example', () => {
    const flat = `${table('EventType | String | The event type, fixed value: TranscodeComplete |', 'FileId | String | The file. |')}\n{"EventType": "TranscodeComplete", "FileId": "f1"}\n`;
    const [event] = page(flat).events;
    expect(event).toMatchObject({ eventType: 'TranscodeComplete', discriminator: { key: 'EventType', value: 'TranscodeComplete', payloadPath: [] } });
    expect(event.fields.map((f) => f.name)).toEqual(['EventType', 'FileId']);
    // the example must carry the fixed value: a fixed content type names no event
    expect(page(flat.replace('"EventType": "TranscodeComplete"', '"EventType": "Other"')).events).toEqual([]);
  });

  it('types a shapeless object from the payload member of its example', () => {
    const size = page(started).events[0].fields[1];
    expect(size.type).toEqual({ kind: 'object', fields: [expect.objectContaining({ name: 'Width', type: { kind: 'integer' } })] });
    expect(size.typeSource).toBe('inferred-from-example');
  });

  it('records the table and its examples in the coverage', () => {
    const coverage = page(started).coverage!;
    expect(coverage.shapes).toEqual(['scraped-text']);
    expect(coverage.blocks.map((b) => [b.line, b.role, b.claimedBy])).toEqual([
      [1, 'payload of Room.Started', 'scraped-text'],
      [4, 'example of Room.Started', 'scraped-text'],
    ]);
  });

  it('takes the examples up to the next table only, and skips prose and non-JSON between', () => {
    const text = `${started}
some prose
${table('UserId | String | The user. |')}
not json
{"EventType": "User.Left", "Data": {"UserId": "u"}}
`;
    const draft = page(text);
    expect(draft.events.map((e) => [e.eventType, e.fields.map((f) => f.name), e.examples.length])).toEqual([
      ['Room.Started', ['RoomId', 'Size'], 1],
      ['User.Left', ['UserId'], 1],
    ]);
  });

  it('a table whose examples do not name the event is skipped, with a finding and the examples said skipped', () => {
    const draft = page(`${table('RoomId | String | The room. |')}
{"EventType": "has space", "Data": {"RoomId": "r1",}}
`);
    expect(draft.events).toEqual([]);
    expect(draft.diagnostics.map((d) => [d.code, d.line, d.event])).toEqual([
      ['event-name-missing', 1, undefined],
      ['example-invalid-json', 3, undefined],
    ]);
    expect(draft.diagnostics[0]).toMatchObject({ file: 'docs-src/p/en/s.txt', product: 'p', lang: 'en' });
    expect(draft.coverage?.shapes).toEqual([]);
    expect(draft.coverage?.blocks.map((b) => [b.line, b.reason])).toEqual([
      [1, 'a parameter table with no example whose body names its event (event-name-missing)'],
      [3, 'an example after a parameter table whose event has no name'],
    ]);
  });

  it('a name that is no identifier even with its dots made underscores does not name the event', () => {
    expect(page(`${table('RoomId | String | The room. |')}\n{"EventType": "1.Started", "Data": {"RoomId": "r1"}}\n`).events).toEqual([]);
    expect(page(`${table('RoomId | String | The room. |')}\n{"EventType": "A.B.Started", "Data": {"RoomId": "r1"}}\n`).events.map((e) => e.eventType)).toEqual(['A.B.Started']);
  });

  it('names the event from a later example when the first does not, and reads a repaired example', () => {
    const draft = page(`${table('RoomId | String | The room. |')}
{"Data": {"RoomId": "r1"}}
{"EventType": "Room.Closed", "Data": {"RoomId": "r1",}}
`);
    expect(draft.events.map((e) => e.eventType)).toEqual(['Room.Closed']);
    // the example's finding names the event once it is known
    expect(draft.diagnostics).toEqual([expect.objectContaining({ code: 'example-invalid-json', event: 'Room.Closed', line: 4 })]);
  });

  it('reads only parameter tables', () => {
    const draft = page('Value | Meaning |\n1 | one |\n{"EventType": "Room.Started", "Data": {"RoomId": "r1"}}\n');
    expect(draft.events).toEqual([]);
    expect(draft.diagnostics).toEqual([]);
  });
});
