import type { EnumSpec, EnumValue, Localized, Lang, TypeRef } from './types.js';

/**
 * Enums written in descriptions, in the shapes the vendors use:
 * - one value per line or list item: `<li>\`0\`：…</li>`, `- AUTO：…`, `<br>\`1\`：待机中`
 * - a set: `值的集合为{\`0\`，\`1\`}`, `枚举值为 \`{1，2，3}\``
 * - alternatives: `值可以取\`0\`或\`1\``
 * - scraped English run together: `… AUTO: the pushing … USER_CALL: push … EXCEPTION: …`
 */
export function enumFromDescription(text: string, raw: string, type: TypeRef, lang: Lang, line: number): EnumSpec | undefined {
  const values = describedValues(text, raw);
  if (values.length >= 2) return toEnumSpec(values, type, lang, 'description', line);
  // weaker evidence, known values never enforced: pairs inside a sentence often go on with
  // other cases (`\`0\`: allow; \`1\`: reject; or a custom code in [120001, 130000]`), and
  // unmarked words may be prose
  const weak = weakValues(text, raw, type);
  return weak.length >= 2 ? { ...toEnumSpec(weak, type, lang, 'description', line), closed: false } : undefined;
}

/** The first shape that gives two values or more wins; fewer than two is no enum. */
function describedValues(text: string, raw: string): Array<{ token: string; description?: string }> {
  const listed = listedValues(text, raw);
  const set = setValues(text);
  if (set.length >= 2) {
    // a set with item descriptions elsewhere in the same cell: keep the descriptions
    const described = new Map(listed.map((v) => [v.token, v.description]));
    // a value listed with its meaning but missing from the set is still a value (pages drift); a
    // value in both is one value (toEnumSpec keeps the first)
    return [...set, ...listed.map((v) => v.token)].map((token) => ({ token, description: described.get(token) }));
  }
  if (listed.length >= 2) return listed;
  const led = leadInValues(text);
  if (led.length >= 2) return led;
  const alternatives = alternativeValues(raw);
  if (alternatives.length >= 2) return alternatives.map((token) => ({ token }));
  return inlineCapsValues(text);
}

function weakValues(text: string, raw: string, type: TypeRef): Array<{ token: string; description: string }> {
  const paired = codePairs(raw);
  if (paired.length >= 2) return paired;
  const bracketed = bracketPairs(raw, type);
  if (bracketed.length >= 2) return bracketed;
  const numbered = numberedMeanings(text);
  if (numbered.length >= 2) return numbered;
  const led = type.kind === 'string' ? colonLedWords(text) : [];
  if (led.length >= 2) return led;
  // Stryker disable next-line ArrayDeclaration: a one-element array is no enum either (two values or more make one)
  return type.kind === 'string' ? plainWordLines(text) : [];
}

