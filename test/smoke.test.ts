import { describe, expect, it } from 'vitest';
import { buildModelFromDocs } from '../generator/pipeline.js';
import { FIXTURE_DOCS, FIXTURE_ROOT } from './helpers/fixture-docs.js';

describe('pipeline smoke', () => {
  it('reads every page of the fixture docs into one model', async () => {
    const { model, docs } = await buildModelFromDocs(FIXTURE_DOCS, { root: FIXTURE_ROOT });
    expect(docs.map((d) => d.file)).toEqual([
      'docs-src/classroom/en/events.md',
      'docs-src/classroom/zh/events.md',
      'docs-src/im/en/callback-group-after-send-msg.md',
      'docs-src/im/zh/callback-c2c-before-send-msg.md',
      'docs-src/im/zh/callback-group-after-send-msg.md',
      'docs-src/live/en/api-describe-live-stream-online-list.md',
      'docs-src/live/en/callbacks-push-stream.md',
      'docs-src/live/zh/api-data-structures.md',
      'docs-src/live/zh/api-describe-live-stream-online-list.md',
      'docs-src/live/zh/callbacks-push-stream.md',
      'docs-src/rtc/zh/callbacks.md',
      'docs-src/tiw/en/api-describe-whiteboard-push.txt',
      'docs-src/tiw/en/callbacks-online-record.txt',
      'docs-src/tiw/en/callbacks-whiteboard-push.txt',
      'docs-src/tiw/zh/callbacks-whiteboard-push.md',
      'docs-src/vod/zh/event-procedure-state-changed.md',
      'docs-src/zim/zh/callback-send-msg.md',
    ]);
    expect(model.events.filter((e) => e.product === 'rtc')).toHaveLength(45);
    expect(model.events.filter((e) => e.product === 'tiw')).toHaveLength(7);
    expect(model.apis.map((a) => a.id).sort()).toEqual(['live/DescribeLiveStreamOnlineList@2018-08-01', 'tiw/DescribeWhiteboardPush@2019-09-19']);
  });
});
