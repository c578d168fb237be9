import { describe, expect, it } from 'vitest';
import { AcceptFileError, applyAccepts, parseAcceptFile } from '../../generator/diff/accept.js';
import { summarize, type DocChange } from '../../generator/diff/changes.js';
import { diffMarkdown } from '../../generator/emit/diff-report/diff-md.js';

const removed: DocChange = { kind: 'field-removed', breaking: true, bump: 'major', product: 'rtc', event: 'RoomCreate', field: 'Timestamp', before: 'int64' };
const retypedEn: DocChange = { kind: 'field-retyped', breaking: true, bump: 'major', product: 'rtc', event: 'RoomCreate', field: 'RoomId', before: 'integer', after: 'string', lang: 'en' };
const retypedZh: DocChange = { ...retypedEn, lang: 'zh' };
const gone: DocChange = { kind: 'event-removed', breaking: true, bump: 'major', product: 'rtc', event: 'Old' };
const docs: DocChange = { kind: 'description-changed', breaking: false, bump: 'patch', product: 'rtc', event: 'RoomCreate', field: 'Timestamp', before: 'a', after: 'b', lang: 'zh' };

const file = `{
  "accepted": [
    { "kind": "field-removed", "product": "rtc", "event": "RoomCreate", "field": "Timestamp", "reason": "never sent since 2023" },
    {
      "kind": "field-retyped", "product": "rtc", "event": "RoomCreate", "field": "RoomId", "lang": "zh",
      "reason": "the Chinese page was wrong"
    },
    { "kind": "field-removed", "product": "rtc", "event": "RoomCreate", "field": "Nope", "reason": "stale \\"entry\\" {" },
    { "kind": "event-removed", "product": "rtc", "event": "Old", "reason": "retired" }
  ]
}
`;

