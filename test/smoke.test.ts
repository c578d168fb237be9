import { describe, expect, it } from 'vitest';
import { buildModelFromDocs } from '../generator/pipeline.js';

describe('pipeline smoke', () => {
  it('reads every seed page into one model', async () => {
    const { model, docs } = await buildModelFromDocs('docs-src');
    expect(docs.map((d) => d.file)).toEqual([
      'docs-src/rtc/zh/callbacks.md',
      'docs-src/tiw/en/api-describe-whiteboard-push.txt',
      'docs-src/tiw/en/callbacks-online-record.txt',
      'docs-src/tiw/en/callbacks-whiteboard-push.txt',
      'docs-src/tiw/zh/callbacks-whiteboard-push.md',
    ]);
    expect(model.events.filter((e) => e.product === 'rtc')).toHaveLength(45);
    expect(model.events.filter((e) => e.product === 'tiw')).toHaveLength(7);
    expect(model.apis.map((a) => a.id)).toEqual(['tiw/DescribeWhiteboardPush@2019-09-19']);
  });
});