/** Values of a `| 值 | 含义 |` table. */
export function enumFromValueTable(rows: Array<{ value: string; meaning: string }>, type: TypeRef, lang: Lang, line: number): EnumSpec | undefined {
  const values = rows.map((r) => ({ token: r.value.replace(/[`*]/g, '').trim(), description: r.meaning })).filter((v) => v.token !== '');
  return values.length ? toEnumSpec(values, type, lang, 'value-table', line) : undefined;
}

function toEnumSpec(values: Array<{ token: string; description?: string }>, type: TypeRef, lang: Lang, source: EnumSpec['source'], line: number): EnumSpec {
  const numericType = type.kind === 'integer' || type.kind === 'number';
  const allNumeric = values.every((v) => /^-?\d+(\.\d+)?$/.test(v.token));
  const seen = new Set<string>();
  const out: EnumValue[] = [];
  for (const v of values) {
    if (seen.has(v.token)) continue;
    seen.add(v.token);
    const value = allNumeric ? Number(v.token) : v.token;
    const description: Localized | undefined = v.description ? { [lang]: v.description } : undefined;
    out.push(description ? { value, description } : { value });
  }
  // values whose kind contradicts the documented type are kept for the report but not enforced
  const consistent = numericType ? allNumeric : type.kind === 'string' ? !allNumeric : false;
  return { values: out, closed: consistent, source, line };
}

const valueToken = /^[A-Za-z0-9_.+-]{1,48}$/;

function acceptedToken(token: string, raw: string): boolean {
  if (/^-?\d+$/.test(token)) return true;
  if (/^[A-Z][A-Z0-9_]+$/.test(token)) return true;
  // any other spelling only when the page marks it as code
  return raw.includes(`\`${token}\``);
}

function listedValues(text: string, raw: string): Array<{ token: string; description: string }> {
  const out: Array<{ token: string; description: string }> = [];
  for (const rawLine of text.split('\n')) {
    // list bullets; a minus before a digit is a sign (`-1：失败`)
    const line = rawLine.replace(/^\s*(?:(?:[*•>]|-(?!\d))\s*)+/, '').trim();
    // the line is trimmed, so the description after the colon is too
    const m = /^([^\s：:]{1,48})\s*[：:]\s*(.*)/.exec(line);
    if (!m || !valueToken.test(m[1]) || !acceptedToken(m[1], raw)) continue;
    out.push({ token: m[1], description: m[2] });
  }
  return out;
}

/** Words that state the set of values before giving it: `取值：`, `取值范围：`, `Valid values:`, `Possible values are:`. */
const LEAD_IN = /(?:取值范围|取值|可选值|枚举值|有效值|valid values|possible values|allowed values|enumerated values)\s*(?:为|是|are|include)?\s*[:：]\s*/i;
const LEAD_TOKEN = /^(?:[A-Za-z][A-Za-z0-9_.-]{0,47}|-?\d+)$/;

/**
 * After a lead-in, the values themselves: one per line (`- Running：运行中。`), read up to the
 * first line that is not one, or a list in one sentence (`available, in-use, error`). The
 * lead-in is what makes plain words values, where a bare list of words could be prose.
 */
function leadInValues(text: string): Array<{ token: string; description?: string }> {
  const m = LEAD_IN.exec(text);
  if (!m) return [];
  const rest = text.slice(m.index + m[0].length);
  const lines = rest.split('\n').map((l) => l.replace(/^\s*(?:[-*•]\s*)?/, '').trim());
  const items: Array<{ token: string; description: string }> = [];
  for (const line of lines[0] === '' ? lines.slice(1) : lines) {
    const item = /^[`*]*([^\s：:`*]{1,48})[`*]*\s*[：:]\s*(.*)$/.exec(line);
    if (!item || !LEAD_TOKEN.test(item[1])) break;
    items.push({ token: item[1], description: item[2] });
  }
  if (items.length >= 2) return items;
  const sentence = /^[^\n。；;]*?(?=[.。；;]\s|[.。；;]?$|\n)/.exec(rest)?.[0] ?? '';
  const tokens = sentence.split(/\s*(?:[,，、]\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s|或|和)\s*/).map((t) => t.replace(/^[`*"'“]+|[`*"'”]+$/g, '').trim());
  return tokens.length >= 2 && tokens.length <= 30 && tokens.every((t) => LEAD_TOKEN.test(t)) ? tokens.map((token) => ({ token })) : [];
}

function setValues(text: string): string[] {
  const m = /(?:值的集合为|枚举值为|取值范围为|取值集合为|可选值为|valid values are|possible values are|values are)\s*[:：]?\s*\{([^}]*)\}/i.exec(text);
  // Stryker disable next-line ArrayDeclaration: a one-element array is no enum either (two values or more make one)
  if (!m) return [];
  // empty pieces between two separators fail valueToken, as does any piece with a colon inside
  return m[1]
    .split(/[，,、\s]/)
    .map((t) => t.replace(/^[：:]+|[：:]+$/g, ''))
    .filter((t) => valueToken.test(t));
}

function alternativeValues(raw: string): string[] {
  const m = /(?:可以?取(?:值为)?|取值为|可选)\s*((?:`[^`]+`\s*(?:或|、|,|，|和|及|or)?\s*){2,})/.exec(raw);
  // Stryker disable next-line ArrayDeclaration: a one-element array is no enum either (two values or more make one)
  if (!m) return [];
  // "对于动态转码任务，取值为 `0` 或 `100`": values under a condition are not the field's whole set
  // Stryker disable next-line StringLiteral: split gives one piece at least, so pop() always has one
  const sentence = raw.slice(0, m.index).split(/[。；;.!?！？]/).pop() ?? '';
  // Stryker disable next-line ArrayDeclaration: a one-element array is no enum either (two values or more make one)
  if (/对于|当|若|如果|\bfor\b|\bwhen\b|\bif\b/i.test(sentence)) return [];
  return [...m[1].matchAll(/`([^`]+)`/g)].map((x) => x[1].trim()).filter((t) => valueToken.test(t));
}

function inlineCapsValues(text: string): Array<{ token: string; description: string }> {
  const flat = text.replace(/\n/g, ' ');
  const matches = [...flat.matchAll(/(?:^|\s)([A-Z][A-Z0-9_]{1,}):\s/g)];
  return matches.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < matches.length ? matches[i + 1].index ?? flat.length : flat.length;
    return { token: m[1], description: flat.slice(start, end).trim() };
  });
}

/** `Error code. \`0\`: allows …; \`1\`: rejects …`: code-marked values, each with its meaning, in one sentence. */
function codePairs(raw: string): Array<{ token: string; description: string }> {
  return [...raw.matchAll(/`([^`\n]{1,48})`\s*[：:]\s*([^;；`\n]*)/g)]
    .map((m) => ({ token: m[1].trim(), description: m[2].trim() }))
    .filter((v) => valueToken.test(v.token));
}

/**
 * `Valid values: \`301\` (recording started), \`302\` (recording stopped)`, `\`1\`（推流）、\`0\`（断流）`:
 * values each followed by its meaning in brackets, one after the other (only separators between
 * them); a bare integer counts for a numeric field (`301 (started), 302 (stopped)`), never one
 * inside a sentence (`当 msg_type 为 1（文本类型）或 …` speaks of another field).
 */
