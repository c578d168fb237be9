import { describe, expect, it } from 'vitest';
import { rules } from '../../generator/check/index.js';
import type { Rule } from '../../generator/check/rule.js';
import type { Diagnostic } from '../../generator/shared/diagnostic.js';
import type { Model } from '../../generator/model/types.js';
import { modelOf } from '../helpers/snippet.js';

/** After ESLint's RuleTester: each rule, valid snippets with no finding, invalid ones with the expected findings. */
interface RuleCases {
  valid: Array<{ name: string; model: Model }>;
  invalid: Array<{ name: string; model: Model; findings: Array<[field: string | undefined, line: number]> }>;
}

function run(rule: Rule, model: Model): Diagnostic[] {
  const out: Diagnostic[] = [];
  rule.check({ model, report: (f) => out.push({ ...f, code: rule.id, severity: rule.severity }) });
  return out;
}

const event = (name: string, table: string, example?: string, heading = name) =>
  `### ${heading}\n\n**EventType**\n\n\`${name}\`\n\n**EventData**\n\n| 参数名 | 类型 | 示例值 | 描述 |\n| --- | --- | --- | --- |\n${table}\n${example === undefined ? '' : `\n**参数示例**\n\n\`\`\`json\n${example}\n\`\`\`\n`}`;

const en = (table: string, example: string) => [`Parameter Name | Type | Description |\n${table}\n${example}`, { format: 'scraped-text' as const, lang: 'en' as const, file: 'docs-src/p/en/cb.txt' }] as [string, { format: 'scraped-text'; lang: 'en'; file: string }];
const zh = (name: string, table: string) => [`## 标题\n\n#### 事件名称\n\n${name}\n\n| 参数名称 | 类型 | 描述 |\n| --- | --- | --- |\n${table}\n`] as [string];