describe('the accept file (accepted-changes.json)', () => {
  const entries = parseAcceptFile(file, 'docs-src/accepted-changes.json');

  it('reads entries with the line each one starts on', () => {
    expect(entries.map((e) => [e.kind, e.field ?? null, e.line])).toEqual([
      ['field-removed', 'Timestamp', 3],
      ['field-retyped', 'RoomId', 4],
      ['field-removed', 'Nope', 8],
      ['event-removed', null, 9],
    ]);
  });

  it('accepts matching breaking changes (kind, product, event, field; lang narrows), keeps them listed, and warns about an entry that matches nothing', () => {
    const { changes, warnings } = applyAccepts([removed, retypedEn, retypedZh, gone, docs], entries, 'docs-src/accepted-changes.json');
    expect(changes.map((c) => c.accepted ?? null)).toEqual(['never sent since 2023', null, 'the Chinese page was wrong', 'retired', null]);
    expect(changes.every((c, i) => c.breaking === [removed, retypedEn, retypedZh, gone, docs][i].breaking)).toBe(true);
    expect(warnings).toEqual([expect.objectContaining({ code: 'accept-unmatched', severity: 'warning', file: 'docs-src/accepted-changes.json', line: 8, field: 'Nope' })]);
    const summary = summarize(changes);
    expect(summary).toMatchObject({ breaking: 4, accepted: 3, bump: 'major' });
    // the report still lists an accepted change, marked with its reason
    const md = diffMarkdown({ title: 'T', summary, changes });
    expect(md).toContain('**4 breaking (3 accepted), 1 non-breaking — suggested bump: major**');
    expect(md).toContain('| **breaking** (accepted) | field-removed — accepted: never sent since 2023 |');
    expect(md.match(/^\| \*\*breaking\*\* \|/gm)).toHaveLength(1);
  });

  it('does not accept a change that is not breaking, nor an event-level entry for a field change', () => {
    const [entry] = parseAcceptFile('{"accepted":[{"kind":"description-changed","product":"rtc","event":"RoomCreate","field":"Timestamp","reason":"x"}]}', 'a.json');
    expect(applyAccepts([docs], [entry], 'a.json').warnings).toHaveLength(1);
    const [eventLevel] = parseAcceptFile('{"accepted":[{"kind":"field-removed","product":"rtc","event":"RoomCreate","reason":"x"}]}', 'a.json');
    expect(applyAccepts([removed], [eventLevel], 'a.json').changes[0].accepted).toBeUndefined();
  });

  it.each([
    ['{', 1, /not valid JSON/],
    ['[]', 1, /expected \{ "accepted"/],
    ['{"accepted":[],"x":1}', 1, /unknown key "x"/],
    ['{\n"accepted": [\n  {"kind":"field-removed","product":"p","event":"E","field":"F"}\n]}', 3, /entry 1: "reason" must be a non-empty string \(say why/],
    ['{\n"accepted": [\n  {"kind":"field-gone","product":"p","event":"E","reason":"r"}\n]}', 3, /unknown kind "field-gone"/],
    ['{\n"accepted": [\n  {"kind":"field-removed","product":"p","event":"E","reason":"r","filed":"F"}\n]}', 3, /unknown key "filed"/],
  ])('refuses %j with its line', (text, line, message) => {
    let error: unknown;
    try {
      parseAcceptFile(text, 'docs-src/accepted-changes.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AcceptFileError);
    expect((error as AcceptFileError).message).toMatch(new RegExp(`^docs-src/accepted-changes\\.json:${line}: error accept-invalid: `));
    expect((error as AcceptFileError).message).toMatch(message);
  });
});

describe('accept file edges', () => {
  const refusal = (text: string): string => {
    try {
      parseAcceptFile(text, 'a.json');
    } catch (e) {
      expect(e).toBeInstanceOf(AcceptFileError);
      return (e as Error).message.replace(/^a\.json:\d+: error accept-invalid: /, '');
    }
    return 'accepted';
  };
  const entry = (more: string) => `{"accepted":[{"kind":"field-removed","product":"p","event":"E","reason":"r"${more}}]}`;

  it('the top level: an object with an accepted array, and a $comment', () => {
    expect(refusal('null')).toBe('expected { "accepted": [ { "kind", "product", "event", "field", "reason" }, … ] }');
    expect(refusal('"text"')).toMatch(/^expected/);
    expect(refusal('{"accepted":{}}')).toMatch(/^expected/);
    expect(refusal('{"$comment":"why","accepted":[]}')).toBe('accepted');
    expect(refusal('{"accepted":[],"$comment":"x","other":1}')).toBe('unknown key "other" (known: accepted)');
  });

  it('each entry: an object, the required strings non-empty, the optional ones non-empty when given', () => {
    expect(refusal('{"accepted":[null]}')).toBe('entry 1 must be an object');
    expect(refusal('{"accepted":[[]]}')).toBe('entry 1 must be an object');
    expect(refusal('{"accepted":["x"]}')).toBe('entry 1 must be an object');
    expect(refusal('{"accepted":[{"kind":"field-removed","product":"","event":"E","reason":"r"}]}')).toBe('entry 1: "product" must be a non-empty string');
    expect(refusal('{"accepted":[{"kind":"field-removed","product":"p","event":3,"reason":"r"}]}')).toBe('entry 1: "event" must be a non-empty string');
    expect(refusal(entry(',"field":""'))).toBe('entry 1: "field" must be a non-empty string when given');
    expect(refusal(entry(',"version":1'))).toBe('entry 1: "version" must be a non-empty string when given');
    expect(refusal(entry(',"lang":""'))).toBe('entry 1: "lang" must be a non-empty string when given');
    expect(refusal(entry(',"field":"F","version":"v","lang":"en"'))).toBe('accepted');
    expect(refusal('{"accepted":[{"kind":"nope","product":"p","event":"E","reason":"r"}]}')).toMatch(/^entry 1: unknown kind "nope" \(known: .*field-removed.*\)$/);
    expect(refusal('{"accepted":[{"kind":"field-removed","product":"p","event":"E","reason":"r","x":1}]}')).toBe('entry 1: unknown key "x" (known: kind, product, event, field, version, lang, reason)');
  });

  it('the line of each entry: strings with braces and escaped quotes skipped, nested objects not counted', () => {
    const text = '{\n  "$comment": "{ [ \\" {",\n  "accepted": [\n    { "kind": "field-removed", "product": "p", "event": "E", "reason": "a { b" },\n\n    {\n      "kind": "event-removed", "product": "p", "event": "F", "reason": "r"\n    }\n  ]\n}\n';
    expect(parseAcceptFile(text, 'a.json').map((e) => e.line)).toEqual([4, 6]);
    const bad = '{\n  "accepted": [\n    {"kind": "field-removed", "product": "p", "event": "E", "reason": "r"},\n    {"kind": "x", "product": "p", "event": "E", "reason": "r"}\n  ]\n}';
    expect(() => parseAcceptFile(bad, 'a.json')).toThrow(/^a\.json:4: error accept-invalid: entry 2: unknown kind "x"/);
  });

  it('version and language narrow the match when the entry names them', () => {
    const change: DocChange = { ...retypedEn, version: '2020-01-01' };
    const [v1, v2, anyVersion, zh] = parseAcceptFile(
      `{"accepted":[${[',"version":"2020-01-01"', ',"version":"2021-01-01"', '', ',"lang":"zh"'].map((more) => `{"kind":"field-retyped","product":"rtc","event":"RoomCreate","field":"RoomId","reason":"r"${more}}`).join(',')}]}`,
      'a.json',
    );
    expect(applyAccepts([change], [v1], 'a.json').changes[0].accepted).toBe('r');
    expect(applyAccepts([change], [v2], 'a.json').changes[0].accepted).toBeUndefined();
    expect(applyAccepts([change], [anyVersion], 'a.json').changes[0].accepted).toBe('r');
    expect(applyAccepts([change], [zh], 'a.json').changes[0].accepted).toBeUndefined();
    for (const [other, what] of [[{ ...change, product: 'q' }, 'product'], [{ ...change, event: 'X' }, 'event'], [{ ...change, kind: 'field-removed' as const }, 'kind'], [{ ...change, field: undefined }, 'field']] as const) {
      expect(applyAccepts([other], [anyVersion], 'a.json').changes[0].accepted, what).toBeUndefined();
    }
  });

  it('an unmatched entry\'s warning names it fully: kind, product, event, field, version and language', () => {
    const [full, eventLevel] = parseAcceptFile('{"accepted":[{"kind":"field-retyped","product":"rtc","event":"E","field":"F","version":"v2","lang":"en","reason":"r"},{"kind":"event-removed","product":"rtc","event":"Old","reason":"r"}]}', 'a.json');
    const { changes, warnings } = applyAccepts([], [full, eventLevel], 'a.json');
    expect(changes).toEqual([]);
    expect(warnings.map((w) => [w.message, w.file, w.line, w.product, w.event, w.field])).toEqual([
      ['The accepted change field-retyped rtc E F (v2) [en] matches no breaking change in this diff; remove it once the change has shipped.', 'a.json', 1, 'rtc', 'E', 'F'],
      ['The accepted change event-removed rtc Old matches no breaking change in this diff; remove it once the change has shipped.', 'a.json', 1, 'rtc', 'Old', undefined],
    ]);
    expect('field' in warnings[1]).toBe(false);
  });
});
