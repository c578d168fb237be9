import { describe, expect, it } from 'vitest';
import { buildFromApiPage } from '../../generator/model/build-api.js';
import { parseSnippet } from '../helpers/snippet.js';

// The API-page builder on small hand-written pages: facts, tables, examples and what it says.
const page = (...lines: string[]) => buildFromApiPage(parseSnippet(lines.join('\n'), { format: 'api-page', lang: 'en', file: 'docs-src/p/en/api.txt' }));

const full = [
  '1. API Description', //                                                  1
  'Domain name for API request: x.example.com.', //                         2
  'This API is used to query a task.', //                                    3
  'A maximum of 20 requests can be initiated per second for this API.', //   4
  '2. Input Parameters', //                                                  5
  'Parameter Name Required Type Description', //                             6
  'Action Yes String Common Params. The value used for this API: DescribeTask.', // 7
  'Version Yes String Common Params. The value used for this API: 2019-09-19.', //   8
  'Region Yes String Common Params. This API only supports: ap-guangzhou, ap-singapore.', // 9
  'TaskId Yes String ID of the task.', //                                    10
  '3. Output Parameters', //                                                 11
  'Parameter Name Type Description', //                                      12
  'Status String Status of the task.', //                                    13
  'Info Object Details.', //                                                 14
  'RequestId String The request ID.', //                                     15
  '4. Example', //                                                           16
  'Example1 Querying a task', //                                             17
  'Input Example', //                                                        18
  'https://x.example.com/?Action=DescribeTask', //                           19
  '&TaskId=t%201', //                                                        20
  '&Bad=%E0%A4%A', //                                                        21
  '&<Common request parameters>', //                                         22
  '', //                                                                     23
  'Output Example', //                                                       24
  '{"Response": {"Status": "DONE", "Info": {"Size": 3}, "RequestId": "r"}}', // 25
  '', //                                                                     26
  '5. Error Codes', //                                                       27
  'Error Code Description', //                                               28
  'FailedOperation.Busy The task is busy.', //                               29
];

describe('buildFromApiPage', () => {
  it('builds one API from the facts, the input and output tables, the examples and the error codes', () => {
    const draft = page(...full);
    expect(draft).toMatchObject({ file: 'docs-src/p/en/api.txt', product: 'p', lang: 'en', events: [], structs: [], catalogue: [] });
    expect(draft.apis).toHaveLength(1);
    const api = draft.apis[0];
    expect(api).toMatchObject({
      product: 'p',
      action: 'DescribeTask',
      apiVersion: '2019-09-19',
      summary: { en: 'This API is used to query a task.' },
      domain: 'x.example.com',
      rateLimit: { count: 20, per: 'second' },
      regions: ['ap-guangzhou', 'ap-singapore'],
      sources: [{ file: 'docs-src/p/en/api.txt', line: 7, lang: 'en' }],
      lang: 'en',
    });
    expect(api.input.map((f) => f.name)).toEqual(['Action', 'Version', 'Region', 'TaskId']);
    expect(api.output.map((f) => [f.name, f.type.kind])).toEqual([['Status', 'string'], ['Info', 'object'], ['RequestId', 'string']]);
    expect(api.errors).toEqual([{ code: 'FailedOperation.Busy', description: { en: 'The task is busy.' }, line: 29 }]);
    expect(draft.diagnostics).toEqual([]);
  });

  it('reads the request example as query parameters, decoded, and the response example as JSON', () => {
    const [request, response] = page(...full).apis[0].examples;
    expect(request).toEqual({
      kind: 'request',
      title: expect.stringMatching(/^Input/),
      raw: expect.stringContaining('?Action=DescribeTask'),
      value: { Action: 'DescribeTask', TaskId: 't 1', Bad: '%E0%A4%A' },
      source: { file: 'docs-src/p/en/api.txt', line: 19, lang: 'en' },
    });
    expect(Object.keys(request.value as object)).toEqual(['Action', 'TaskId', 'Bad']);
    expect(response).toMatchObject({ kind: 'response', value: { Response: { Status: 'DONE' } }, source: { line: 25 } });
  });

  it('types a shapeless output object from the response example, inside its Response wrapper', () => {
    const info = page(...full).apis[0].output.find((f) => f.name === 'Info');
    expect(info?.type).toEqual({ kind: 'object', fields: [expect.objectContaining({ name: 'Size', type: { kind: 'integer' } })] });
    expect(info?.typeSource).toBe('inferred-from-example');
  });

  it('records each table and example in the coverage, by its role', () => {
    const coverage = page(...full).coverage!;
    expect(coverage.shapes).toEqual(['api-reference']);
    const used = coverage.blocks.map((b) => [b.line, b.role, b.claimedBy]);
    expect(used).toEqual([
      [6, 'request parameters of DescribeTask', 'api-reference'],
      [12, 'response parameters of DescribeTask', 'api-reference'],
      [19, 'request example of DescribeTask', 'api-reference'],
      [25, 'response example of DescribeTask', 'api-reference'],
      [28, 'error codes of DescribeTask', 'api-reference'],
    ]);
  });

  it('leaves out the facts the page does not state', () => {
    const api = page('2. Input Parameters', 'Parameter Name Required Type Description', 'Action Yes String The value used for this API: Ping.').apis[0];
    expect(api.apiVersion).toBeNull();
    expect(api.summary).toEqual({});
    for (const key of ['domain', 'rateLimit', 'regions']) expect(api).not.toHaveProperty(key);
    expect(api.output).toEqual([]);
    expect(api.examples).toEqual([]);
  });

  it('a page with no Action is skipped, every block said so, with one finding', () => {
    const draft = page('1. API Description', 'This API is used to do a thing.', '3. Output Parameters', 'Parameter Name Type Description', 'A String a.');
    expect(draft.apis).toEqual([]);
    expect(draft.diagnostics).toEqual([expect.objectContaining({ code: 'api-action-missing', file: 'docs-src/p/en/api.txt', line: 1, product: 'p', lang: 'en' })]);
    expect(draft.coverage?.shapes).toEqual([]);
    expect(draft.coverage?.blocks.length).toBeGreaterThan(0);
    expect(draft.coverage?.blocks.map((b) => [b.role, b.reason])).toEqual([[undefined, 'the API page states no Action name, so the page was skipped (api-action-missing)']]);
  });

  it('an invalid response example is kept, with a finding naming the API and its version', () => {
    const draft = page('2. Input Parameters', 'Parameter Name Required Type Description', 'Action Yes String The value used for this API: Ping.', 'Version Yes String The value used for this API: 2020-01-01.', '4. Example', 'Output Example', '{"Response": {"A": 1,}}');
    expect(draft.apis[0].examples).toEqual([expect.objectContaining({ kind: 'response', repaired: { Response: { A: 1 } } })]);
    expect(draft.diagnostics).toEqual([expect.objectContaining({ code: 'example-invalid-json', api: 'Ping', version: '2020-01-01', line: 7 })]);
  });
});