const cases: Record<string, RuleCases> = {
  'example-type-mismatch': {
    valid: [{ name: 'values fit the table', model: modelOf([event('A', '| Rate | Int | `1` | r |', '{\n  "Rate": 44100\n}')]) }],
    invalid: [{ name: 'a string where the table says Int', model: modelOf([event('A', '| Rate | Int | `1` | r |', '{\n  "Rate": "44100"\n}')]), findings: [['Rate', 17]] }],
  },
  'example-undocumented-field': {
    valid: [{ name: 'every key documented', model: modelOf([event('A', '| Id | String | | i |', '{"Id": "x"}')]) }],
    invalid: [{ name: 'a key the table lacks', model: modelOf([event('A', '| Id | String | | i |', '{\n  "Id": "x",\n  "Vid": "v"\n}')]), findings: [['Vid', 18]] }],
  },
  'example-missing-required-field': {
    valid: [{ name: 'a conditional field may be absent', model: modelOf([event('A', '| Id | String | | i |\n| Extra | String | | 仅当 Code=1 时有值 |', '{"Id": "x"}')]) }],
    invalid: [{ name: 'a required field absent', model: modelOf([event('A', '| Id | String | | i |\n| Name | String | | n |', '{"Id": "x"}')]), findings: [['Name', 17]] }],
  },
  'example-enum-value': {
    valid: [{ name: 'a documented value', model: modelOf([event('A', '| S | Int | | 状态。<ul><li>`0`：停</li><li>`1`：开</li></ul> |', '{"S": 1}')]) }],
    invalid: [{ name: 'a value outside the list', model: modelOf([event('A', '| S | Int | | 状态。<ul><li>`0`：停</li><li>`1`：开</li></ul> |', '{"S": 2}')]), findings: [['S', 16]] }],
  },
  'example-envelope-mismatch': {
    valid: [{ name: 'all payloads', model: modelOf([`${event('A', '| Id | String | | i |', '{"Id": "x"}')}\n${event('B', '| Id | String | | i |', '{"Id": "y"}')}`]) }],
    invalid: [
      {
        name: 'one envelope among payloads',
        model: modelOf([`${event('A', '| Id | String | | i |', '{"Id": "x"}')}\n${event('B', '| Id | String | | i |', '{"Id": "y"}')}\n${event('C', '| Id | String | | i |', '{"EventType": "C", "EventData": {"Id": "z"}}')}`]),
        findings: [[undefined, 52]],
      },
    ],
  },
  'event-without-example': {
    valid: [{ name: 'an example', model: modelOf([event('A', '| Id | String | | i |', '{"Id": "x"}')]) }],
    invalid: [{ name: 'no example', model: modelOf([event('A', '| Id | String | | i |')]), findings: [[undefined, 1]] }],
  },
  'catalogue-mismatch': {
    valid: [{ name: 'index and sections agree', model: modelOf([`| 功能 | EventType | 事件描述 |\n| --- | --- | --- |\n| 房间 | [\`A\`](#a) | a |\n\n${event('A', '| Id | String | | i |', '{"Id": "x"}')}`]) }],
    invalid: [
      {
        name: 'an indexed event without section, and a section not indexed',
        model: modelOf([`| 功能 | EventType | 事件描述 |\n| --- | --- | --- |\n| 房间 | [\`A\`](#a) | a |\n| ^^ | [\`Gone(2020-12-01)\`](#gone) | g |\n\n${event('A', '| Id | String | | i |', '{"Id": "x"}')}\n${event('B', '| Id | String | | i |', '{"Id": "x"}')}`]),
        findings: [[undefined, 4], [undefined, 24]],
      },
    ],
  },
  'description-values-vs-type': {
    valid: [{ name: 'numeric values on an Int field', model: modelOf([event('A', '| Type | Uint32 | `0` | 值可以取`0`或`1` |', '{"Type": 0}')]) }],
    invalid: [{ name: 'numeric values on a String field', model: modelOf([event('A', '| Codec | String | | 默认值为 `0`，可以取 `0` 或 `1`。 |', '{"Codec": "h264"}')]), findings: [['Codec', 11]] }],
  },
  'lang-mismatch': {
    valid: [{ name: 'the pages agree', model: modelOf(zh('Pushed', '| TaskId | String | 任务 |'), en('TaskId | String | Task |', '{"EventData": {"TaskId": "t"}, "EventType": "Pushed"}')) }],
    invalid: [
      {
        name: 'a field only in one page, and a different type',
        model: modelOf(zh('Pushed', '| TaskId | String | 任务 |\n| RoomId | Integer | 房间 |'), en('TaskId | Integer | Task |', '{"EventData": {"TaskId": 1}, "EventType": "Pushed"}')),
        findings: [['TaskId', 9], ['RoomId', 10]],
      },
    ],
  },
  'version-change': {
    valid: [{ name: 'identical versions', model: modelOf([`${event('R', '| A | String | | a |', '{"A": "x"}', 'R(2020-12-01)')}\n${event('R', '| A | String | | a |', '{"A": "x"}', 'R(2022-06-01)')}`]) }],
    invalid: [
      {
        name: 'a field renamed and one added',
        model: modelOf([`${event('R', '| TosBucket | String | | 桶 |', '{"TosBucket": "x"}', 'R(2020-12-01)')}\n${event('R', '| Bucket | String | | 桶 |\n| New | Int | | n |', '{"Bucket": "x", "New": 1}', 'R(2022-06-01)')}`]),
        findings: [['Bucket', 29], ['New', 30]],
      },
    ],
  },
  'related-type-mismatch': {
    valid: [{ name: 'one type in one group', model: modelOf([`| 功能 | EventType | 事件描述 |\n| --- | --- | --- |\n| 房间 | [\`A\`](#a) | a |\n| ^^ | [\`B\`](#b) | b |\n\n${event('A', '| Reason | Int | | r |', '{"Reason": 1}')}\n${event('B', '| Reason | Int64 | | r |', '{"Reason": 1}')}`]) }],
    invalid: [
      {
        name: 'String in one event of the group, Int in another',
        model: modelOf([`| 功能 | EventType | 事件描述 |\n| --- | --- | --- |\n| 房间 | [\`A\`](#a) | a |\n| ^^ | [\`B\`](#b) | b |\n\n${event('A', '| Reason | Int | | r |', '{"Reason": 1}')}\n${event('B', '| Reason | String | | r |', '{"Reason": "x"}')}`]),
        findings: [['Reason', 34]],
      },
    ],
  },
};

describe('check rules', () => {
  it('every rule in the registry has test cases', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(Object.keys(cases).sort());
  });
  for (const rule of rules) {
    const c = cases[rule.id];
    if (!c) continue;
    describe(rule.id, () => {
      for (const v of c.valid) it(`valid: ${v.name}`, () => expect(run(rule, v.model)).toEqual([]));
      for (const inv of c.invalid) {
        it(`invalid: ${inv.name}`, () => {
          const found = run(rule, inv.model);
          expect(found.map((f) => [f.field, f.line])).toEqual(inv.findings);
          for (const f of found) expect(f.message.length).toBeGreaterThan(20);
        });
      }
    });
  }
});
