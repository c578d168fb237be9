import { describe, expect, it } from 'vitest';
import { modelOf } from '../helpers/snippet.js';

// A one-callback page whose table sits under `### Parameters`: a word for a part of a page, not
// an event name; its event is named by the row whose value the page states for this callback.
const page = `# Screencapture callback

## Callback parameters

### Parameters

| Parameter | Type | Description |
| --- | --- | --- |
| event_type | int | Event type. The value is \`200\` for screencapture callbacks. |
| stream_id | string | Stream name. |

### Sample callback message

\`\`\`json
{ "event_type": 200, "stream_id": "s" }
\`\`\`
`;
const en = { lang: 'en' as const };

describe('headings that name a part of a page', () => {
  it('are no event names, and the value the page states for the callback names its event', () => {
    const m = modelOf([page, en]);
    expect(m.events.map((e) => [e.eventType, e.discriminator?.key, e.discriminator?.value, e.examples.length])).toEqual([['200', 'event_type', 200, 1]]);
  });

  it('leave an identifier heading that is no such word an event name', () => {
    const named = page.replace('### Parameters', '### SnapshotDone').replace(' The value is `200` for screencapture callbacks.', '');
    expect(modelOf([named, en]).events.map((e) => e.eventType)).toEqual(['SnapshotDone']);
  });

  it('read "the value is `X`" only when it is said of the callback, not of a reply code', () => {
    const reply = page.replace(' The value is `200` for screencapture callbacks.', ' The value is `200` when it succeeds.');
    expect(modelOf([reply, en]).events).toEqual([]);
  });
});
