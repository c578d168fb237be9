import rule from '../../../generator/check/rules/page-without-events.js';
import { modelOf } from '../../helpers/snippet.js';
import { testRule } from '../rule-tester.js';

const eventPage = '## Done\n\n**EventType**\n`RecordDone`\n\n| Parameter | Type | Description |\n| --- | --- | --- |\n| TaskId | String | Task |\n';
// a data-structures page: its struct is used by an event of another page of the product
const structPage = '## Song\n\n被如下接口引用：ListSongs\n\n| 名称 | 类型 | 描述 |\n| --- | --- | --- |\n| Title | String | 标题 |\n';
// and another struct, for an API the corpus does not have
const albumSection = '\n## Album\n\n被如下接口引用：ListAlbums\n\n| 名称 | 类型 | 描述 |\n| --- | --- | --- |\n| Name | String | 名称 |\n';
const usesSong = '## Played\n\n**EventType**\n`Played`\n\n| Parameter | Type | Description |\n| --- | --- | --- |\n| Song | [Song](https://example.com/ds#Song) | The song |\n';
// a shape no recogniser knows: a table of fields under a plain heading, and an example
const unknownShape = '# Webhooks\n\n- sent as POST\n\n| Key | Kind | Notes |\n| --- | --- | --- |\n| id | text | the id |\n\n```json\n{ "id": "x" }\n```\n';

testRule(rule, {
  valid: [
    { name: 'a page that gives an event', model: modelOf([eventPage]) },
    { name: 'a data-structures page with a struct an event uses', model: modelOf([structPage + albumSection, { file: 'docs-src/p/zh/ds.md' }], [usesSong, { file: 'docs-src/p/zh/cb.md' }]) },
  ],
  invalid: [
    {
      name: 'a page of a shape no recogniser knows',
      model: modelOf([unknownShape, { lang: 'en' }]),
      findings: [{ messageId: 'nothing', line: 1, file: 'docs-src/p/zh/page.md', says: ['1 table(s), 1 JSON example(s) and 1 list(s)', 'docs2ts inspect docs-src/p/zh/page.md'] }],
    },
    {
      name: 'an empty page is never silent',
      model: modelOf(['Nothing here yet.\n']),
      findings: [{ messageId: 'nothing', line: 1, says: ['0 table(s)'] }],
    },
    {
      name: 'a page of structs nothing uses',
      model: modelOf([structPage + albumSection]),
      findings: [{ messageId: 'unusedStructs', line: 1, says: ['only 2 struct(s)'] }],
    },
  ],
});
