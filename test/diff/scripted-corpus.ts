import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE_DOCS } from '../helpers/fixture-docs.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** A description a vendor page could hold, and that no report may run as markup or code. */
export const HOSTILE = '白板所在的群组 Id `</script><img src=x onerror="window.__pwned=1">` ${globalThis.x} @octocat';
/** The same as the model holds it: the Markdown reader drops the code span's backticks. */
export const HOSTILE_TEXT = HOSTILE.replace(/`/g, '');

/** Scripted edits of the frozen fixture pages (test/fixtures/docs-src): each one change a maintainer might see from a vendor. */
const edits: Array<[file: string, from: string, to: string]> = [
  // remove a field (RoomCreate's Timestamp row)
  ['rtc/zh/callbacks.md', '| RoomId | String | `6992870232038591758` | 房间 ID |\n| Timestamp | Int64 | `1611736812853` | 该事件在 RTC 服务器上发生的 Unix 时间戳 (ms) |\n\n**参数示例**\n\n```json\n{\n    "RoomId": "6992870232038591758",\n    "Timestamp": 1611736812853\n}\n```\n\n\n### RoomDestroy', '| RoomId | String | `6992870232038591758` | 房间 ID |\n\n**参数示例**\n\n```json\n{\n    "RoomId": "6992870232038591758",\n    "Timestamp": 1611736812853\n}\n```\n\n\n### RoomDestroy'],
  // change a type inside a struct (SongList.VendorId Int → String, seen from MusicRemoved)
  ['rtc/zh/callbacks.md', '| VendorId | Int | `1` | 供应商 ID |', '| VendorId | String | `1` | 供应商 ID |'],
  // add an enum value to a closed set (PushPublicStream Status gains 4)
  ['rtc/zh/callbacks.md', '<li> `3`：公共流推送异常</ul>|', '<li> `3`：公共流推送异常</li><li> `4`：公共流暂停</ul>|'],
  // rename a field (Webcast BusinessId → BizId, same description)
  ['rtc/zh/callbacks.md', '|BusinessId |String |`Your_BusinessId` |业务标识 |\n|TaskId |String |`Your_TaskId` |任务 ID |', '|BizId |String |`Your_BusinessId` |业务标识 |\n|TaskId |String |`Your_TaskId` |任务 ID |'],
  // change only a Chinese description (RoomDestroy)
  ['rtc/zh/callbacks.md', 'RTC 房间销毁，房间中所有可见用户全部离开房间。\n\n**EventData**\n\n| 参数 | 类型 | 示例值 | 说明 |\n| --- | --- | --- | --- |\n| RoomId | String | `6992870232038591758` | 房间 ID |', 'RTC 房间销毁，房间中所有可见用户全部离开房间。\n\n**EventData**\n\n| 参数 | 类型 | 示例值 | 说明 |\n| --- | --- | --- | --- |\n| RoomId | String | `6992870232038591758` | 被销毁的房间 ID |'],
  // one field's description changed in both languages (WhiteboardPushStopped GroupId), the Chinese one hostile
  ['tiw/en/callbacks-whiteboard-push.txt', 'GroupId | String | Group ID of the whiteboard |', 'GroupId | String | Group ID of the whiteboard the push runs in |'],
  ['tiw/zh/callbacks-whiteboard-push.md', '| GroupId          | String                    | 白板的群组 Id ', `| GroupId          | String                    | ${HOSTILE} `],
  // a retype on the Chinese page only (WhiteboardPushStopped ExceptionCnt): the English page still says Integer
  ['tiw/zh/callbacks-whiteboard-push.md', '| ExceptionCnt     | Integer               | 推流过程中出现异常的次数', '| ExceptionCnt     | String                | 推流过程中出现异常的次数'],
  // an API request field made optional: the consumer writes requests, so this breaks nothing
  ['tiw/en/api-describe-whiteboard-push.txt', 'TaskId Yes String ID of the whiteboard push task.', 'TaskId No String ID of the whiteboard push task.'],
];

// add an event
const addedEvent = '\n### RoomLocked\n\n**EventType**\n\n`RoomLocked`\n\n**EventData**\n\n| 参数 | 类型 | 示例值 | 说明 |\n| --- | --- | --- | --- |\n| RoomId | String | `r` | 房间 ID |\n';

/** What the edits above must produce: kind, event, field, breaking, lang. */
export const expectedChanges: Array<[kind: string, event: string, field: string | null, breaking: boolean, lang: string | null]> = [
  ['field-removed', 'RoomCreate', 'Timestamp', true, null],
  ['field-retyped', 'MusicRemoved', 'SongUpdate[].VendorId', true, null],
  ['enum-value-added', 'PushPublicStream', 'Status', true, null],
  // the Status description gained the line that adds the value
  ['description-changed', 'PushPublicStream', 'Status', false, 'zh'],
  ['field-renamed', 'Webcast', 'BizId', true, null],
  ['description-changed', 'RoomDestroy', 'RoomId', false, 'zh'],
  ['description-changed', 'WhiteboardPushStopped', 'GroupId', false, 'en'],
  ['description-changed', 'WhiteboardPushStopped', 'GroupId', false, 'zh'],
  ['field-retyped', 'WhiteboardPushStopped', 'ExceptionCnt', true, 'zh'],
  ['field-made-optional', 'DescribeWhiteboardPush', 'request.TaskId', false, null],
  ['event-added', 'RoomLocked', null, false, null],
];

/** `<tmp>/old` is the fixture docs, `<tmp>/new` the same with the edits applied. */
export async function scriptedCorpus(): Promise<{ dir: string; oldDocs: string; newDocs: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-diff-'));
  const oldDocs = path.join(dir, 'old');
  const newDocs = path.join(dir, 'new');
  await cp(FIXTURE_DOCS, oldDocs, { recursive: true });
  await cp(FIXTURE_DOCS, newDocs, { recursive: true });
  for (const [file, from, to] of edits) {
    const p = path.join(newDocs, file);
    const text = await readFile(p, 'utf8');
    if (!text.includes(from)) throw new Error(`edit not applicable to ${file}: ${from.slice(0, 50)}`);
    await writeFile(p, text.replace(from, to));
  }
  const rtc = path.join(newDocs, 'rtc/zh/callbacks.md');
  await writeFile(rtc, (await readFile(rtc, 'utf8')) + addedEvent);
  return { dir, oldDocs, newDocs };
}
