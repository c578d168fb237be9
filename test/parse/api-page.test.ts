import { describe, expect, it } from 'vitest';
import { collectRowFacts, readApiPage, readDescriptionFact } from '../../generator/parse/api-page.js';
import { textCell } from '../../generator/parse/line-tools.js';
import type { ApiPageFacts, Block, CodeBlock, TableBlock } from '../../generator/parse/types.js';
import { snippetDoc } from '../helpers/snippet.js';

const read = (...lines: string[]) => readApiPage(snippetDoc(lines.join('\n'), { format: 'api-page', lang: 'en', file: 'docs-src/p/en/api.txt' }));
const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === 'table');
const cells = (t: TableBlock): string[][] => t.rows.map((r) => r.cells.map((c) => c.text));

const input = (role: TableBlock['role'], rows: string[][]): TableBlock => ({
  kind: 'table',
  dialect: 'api-text',
  line: 1,
  role,
  header: [],
  rows: rows.map((r, i) => ({ cells: r.map(textCell), line: 10 + i })),
});

describe('API page: sections and tables', () => {
  it('reads numbered section titles as headings, and gives input tables the input role only under an input section', () => {
    const doc = read('1. API Description', '2. Request Parameters', 'Parameter Name Required Type Description', 'A Yes String a.', '3. Response Parameters', 'Parameter Name Type Description', 'B String b.');
    expect(doc.blocks.filter((b) => b.kind === 'heading')).toEqual([
      { kind: 'heading', depth: 2, text: 'API Description', line: 1 },
      { kind: 'heading', depth: 2, text: 'Request Parameters', line: 2 },
      { kind: 'heading', depth: 2, text: 'Response Parameters', line: 5 },
    ]);
    const [input, output] = tables(doc.blocks);
    expect(input).toMatchObject({ kind: 'table', dialect: 'api-text', role: 'input', line: 3 });
    expect(input.header.map((c) => c.text)).toEqual(['Parameter Name', 'Required', 'Type', 'Description']);
    expect(input.rows).toEqual([{ cells: ['A', 'Yes', 'String', 'a.'].map(textCell), line: 4 }]);
    expect(output).toMatchObject({ role: 'output', line: 6 });
    expect(output.header.map((c) => c.text)).toEqual(['Parameter Name', 'Type', 'Description']);
    expect(cells(output)).toEqual([['B', 'String', 'b.']]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('reads Chinese headers and sections', () => {
    const doc = read('1. 接口描述', '2. 输入参数', '参数名称 必选 类型 描述', 'A 是 Integer 甲', '3. 输出参数', '参数名称 类型 描述', 'B Array of Info 乙', '4. 示例', '示例1 查询', '输出示例', '{}', '5. 错误码', '错误码 描述', 'X.Y 错');
    const t = tables(doc.blocks);
    expect(t.map((x) => x.role)).toEqual(['input', 'output', 'errors']);
    expect(cells(t[0])).toEqual([['A', '是', 'Integer', '甲']]);
    expect(cells(t[1])).toEqual([['B', 'Array of Info', '乙']]);
    expect(doc.blocks.find((b) => b.kind === 'code')).toMatchObject({ caption: 'Output Example: 查询', line: 11 });
    expect(cells(t[2])).toEqual([['X.Y', '错']]);
  });

  it('a table under an unknown section is an output table', () => {
    const doc = read('Parameter Name Type Description', 'A String a.');
    expect(tables(doc.blocks)[0].role).toBe('output');
  });

  it('ends a table at a blank line, a known section, another table header or a line no row starts', () => {
    const doc = read(
      '2. Input Parameters',
      'Parameter Name Required Type Description',
      'A Yes String a.',
      '',
      'Parameter Name Type Description',
      'B String b.',
      '1. a numbered item in a description',
      'Parameter Name Type Description',
      'C String c.',
      'Error Code Description',
      'E.F Failed.',
      'G1 Two words',
      '',
      'Parameter Name Type Description',
      'D String d.',
      '3. Output Parameters',
    );
    const t = tables(doc.blocks);
    expect(t.map((x) => [x.line, x.role, cells(x).map((r) => r[0])])).toEqual([
      [2, 'input', ['A']],
      [5, 'input', ['B']],
      [8, 'input', ['C']],
      [10, 'errors', ['E.F', 'G1']],
      [14, 'input', ['D']],
    ]);
    expect(cells(t[1])[0][2]).toBe('b.\n1. a numbered item in a description');
    expect(doc.blocks.at(-1)).toMatchObject({ kind: 'heading', text: 'Output Parameters', line: 16 });
  });

  it('stops a table at a first line that is no row', () => {
    const doc = read('Parameter Name Type Description', 'not a row here', 'B String b.');
    expect(tables(doc.blocks)[0].rows).toEqual([]);
    expect(doc.blocks.slice(1).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('reads rows: identifiers with dots and .N, Array of types, primitive and CamelCase struct types; others run on', () => {
    const doc = read(
      'Parameter Name Required Type Description',
      'Filters.N No Array of Filter Filters.',
      'a_b.c No Int64 x',
      'T Yes TaskInfo The task.',
      'U Yes lowercase not a type',
      'V Maybe String no required word',
      '9X Yes String bad name',
      'W No Boolean',
    );
    expect(cells(tables(doc.blocks)[0])).toEqual([
      ['Filters.N', 'No', 'Array of Filter', 'Filters.'],
      ['a_b.c', 'No', 'Int64', 'x'],
      ['T', 'Yes', 'TaskInfo', 'The task.\nU Yes lowercase not a type\nV Maybe String no required word\n9X Yes String bad name'],
      ['W', 'No', 'Boolean', ''],
    ]);
  });

  it('reads a row without a required column, and no row from a single word', () => {
    const doc = read('Parameter Name Type Description', 'Status string Lower-case primitive.', 'Info Taskinfo not camel', 'Alone');
    expect(cells(tables(doc.blocks)[0])).toEqual([['Status', 'string', 'Lower-case primitive.\nInfo Taskinfo not camel\nAlone']]);
  });

  it('reads error codes until a blank line or a line that is no code', () => {
    const doc = read('Error Code Description', 'AuthFailure Signature error.', 'Failed.Op_2 x', '-bad line', 'After Error');
    const t = tables(doc.blocks)[0];
    expect(t.header.map((c) => c.text)).toEqual(['Error Code', 'Description']);
    expect(t.rows.map((r) => [r.line, ...r.cells.map((c) => c.text)])).toEqual([
      [2, 'AuthFailure', 'Signature error.'],
      [3, 'Failed.Op_2', 'x'],
    ]);
    expect(doc.blocks.slice(1).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('says when no table is found', () => {
    const doc = read('1. API Description', 'This API does things.');
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ code: 'api-page-without-tables', message: 'The page looks like an API reference but no parameter table was found in it.', file: 'docs-src/p/en/api.txt', line: 1, product: 'p', lang: 'en' }),
    ]);
  });
});

describe('API page: examples', () => {
  it('captions JSON and HTTP examples with the example title, skipping blank lines before them', () => {
    const doc = read('4. Examples', 'Example 1: Query one', 'Request Example', '', 'GET /?Action=X', '&a=1', '', 'Response Example', '', '', '{', '  "a": 1', '}', 'Example2', 'Input Example', '[1]');
    const codes = doc.blocks.filter((b): b is CodeBlock => b.kind === 'code');
    expect(codes).toEqual([
      { kind: 'code', lang: 'http', text: 'GET /?Action=X\n&a=1', line: 5, caption: 'Input Example: Query one' },
      { kind: 'code', lang: 'json', text: '{\n  "a": 1\n}', line: 11, caption: 'Output Example: Query one' },
      { kind: 'code', lang: 'json', text: '[1]', line: 16, caption: 'Input Example: Example2' },
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => [b.line, b.kind === 'paragraph' && b.text])).toEqual([
      [2, 'Example 1: Query one'],
      [14, 'Example2'],
    ]);
  });

  it('captions an example without a title by its role alone, and reads Example lines outside the examples section as prose', () => {
    const doc = read('Example 1 x', 'output example', '{}', 'Input Example');
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'Example 1 x', strong: false, code: [], links: [], line: 1 },
      { kind: 'code', lang: 'json', text: '{}', line: 3, caption: 'Output Example' },
      { kind: 'code', lang: 'http', text: '', line: 5, caption: 'Input Example' },
    ]);
  });
});

describe('API page: facts', () => {
  const facts = (...lines: string[]): ApiPageFacts => {
    const api: ApiPageFacts = {};
    lines.forEach((l, i) => readDescriptionFact(l, i + 1, api));
    return api;
  };

  it('reads the domain without a final full stop, in both languages', () => {
    expect(facts('Domain name for API request: a.example.com.').domain).toEqual({ value: 'a.example.com', line: 1 });
    expect(facts('接口请求域名： b.example.com。').domain).toEqual({ value: 'b.example.com', line: 1 });
    expect(facts('API request domain name:c.example.com').domain).toEqual({ value: 'c.example.com', line: 1 });
  });

  it('reads the rate limit in each spelling', () => {
    expect(facts('A maximum of 20 requests can be initiated per second for this API.').rateLimit).toEqual({ count: 20, per: 'second', line: 1 });
    expect(facts('Rate limit for this API: 5 requests/Minute').rateLimit).toEqual({ count: 5, per: 'minute', line: 1 });
    expect(facts('默认接口请求频率限制：10次/秒。').rateLimit).toEqual({ count: 10, per: 'second', line: 1 });
    expect(facts('请求频率限制：1 次 / 小时').rateLimit).toEqual({ count: 1, per: 'hour', line: 1 });
    expect(facts('请求频率限制：3次/分钟').rateLimit).toEqual({ count: 3, per: 'minute', line: 1 });
  });

  it('takes the first sentence about the API as its summary, never one about the rate limit', () => {
    expect(facts('Other text.', 'This API rate limit is high', 'this API queries a task.', '本接口用于别的。').summary).toEqual({ value: 'this API queries a task.', line: 3 });
    expect(facts('该接口用于查询。').summary).toEqual({ value: '该接口用于查询。', line: 1 });
    expect(facts('The API queries.').summary).toBeUndefined();
  });

  it('a domain or rate line is never the summary', () => {
    expect(facts('This API is limited: a maximum of 2 requests can be initiated per hour').summary).toBeUndefined();
  });

  it('reads facts only in the description section of a page', () => {
    const doc = read('2. Input Parameters', 'This API is not described here.', '1. API Description', 'This API is.');
    expect(doc.api).toEqual({ summary: { value: 'This API is.', line: 4 } });
  });

  it('reads action, version and regions from the common rows of input tables only', () => {
    const api: ApiPageFacts = {};
    collectRowFacts(
      [
        input('output', [['Action', 'Yes', 'String', 'The value used for this API: Wrong.']]),
        input('input', [
          ['Action', 'Yes', 'String', 'Common Params. The value used for this API: DescribeTask.'],
          ['Version', 'Yes', 'String', '公共参数，本接口取值：2019-09-19。'],
          ['Region', 'Yes', 'String', 'Common Params. This API only supports: ap-guangzhou, ap-hong-kong、na-ashburn, and more.'],
          ['Other', 'Yes', 'String', 'The value used for this API: Nope.'],
        ]),
      ],
      api,
    );
    expect(api).toEqual({
      action: { value: 'DescribeTask', line: 10 },
      apiVersion: { value: '2019-09-19', line: 11 },
      regions: { value: ['ap-guangzhou', 'ap-hong-kong', 'na-ashburn'], line: 12 },
    });
  });

  it('reads no fact from a row without a value, and the name of this API spelling', () => {
    const api: ApiPageFacts = {};
    collectRowFacts([input('input', [['Action', 'Yes', 'String', 'Common Params.'], ['Region', 'Yes', 'String', 'Common Params.'], ['Version', 'Yes', 'String', 'The version of this API: 2020-01-01']])], api);
    expect(api).toEqual({ apiVersion: { value: '2020-01-01', line: 12 } });
  });
});

describe('API page: spacing, anchors and edges of each pattern', () => {
  it('reads indented lines and columns set apart by several spaces as unindented ones', () => {
    const doc = read('  2. Input Parameters  ', '  Parameter Name Required Type Description', '   A  Yes  String  a.  ', '', 'B String b.');
    expect(doc.blocks[0]).toEqual({ kind: 'heading', depth: 2, text: 'Input Parameters', line: 1 });
    expect(cells(tables(doc.blocks)[0])).toEqual([['A', 'Yes', 'String', 'a.']]);
    expect(tables(doc.blocks)[0].rows[0].cells[3].raw).toBe('a.');
    expect(doc.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'B String b.', strong: false, code: [], links: [], line: 5 });
    const errors = read('Error Code Description', '  AuthFailure  Signature error.  ');
    expect(tables(errors.blocks)[0]).toMatchObject({ dialect: 'api-text', role: 'errors', line: 1 });
    expect(cells(tables(errors.blocks)[0])).toEqual([['AuthFailure', 'Signature error.']]);
  });

  it('ends a table at a line holding only spaces, and at an error-code section', () => {
    const doc = read('Parameter Name Type Description', 'A String a.', '   ', 'Prose after.', 'Parameter Name Type Description', 'B String b.', '5. Error Codes', 'C String c.');
    const [first, second] = tables(doc.blocks);
    expect(first.rows.map((r) => r.cells[2].raw)).toEqual(['a.']);
    expect(doc.blocks[1]).toMatchObject({ kind: 'paragraph', text: 'Prose after.', line: 4 });
    expect(cells(second)).toEqual([['B', 'String', 'b.']]);
    expect(doc.blocks.find((b) => b.kind === 'heading')).toMatchObject({ text: 'Error Codes', line: 7 });
  });

  it('needs the required word and the type right after the name, and a whole type word', () => {
    const doc = read(
      'Parameter Name Required Type Description',
      'A Yes String first.',
      'V Maybe Yes String not a row',
      'T Yes myTaskInfo not a type',
      'U Yes TaskInfo_x not a type',
      'W Yes TaskInfoList list.',
      'X No String Array of Filter in the description',
      'Y No Array of Filter',
    );
    expect(cells(tables(doc.blocks)[0])).toEqual([
      ['A', 'Yes', 'String', 'first.\nV Maybe Yes String not a row\nT Yes myTaskInfo not a type\nU Yes TaskInfo_x not a type'],
      ['W', 'Yes', 'TaskInfoList', 'list.'],
      ['X', 'No', 'String', 'Array of Filter in the description'],
      ['Y', 'No', 'Array of Filter', ''],
    ]);
  });

  it('reads example titles only at the start of a line, with any number and a colon after spaces', () => {
    const doc = read('4. Examples', 'Example 12 ：查询', 'Output Example', '{}', 'See Example 3: not a title', 'Response Example', '[]');
    expect(doc.blocks.filter((b): b is CodeBlock => b.kind === 'code').map((c) => c.caption)).toEqual(['Output Example: 查询', 'Output Example: 查询']);
    expect(doc.blocks[1]).toEqual({ kind: 'paragraph', text: 'Example 12 ：查询', strong: false, code: [], links: [], line: 2 });
  });

  it('takes a caption only when it is the whole line', () => {
    const doc = read('My Input Example', '{}', 'Input Example of x', '[]');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('skips lines of spaces before an example, reads an indented bracket as JSON, and other text as HTTP to a line of spaces', () => {
    const json = read('Output Example', '   ', '  {', '  "a": 1', '  }');
    expect(json.blocks).toEqual([{ kind: 'code', lang: 'json', text: '  {\n  "a": 1\n  }', line: 3, caption: 'Output Example' }]);
    const http = read('Input Example', 'GET /?a={x}', 'Host: h', '  ', 'after');
    expect(http.blocks[0]).toEqual({ kind: 'code', lang: 'http', text: 'GET /?a={x}\nHost: h', line: 2, caption: 'Input Example' });
    expect(http.blocks[1]).toMatchObject({ kind: 'paragraph', text: 'after', line: 5 });
  });

  it('reads the domain and the summary only from a line that starts with them', () => {
    const api: ApiPageFacts = {};
    readDescriptionFact('Note: Domain name for API request: x.example.com', 1, api);
    readDescriptionFact('Note that This API is deprecated.', 2, api);
    expect(api).toEqual({});
    readDescriptionFact('Domain name for API request : y.example.com', 3, api);
    expect(api.domain).toEqual({ value: 'y.example.com', line: 3 });
  });

  it('reads a rate limit with one request, tight or loose spacing and a count of several digits', () => {
    const rate = (text: string) => {
      const api: ApiPageFacts = {};
      readDescriptionFact(text, 1, api);
      return api.rateLimit;
    };
    expect(rate('Rate limit:20request / second')).toEqual({ count: 20, per: 'second', line: 1 });
    expect(rate('A maximum of 1 request can be initiated per hour.')).toEqual({ count: 1, per: 'hour', line: 1 });
  });

  it('reads the action value after spaces before the colon, regions only from the Region row and region names only', () => {
    const api: ApiPageFacts = {};
    collectRowFacts(
      [
        input('input', [
          ['Action', 'Yes', 'String', 'The value used for this API : RunTask.'],
          ['Other', 'Yes', 'String', 'This API only supports: ap-other.'],
          ['Region', 'Yes', 'String', 'This API only supports :ap-guangzhou,1ap-x'],
        ]),
        input('output', [['Action', 'Yes', 'String', 'The value used for this API: Wrong.']]),
      ],
      api,
    );
    expect(api).toEqual({ action: { value: 'RunTask', line: 10 }, regions: { value: ['ap-guangzhou'], line: 12 } });
  });
});
