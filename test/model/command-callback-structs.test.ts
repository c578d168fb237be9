import { describe, expect, it } from 'vitest';
import { fieldSummary, modelOf } from '../helpers/snippet.js';

// A one-callback page whose request body section holds the body table and, under a caption, the
// table of an object a body row names by type (`files | Array of RecordFile objects`, then
// `**Table 1** RecordFile`): that table is the struct, not more of the body.
const page = `# Recording Status Notification

## Request Body

| Parameter | Mandatory | Type | Description |
| --- | --- | --- | --- |
| event | Yes | String | Event type. Fixed value: \`RECORD_STATUS\`. |
| files | No | Array of RecordFile objects | Recording files. |

**Table 1** RecordFile

| Parameter | Mandatory | Type | Description |
| --- | --- | --- | --- |
| file_name | Yes | String | File name. |
| size | Yes | Long | File size, in bytes. |

## Example Request

\`\`\`json
{ "event": "RECORD_STATUS", "files": [{ "file_name": "a.mp4", "size": 1 }] }
\`\`\`
`;
const en = { lang: 'en' as const, file: 'docs-src/p/en/page.md' };

describe('command-callback: a captioned table that a body row names by type', () => {
  it('is the struct of that row, not part of the body', () => {
    const m = modelOf([page, en]);
    expect(fieldSummary(m, 'RECORD_STATUS')).toEqual(['event: string enum "RECORD_STATUS"', 'files?: ref p/RecordFile[]']);
    expect(m.structs['p/RecordFile'].fields.map((f) => f.name)).toEqual(['file_name', 'size']);
  });

  it('stays part of the body when no row names it', () => {
    const unnamed = page.replace('Array of RecordFile objects', 'Array of Object');
    expect(fieldSummary(modelOf([unnamed, en]), 'RECORD_STATUS').map((l) => l.split(':')[0])).toEqual(['event', 'files?', 'file_name', 'size']);
  });
});

describe('command-callback: a table of common parameters under its own heading', () => {
  it('is part of the body (every callback carries them)', () => {
    const common = `## Recording callback\n\n### Common callback parameters\n\n| Field | Type | Description |\n| --- | --- | --- |\n| t | int64 | Expiry time. |\n| sign | string | Signature. |\n\n### Callback parameters\n\n| Field | Type | Description |\n| --- | --- | --- |\n| event_type | int | Fixed value: 100 |\n| stream_id | string | Stream. |\n\n### Sample callback\n\n\`\`\`json\n{"event_type": 100, "stream_id": "s", "t": 1, "sign": "x"}\n\`\`\`\n`;
    const m = modelOf([common, en]);
    expect(fieldSummary(m, '100').map((l) => l.split(':')[0])).toEqual(['t', 'sign', 'event_type', 'stream_id']);
    expect(Object.keys(m.structs)).toEqual([]);
    // a heading of another part stays a struct
    const other = common.replace('### Common callback parameters', '### Signature parameters');
    expect(fieldSummary(modelOf([other, en]), '100').map((l) => l.split(':')[0])).toEqual(['event_type', 'stream_id']);
  });
});
