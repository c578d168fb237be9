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
