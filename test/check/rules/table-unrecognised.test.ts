import rule from '../../../generator/check/rules/table-unrecognised.js';
import { modelOf } from '../../helpers/snippet.js';
import { testRule } from '../rule-tester.js';

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