function bracketPairs(raw: string, type: TypeRef): Array<{ token: string; description: string }> {
  const bare = type.kind === 'integer' || type.kind === 'number' ? String.raw`|(?<![\w.-])(?<bare>-?\d+)(?![\w.])` : '';
  const pairs = [...raw.matchAll(new RegExp(String.raw`(?:\`(?<code>[^\`\n]{1,48})\`${bare})\s*[(（](?<meaning>[^()（）\n]+)[)）]`, 'g'))];
  // the longest run of pairs with nothing but separators between them
  let best: RegExpMatchArray[] = [];
  let run: RegExpMatchArray[] = [];
  for (const m of pairs) {
    const last = run[run.length - 1];
    const gap = last ? raw.slice(last.index! + last[0].length, m.index) : '';
    run = last && /^[\s,，、;；/|]*(?:or|and|或|和|及)?[\s,，、;；]*$/i.test(gap) ? [...run, m] : [m];
    if (run.length > best.length) best = run;
  }
  return best.map((m) => ({ token: (m.groups!.code ?? m.groups!.bare).trim(), description: m.groups!.meaning.trim() })).filter((v) => valueToken.test(v.token));
}

const LED_ITEM = String.raw`[A-Za-z][\w.-]{0,31}(?:\s*[(（][^()（）\n]{1,30}[)）])?`;
const COLON_LED = new RegExp(String.raw`(?:^|[。；;\n])[^：:。；;\n]{0,30}[：:]\s*(${LED_ITEM}(?:\s*[、,，]\s*${LED_ITEM})+)\s*(?:[。.;；]\s*)?(?=\n|$)`);

/**
 * `会话类型：PERSON（单聊）、TEAM（群聊）`, `Format: flv, hls, mp4, aac`: single words after a
 * label's colon, to the end of the sentence, each with its meaning in brackets when one follows.
 * Unmarked, so only known values; a list that goes on (`等`, more words) is none.
 */
function colonLedWords(text: string): Array<{ token: string; description: string }> {
  const m = COLON_LED.exec(text);
  if (!m) return [];
  return m[1].split(/\s*[、,，]\s*(?![^()（）]*[)）])/).map((item) => {
    const [, token, meaning = ''] = /^([^\s(（]+)\s*(?:[(（]([^()（）]*)[)）])?$/.exec(item.trim()) ?? [item, item, ''];
    return { token, description: meaning.trim() };
  });
}

/** One case of `0 成功`, `1：失败`, `2-超时`, `3 表示出错`, `4为静默丢弃`, `5 kicked` (never a range, `1-6：国内`): a number, a joiner, words that open with no digit. */
const NUMBERED = /(?<=^|[：:，,；;、]\s*|[.。]\s+|。)(-?\d+)(?!\s*[-－—–~～至到]\s*\d)\s*(?:[：:=\-－—–]|表示|代表|为)?\s*([^\s\d,，;；、。：:()（）`\-－—–~～][^,，;；、。\n]*?)\s*(?=[,，;；、。\n]|$)/g;

/**
 * `状态：0 成功，1 失败，2 部分成功`, `0：成功；1：失败`, `Reason: 1 normal, 2 timeout`: numbered
 * meanings one after the other, after a label or a sentence (`Task status. 0: success; 1: failure`),
 * with only separators between them. Two cases at least, in ascending order; an amount (`1 秒，最大
 * 3600`) or a range (`1-100`) is one case or none.
 */
function numberedMeanings(text: string): Array<{ token: string; description: string }> {
  let best: RegExpMatchArray[] = [];
  let run: RegExpMatchArray[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const last = run[run.length - 1];
    const gap = last ? text.slice(last.index! + last[0].length, m.index) : '';
    run = last && /^\s*[,，;；、]\s*$/.test(gap) ? [...run, m] : [m];
    if (run.length > best.length) best = run;
  }
  // cases are listed in order (`0 …, 1 …`, `301 …, 302 …`); numbers out of order are amounts (`5 次以内，2 次每分钟`)
  const ascending = best.every((m, i) => i === 0 || Number(m[1]) > Number(best[i - 1][1]));
  return ascending ? best.map((m) => ({ token: m[1], description: m[2].trim() })) : [];
}

/**
 * `Stream status,<br>active: active<br>inactive: Inactive`: lower-case words, one per line after a
 * lead line, unmarked. Every line after the lead must be one such value, so prose (`Note: …`) is
 * never read as a list.
 */
function plainWordLines(text: string): Array<{ token: string; description: string }> {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  // the line is trimmed, so the meaning ends where it does
  const read = (l: string) => /^([a-z][a-z0-9_]{0,47})\s*[：:]\s*(\S.*)/.exec(l);
  // the lead line (`Stream status,`) is left out unless it is a value itself
  const values = lines.filter((l, i) => i > 0 || read(l)).map(read);
  // Stryker disable next-line ArrayDeclaration: a one-element array is no enum either (two values or more make one)
  if (values.some((m) => !m)) return [];
  return values.map((m) => ({ token: m![1], description: m![2] }));
}
