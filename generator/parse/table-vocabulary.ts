/**
 * Column vocabulary of the vendors' parameter, value and catalogue tables, in both languages.
 * Shared by the readers (to recognise a header row) and the model (to map columns to roles).
 */
export type ColumnRole = 'name' | 'type' | 'required' | 'example' | 'description' | 'value' | 'meaning' | 'eventType' | 'group';

const roles: Array<[ColumnRole, RegExp]> = [
  // `公共参数` / `业务参数` / `Common parameter`: the column of names, titled by what the rows are
  ['name', /^((?:公共|业务|请求|返回|回调|消息)?参数名?称?|字段名?称?|名称|属性名称?|((?:common|business|request|response|callback)\s+)?param(eter)?s?(\s+name)?|name|field(\s+name)?|key)$/i],
  ['type', /^(类型|参数类型|数据类型|type|data\s*type)$/i],
  ['required', /^(必填|必选|是否必填|是否必选|是否必须|required\??|mandatory)$/i],
  ['example', /^(示例值|示例|样例|example(\s+value)?|sample)$/i],
  ['description', /^(描述|说明|参数说明|备注|description|remarks?|comment)$/i],
  ['value', /^(值|取值|枚举值|value|enum(\s+value)?)$/i],
  ['meaning', /^(含义|意义|meaning)$/i],
  ['eventType', /^(eventtype|event\s*type|事件类型|事件名称?|event(\s+name)?|回调事件)$/i],
  ['group', /^(功能|分类|类别|category|feature|group)$/i],
];

export function columnRole(headerText: string): ColumnRole | undefined {
  const t = headerText.replace(/[*`]/g, '').trim();
  for (const [role, pattern] of roles) if (pattern.test(t)) return role;
  return undefined;
}

export function isHeaderCell(text: string): boolean {
  return columnRole(text) !== undefined;
}
