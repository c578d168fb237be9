import rule from '../../../generator/check/rules/example-unattached.js';
import { modelOf } from '../../helpers/snippet.js';
import { testRule } from '../rule-tester.js';

const section = '## Done\n\n**EventType**\n`RecordDone`\n\n| Parameter | Type | Description |\n| --- | --- | --- |\n| TaskId | String | Task |\n\n```json\n{ "TaskId": "t" }\n```\n';

testRule(rule, {
  valid: [
    { name: 'an example in its event section', model: modelOf([section]) },
    { name: 'a code block that is not JSON (a URL) is no example', model: modelOf([`${section}\n## Notes\n\n\`\`\`\nhttps://example.com/cb?x=1\n\`\`\`\n`]) },
  ],
  invalid: [
    {
      name: 'a JSON block outside every section',
      model: modelOf([`${section}\n## Notes\n\n\`\`\`json\n{ "Other": 1 }\n\`\`\`\n`]),
      findings: [{ messageId: 'unattached', line: 17, says: ['outside every event, API and reply section'] }],
    },
    {
      name: 'the example after a scraped table whose event has no name',
      model: modelOf([['Parameter Name | Type | Description |', 'RoomId | Integer | Room |', '{"RoomId": 1}'].join('\n'), { format: 'scraped-text', lang: 'en', file: 'docs-src/p/en/cb.txt' }]),
      findings: [{ messageId: 'unattached', line: 3, says: ['whose event has no name'] }],
    },
  ],
});
