import { describe, expect, it } from 'vitest';
import { fieldSummary, modelOf } from '../helpers/snippet.js';

// A webhook page of one envelope (`eventType` + `payload`), a table listing the event codes, and a
// heading per code (`### 101 channel create`) whose fields are a bulleted list.
const page = `# Channel events

## Request body

| Field | Type | Description |
| --- | --- | --- |
| noticeId | String | The notification ID. |
| eventType | Number | The type of event. |
| payload | JSON Object | The content of the event. |

## Event types

| eventType | Event name | Description |
| --- | --- | --- |
| 101 | channel create | The channel is created. |
| 102 | channel destroy | The channel is destroyed. |

### 101 channel create

The \`payload\` contains the following fields:

- \`channelName\`: String. The name of the channel.
- \`ts\`: Number. The Unix timestamp (s).

### 102 channel destroy

The \`payload\` contains the following fields:

- \`channelName\`: String. The name of the channel.
- \`lastUid\` (Number, optional): The last user.
`;
const en = { lang: 'en' as const, file: 'docs-src/p/en/page.md' };

describe('numeric codes in headings, listed in a table of codes', () => {
  it('gives one event per heading, keyed by the listing column, with the payload member from the prose', () => {
    const m = modelOf([page, en]);
    expect(m.events.map((e) => [e.eventType, e.discriminator?.key, e.discriminator?.value, e.discriminator?.payloadPath])).toEqual([
      ['101', 'eventType', 101, ['payload']],
      ['102', 'eventType', 102, ['payload']],
    ]);
    expect(fieldSummary(m, '101')).toEqual(['channelName: string', 'ts: number']);
    expect(fieldSummary(m, '102')).toEqual(['channelName: string', 'lastUid?: number']);
  });

  it('takes the envelope from the table that documents both the key and the payload member', () => {
    const envelope = modelOf([page, en]).envelopes.p;
    expect(envelope.discriminator).toBe('eventType');
    expect(envelope.payloadField).toBe('payload');
    expect(envelope.fields.map((f) => [f.name, f.typeSource, f.required])).toEqual([
      ['noticeId', 'documented', true],
      ['eventType', 'documented', true],
      ['payload', 'documented', true],
    ]);
  });

  it('finds the key from a field of the page when the listing header is in words', () => {
    const m = modelOf([page.replace('| eventType | Event name |', '| Event type | Event name |'), en]);
    expect(m.events.map((e) => e.discriminator?.key)).toEqual(['eventType', 'eventType']);
  });

  it('reads no event from outline numbers, unlisted codes, or one bare numbered heading', () => {
    // `### 1. Overview` beside a code listing of 1 and 2: outline numbering
    const outline = `| code | Meaning |\n| --- | --- |\n| 1 | start |\n| 2 | stop |\n\n### 1. Overview\n\n| Field | Type | Description |\n| --- | --- | --- |\n| a | String | x |\n\n### 2. Details\n\ntext\n`;
    expect(modelOf([outline, en]).events).toEqual([]);
    // codes in headings that the listing does not hold
    expect(modelOf([page.replace('### 101 channel create', '### 201 channel create').replace('### 102 channel destroy', '### 202 channel destroy'), en]).events).toEqual([]);
    // a single heading that starts with a listed number but does not name its row
    const single = page.replace('### 102 channel destroy', '### Other notes').replace('### 101 channel create', '### 101 things to know');
    expect(modelOf([single, en]).events).toEqual([]);
  });

  it('gives a whole body shown outside every section to the event its key names', () => {
    const withBody = page.replace('## Event types', '### Request body example\n\n```json\n{"noticeId": "n1", "eventType": 102, "payload": {"channelName": "c", "lastUid": 7}}\n```\n\n## Event types');
    const m = modelOf([withBody, en]);
    const [e101, e102] = m.events;
    expect(e101.examples).toEqual([]);
    expect(e102.examples.map((x) => [x.kind, x.envelope])).toEqual([['envelope', { discriminator: 'eventType', payload: 'payload' }]]);
    // a body naming no listed event stays unattached
    expect(modelOf([withBody.replace('"eventType": 102', '"eventType": 109'), en]).events.flatMap((e) => e.examples)).toEqual([]);
  });

  it('reads a code written after the name, in brackets (`### channel create (101)`, `### 频道创建（eventType = 102）`)', () => {
    const trailing = page.replace('### 101 channel create', '### channel create (101)').replace('### 102 channel destroy', '### channel destroy（eventType = 102）');
    const m = modelOf([trailing, en]);
    expect(m.events.map((e) => [e.eventType, e.discriminator?.key, e.discriminator?.payloadPath])).toEqual([
      ['101', 'eventType', ['payload']],
      ['102', 'eventType', ['payload']],
    ]);
    expect(fieldSummary(m, '102')).toEqual(['channelName: string', 'lastUid?: number']);
    // a bracketed number that names no row (a step, a year) is no code, nor one of another key
    const other = page.replace('### 101 channel create', '### Create a channel (101)').replace('### 102 channel destroy', '### channel destroy (code = 102)');
    expect(modelOf([other, en]).events).toEqual([]);
  });

  it('takes the payload member from the table of the key when no sentence names it: its one object row', () => {
    const silent = page.replaceAll('The `payload` contains the following fields:\n\n', '');
    const m = modelOf([silent, en]);
    expect(m.events.map((e) => e.discriminator?.payloadPath)).toEqual([['payload'], ['payload']]);
    expect(m.envelopes.p.payloadField).toBe('payload');
    // two object rows beside the key: no telling which one holds the event, the body is the payload
    const two = silent.replace('| payload | JSON Object | The content of the event. |', '| payload | JSON Object | The content of the event. |\n| extra | Object | Other data. |');
    expect(modelOf([two, en]).events.map((e) => e.discriminator?.payloadPath)).toEqual([[], []]);
  });

  it('keeps a single heading that names its row', () => {
    const single = page.replace('### 102 channel destroy', '### Other notes');
    expect(modelOf([single, en]).events.map((e) => e.eventType)).toEqual(['101']);
  });
});

describe('a heading that names a field of another table', () => {
  it("is that field's object, not an event", () => {
    const recording = `# Recording callbacks\n\n| Field | Type | Description |\n| --- | --- | --- |\n| EventType | Number | The event type. |\n| EventInfo | JSON Object | The event information. |\n\n### EventInfo\n\n| Field | Type | Description |\n| --- | --- | --- |\n| RoomId | String | The room. |\n`;
    const m = modelOf([recording, en]);
    expect(m.events).toEqual([]);
    expect(Object.keys(m.structs)).toContain('p/EventInfo');
    // the same heading, no table naming it: an event name with its parameter table, as before
    const alone = recording.replace('| EventInfo | JSON Object | The event information. |\n', '');
    expect(modelOf([alone, en]).events.map((e) => e.eventType)).toEqual(['EventInfo']);
  });
});
