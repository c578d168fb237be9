import rule from '../../../generator/check/rules/table-unused.js';
import { modelOf } from '../../helpers/snippet.js';
import { testRule } from '../rule-tester.js';

const scraped = { format: 'scraped-text', lang: 'en', file: 'docs-src/p/en/cb.txt' } as const;

testRule(rule, {
  valid: [
    { name: 'the payload table of a scraped event', model: modelOf([['Parameter Name | Type | Description |', 'TaskId | String | Task ID |', '{"EventData": {"TaskId": "t"},"EventType": "RecordDone"}'].join('\n'), scraped]) },
    { name: 'a parameter table outside every section becomes a struct', model: modelOf(['**Song**\n\n| 名称 | 类型 | 描述 |\n| --- | --- | --- |\n| Title | String | 标题 |\n']) },
    { name: 'a table that is not a parameter table', model: modelOf(['| Region | Endpoint |\n| --- | --- |\n| eu | e.example |\n']) },
  ],
  invalid: [
    {
      name: 'a scraped parameter table no example names',
      model: modelOf([['Parameter Name | Type | Description |', 'RoomId | Integer | Room |', '{"RoomId": 1}'].join('\n'), scraped]),
      findings: [{ messageId: 'unused', line: 1, says: ['Parameter Name | Type | Description', 'event-name-missing'] }],
    },
  ],
});
