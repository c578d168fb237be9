import rule from '../../../generator/check/rules/table-unrecognised.js';
import { modelOf } from '../../helpers/snippet.js';
import { describe, expect, it } from 'vitest';
import type { BlockUse, PageCoverage } from '../../../generator/model/types.js';
import { model } from '../model-builder.js';
import { runRule, testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'a parameter table (used as a struct)', model: modelOf(['**Song**\n\n| 名称 | 类型 | 描述 |\n| --- | --- | --- |\n| Title | String | 标题 |\n']) },
    // reported by the model stage as orphan-value-table, not twice
    { name: 'an unlinked value table', model: modelOf(['| Value | Meaning |\n| --- | --- |\n| 7 | lucky |\n']) },
  ],
  invalid: [
    {
      name: 'a table whose header words no reader knows',
      model: modelOf(['## send_result\n\n| 返回码 | 描述 | 可能原因 |\n| --- | --- | --- |\n| 660000002 | 输入参数错误。 | 参数缺失。 |\n']),
      findings: [{ messageId: 'unread', line: 3, says: ['返回码 | 描述 | 可能原因', 'header words are not known'] }],
    },
  ],
});

describe('which blocks it reports', () => {
  const page = (blocks: BlockUse[]): PageCoverage => ({ file: 'docs/p/a.md', product: 'p', lang: 'en', shapes: [], blocks, events: 0, apis: 0, structs: 0 });
  it('unused tables that are neither parameters nor values, with the reason or a default one', () => {
    const blocks: BlockUse[] = [
      { kind: 'code', line: 1 },
      { kind: 'list', line: 2 },
      { kind: 'table', line: 3, role: 'struct S', tableKind: 'other' },
      { kind: 'table', line: 4, tableKind: 'params' },
      { kind: 'table', line: 5, tableKind: 'values' },
      { kind: 'table', line: 6, tableKind: 'errors', excerpt: 'Code | Message', reason: 'no error section' },
      { kind: 'table', line: 7 },
    ];
    expect(runRule(rule, model({ coverage: [page(blocks)] }))).toEqual([
      { file: 'docs/p/a.md', line: 6, product: 'p', lang: 'en', messageId: 'unread', message: 'A table with the columns Code | Message was not read: no error section; if it documents fields or values, its header words are not known yet.' },
      { file: 'docs/p/a.md', line: 7, product: 'p', lang: 'en', messageId: 'unread', message: 'A table with the columns  was not read: no reader claimed it; if it documents fields or values, its header words are not known yet.' },
    ]);
  });
});
