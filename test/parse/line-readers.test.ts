import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../generator/parse/types.js';
import { parseSnippet } from '../helpers/snippet.js';

describe('scraped-text reader', () => {
  const text = 'Parameter Name | Type | Description |\nTaskId | String | Task ID |\nError.Code | String | Code |\n{"EventData": {"TaskId": "t"},"EventType": "Done"}\nWas this page helpful?';
  it('reads pipe rows without a leading pipe or separator row, and one-line JSON', () => {
    const doc = parseSnippet(text, { format: 'scraped-text', lang: 'en', file: 'docs-src/p/en/x.txt' });
    expect(doc.blocks.map((b) => b.kind)).toEqual(['table', 'code', 'paragraph']);
    const t = doc.blocks[0] as TableBlock;
    expect(t.header.map((c) => c.text)).toEqual(['Parameter Name', 'Type', 'Description']);
    expect(t.rows.map((r) => [r.cells[0].text, r.line])).toEqual([['TaskId', 2], ['Error.Code', 3]]);
    expect(doc.blocks[1]).toMatchObject({ kind: 'code', lang: 'json', line: 4 });
  });

  it('reads a table with no header row as name | type | description and says so', () => {
    const doc = parseSnippet('TaskId | String | Task ID |\n', { format: 'scraped-text', lang: 'en' });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['table-missing-header']);
    expect((doc.blocks[0] as TableBlock).rows[0].cells[1].text).toBe('String');
  });
});

describe('API page reader', () => {
  const page = [
    'Navigation',
    '产品简介',
    '1. API Description',
    'Domain name for API request: x.example.com.',
    'This API is used to query a task.',
    'A maximum of 20 requests can be initiated per second for this API.',
    '2. Input Parameters',
    'Parameter Name Required Type Description',
    'Action Yes String Common Params. The value used for this API: DescribeTask.',
    'Version Yes String Common Params. The value used for this API: 2019-09-19.',
    'Region Yes String Common Params. This API only supports: ap-singapore.',
    'TaskId Yes String ID of the task.',
    '3. Output Parameters',
    'Parameter Name Type Description',
    'Status String Status of the task.',
    '- RUNNING: Running.',
    '- STOPPED: Stopped.',
    'Backup Array of BackupInfo Backups.',
    'Note: This parameter may return null, indicating that no valid values can be obtained.',
    '',
    '4. Example',
    'Example1 Querying a task',
    'Input Example',
    'https://x.example.com/?Action=DescribeTask',
    '&TaskId=t1',
    '',
    'Output Example',
    '{',
    '  "Response": { "Status": "RUNNING", "RequestId": "r" }',
    '}',
    '6. Error Code',
    'Error Code Description',
    'FailedOperation.Task The task failed.',
    'AuthFailure Signature error.',
  ].join('\n');

  it('reads facts, tables with run-on descriptions, examples and error codes', () => {
    const doc = parseSnippet(page, { format: 'api-page', lang: 'en', file: 'docs-src/p/en/api.txt' });
    expect(doc.api).toMatchObject({ action: { value: 'DescribeTask' }, apiVersion: { value: '2019-09-19' }, domain: { value: 'x.example.com' }, rateLimit: { count: 20, per: 'second' }, regions: { value: ['ap-singapore'] }, summary: { value: 'This API is used to query a task.' } });
    const tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(tables.map((t) => t.role)).toEqual(['input', 'output', 'errors']);
    expect(tables[1].rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Status', 'String', 'Status of the task.\n- RUNNING: Running.\n- STOPPED: Stopped.'],
      ['Backup', 'Array of BackupInfo', 'Backups.\nNote: This parameter may return null, indicating that no valid values can be obtained.'],
    ]);
    expect(tables[2].rows.map((r) => r.cells[0].text)).toEqual(['FailedOperation.Task', 'AuthFailure']);
    const codes = doc.blocks.filter((b) => b.kind === 'code');
    expect(codes).toMatchObject([
      { lang: 'http', caption: 'Input Example: Querying a task' },
      { lang: 'json', caption: 'Output Example: Querying a task', line: 28 },
    ]);
  });
});
