import { describe, expect, it } from 'vitest';
import { buildFromMarkdown } from '../../generator/model/build-markdown.js';
import { parseSnippet } from '../helpers/snippet.js';

// The Markdown builder on small pages: the structs it names, the tables it leaves out and why,
// events typed without a table, and what the coverage says of each block.
const build = (text: string, product = 'p') => buildFromMarkdown(parseSnippet(text, { product }));
const T = '| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n';
const VALUES = '| 值 | 含义 |\n| --- | --- |\n| 1 | one |\n| 2 | two |\n';
const rtcEvent = (name: string, table: string, extra = '') => `### ${name}\n\n**EventType**\n\n\`${name}\`\n\n**事件详情**\n\n${name} 发生了。\n\n**EventData**\n\n${table}\n${extra}`;
const diags = (d: ReturnType<typeof build>) => d.diagnostics.map((x) => [x.code, x.line, x.event, x.message]);
const coverage = (d: ReturnType<typeof build>) => d.coverage?.blocks.map((b) => [b.line, b.role ?? b.reason]);

describe('structs outside event sections', () => {
  it('an unlabelled table is named after the product and counted, with a finding each', () => {
    const d = build(`${T}| X | Int | x |\n\n${T}| Y | Int | y |\n`);
    expect(d.events).toEqual([]);
    expect(d.structs.map((s) => [s.name, s.anchors, s.key, s.product, s.source])).toEqual([
      ['PStruct1', [], 'docs-src/p/zh/page.md#1', 'p', { file: 'docs-src/p/zh/page.md', line: 1, lang: 'zh' }],
      ['PStruct2', [], 'docs-src/p/zh/page.md#5', 'p', { file: 'docs-src/p/zh/page.md', line: 5, lang: 'zh' }],
    ]);
    expect(d.structs[1].fields.map((f) => f.name)).toEqual(['Y']);
    expect(diags(d)).toEqual([
      ['struct-without-label', 1, undefined, 'A parameter table has no label; it was named PStruct1.'],
      ['struct-without-label', 5, undefined, 'A parameter table has no label; it was named PStruct2.'],
    ]);
    expect(d.diagnostics[0]).toMatchObject({ file: 'docs-src/p/zh/page.md', product: 'p', lang: 'zh' });
    expect(d.diagnostics[0]).not.toHaveProperty('event');
    expect(d.diagnostics[0]).not.toHaveProperty('version');
    expect(coverage(d)).toEqual([[1, 'struct PStruct1'], [5, 'struct PStruct2']]);
    expect(d.coverage?.shapes).toEqual(['data-structures']);
  });

  it('a product that makes no identifier gives Page', () => {
    expect(build(`${T}| X | Int | x |\n`, '123').structs.map((s) => s.name)).toEqual(['PageStruct1']);
  });

  it('a label names the struct; an anchor whose letters the label holds (or holds the label) is no mismatch', () => {
    const d = build(`Info\n\n<span id="info-v2"></span>\n\n${T}| X | Int | x |\n\n<span id="a1"></span>\n\nA\n\n${T}| Y | Int | y |\n\n<span id="9-9"></span>\n\nB\n\n${T}| Z | Int | z |\n`);
    expect(d.structs.map((s) => [s.name, s.anchors])).toEqual([['Info', ['info-v2']], ['A', ['a1']], ['B', ['9-9']]]);
    expect(d.diagnostics).toEqual([]);
  });

  it('an anchor that does not match the label: named by the label, with a finding', () => {
    const d = build(`Info\n\n<span id="other"></span>\n\n${T}| X | Int | x |\n`);
    expect(d.structs.map((s) => s.name)).toEqual(['Info']);
    expect(diags(d)).toEqual([['struct-anchor-label-mismatch', 5, undefined, 'Struct Info is defined under anchor #other, whose name does not match its label; it is named Info.']]);
  });

  it('a table without a label is named after its anchor, and says so', () => {
    const d = build(`<span id="my-info"></span>\n\n${T}| X | Int | x |\n`);
    expect(d.structs.map((s) => [s.name, s.anchors])).toEqual([['MyInfo', ['my-info']]]);
    expect(diags(d)).toEqual([['struct-without-label', 3, undefined, 'A parameter table has no label; it was named MyInfo after its anchor #my-info.']]);
  });

  it('looks back at most six blocks, never past another table or code block', () => {
    const far = build(`Info\n\n<span id="x"></span>\n\n1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n${T}| X | Int | x |\n`);
    expect(far.structs.map((s) => [s.name, s.anchors])).toEqual([['PStruct1', []]]);
    const past = build(`Info\n\n\`\`\`\ncode\n\`\`\`\n\n${T}| X | Int | x |\n`);
    expect(past.structs.map((s) => s.name)).toEqual(['PStruct1']);
  });

  it('a catalogue table outside sections is read as the catalogue', () => {
    const d = build('| 功能 | EventType | 事件描述 |\n| --- | --- | --- |\n| 录制 | RecordStarted | 开始 |\n');
    expect(d.catalogue).toEqual([{ product: 'p', eventType: 'RecordStarted', version: null, group: '录制', description: '开始', file: 'docs-src/p/zh/page.md', line: 3 }]);
    expect(coverage(d)).toEqual([[1, 'catalogue']]);
    expect(d.coverage?.shapes).toEqual([]);
  });

  it('a value table no field links to is reported with its label and anchor, and left unused', () => {
    const d = build(`**Reason**\n\n<span id="r"></span>\n\n${VALUES}`);
    expect(diags(d)).toEqual([['orphan-value-table', 5, undefined, 'A value table labelled Reason (#r) is not linked to any field; it was not used.']]);
    expect(coverage(d)).toEqual([[5, 'a value table no field links to or is named after']]);
    const bare = build(VALUES);
    expect(diags(bare)).toEqual([['orphan-value-table', 1, undefined, 'A value table is not linked to any field; it was not used.']]);
  });
});

describe('event sections', () => {
  it('an unlabelled table in a section is named after the event, and its findings name the event', () => {
    const d = build(rtcEvent('Ev', `${T}| A | String | a |`, `\nsome prose\n\n${T}| B | Int | b |\n\n<span id="my-info"></span>\n\n${T}| C | Int | c |\n`));
    expect(d.events.map((e) => [e.eventType, e.summary, e.fields.map((f) => f.name)])).toEqual([['Ev', 'Ev 发生了。', ['A']]]);
    expect(d.structs.map((s) => [s.name, s.anchors])).toEqual([['EvStruct1', []], ['MyInfo', ['my-info']]]);
    expect(diags(d)).toEqual([
      ['struct-without-label', 19, 'Ev', 'A parameter table has no label; it was named EvStruct1.'],
      ['struct-without-label', 25, 'Ev', 'A parameter table has no label; it was named MyInfo after its anchor #my-info.'],
    ]);
    expect(coverage(d)).toEqual([[13, 'payload of Ev'], [19, 'struct EvStruct1'], [25, 'struct MyInfo']]);
    expect(d.coverage?.shapes).toEqual(['named-section']);
  });

  it('an event without a table is typed from its example, all fields inferred, with a finding', () => {
    const d = build(rtcEvent('Ev', 'no table here', '\n```json\n{"EventType": "Ev", "Data": {"k": 1, "s": "x"}}\n```\n'));
    expect(d.events[0].fields.map((f) => [f.name, f.typeSource, f.required])).toEqual([
      ['k', 'inferred-from-example', false],
      ['s', 'inferred-from-example', false],
    ]);
    expect(diags(d)).toEqual([['event-typed-from-examples', 1, 'Ev', 'Event Ev has no parameter table; its 2 fields are typed from its 1 example(s), every one marked inferred and optional.']]);
    expect(coverage(d)).toEqual([[16, 'example of Ev']]);
  });

  it('an event with neither a table nor an example has no fields, and says so', () => {
    const d = build(rtcEvent('Ev', 'no table here'));
    expect(d.events[0].fields).toEqual([]);
    expect(diags(d)).toEqual([['event-without-table', 1, 'Ev', 'Event Ev has no parameter table; its payload is typed from the example, or unknown.']]);
  });

  it('the example of an event names the body, and types an untyped field', () => {
    const d = build(rtcEvent('Ev', `${T}| A | | a |\n| B | String | b |`, '\n```json\n{"EventType": "Ev", "EventData": {"A": 5, "B": "x"}}\n```\n'));
    const [event] = d.events;
    expect(event.examples.map((x) => [x.kind, x.envelope])).toEqual([['envelope', { discriminator: 'EventType', payload: 'EventData' }]]);
    expect(event.fields.map((f) => [f.name, f.type.kind, f.typeSource])).toEqual([
      ['A', 'integer', 'inferred-from-example'],
      ['B', 'string', 'documented'],
    ]);
  });

  it('the summary: the paragraphs after the summary label, past anchors, up to the next label', () => {
    const d = build(`### Ev\n\n**EventType**\n\n\`Ev\`\n\n**事件详情**\n\n第一段。\n\n<span id="z"></span>\n\n第二段。\n\n**EventData**\n\n${T}| A | String | a |\n`);
    expect(d.events[0].summary).toBe('第一段。\n第二段。');
    const stop = build(`### Ev\n\n**EventType**\n\n\`Ev\`\n\n**说明**\n\n正文。\n\nReason\n\n更多。\n\n${T}| A | String | a |\n`);
    expect(stop.events[0].summary).toBe('正文。');
  });

  it('the payload is the table labelled as such, the others structs; a value table goes to the field named by its label in its section', () => {
    const d = build(`### Ev\n\n**EventType**\n\n\`Ev\`\n\nInfo\n\n${T}| I | String | i |\n\n**EventData**\n\n${T}| A | Int | a |\n\nA\n\n${VALUES}`);
    expect(d.events[0].fields.map((f) => [f.name, f.enum?.values.map((v) => v.value)])).toEqual([['A', [1, 2]]]);
    expect(d.structs.map((s) => s.name)).toEqual(['Info']);
    expect(coverage(d)).toEqual([[9, 'struct Info'], [15, 'payload of Ev'], [21, 'values of A']]);
  });

  it('a value table named after a field of another section, or one that has its enum, is an orphan', () => {
    const other = build(`### Ev\n\n**EventType**\n\n\`Ev\`\n\n**EventData**\n\n${T}| A | Int | a |\n\n### Ev2\n\n**EventType**\n\n\`Ev2\`\n\n**EventData**\n\n${T}| C | Int | c |\n\nA\n\n${VALUES}`);
    expect(other.events[0].fields[0]).not.toHaveProperty('enum');
    expect(diags(other)).toEqual([['orphan-value-table', 27, undefined, 'A value table labelled A is not linked to any field; it was not used.']]);
    const taken = build(`### Ev\n\n**EventType**\n\n\`Ev\`\n\n**EventData**\n\n${T}| B | String | 值的集合为{AUTO，MANUAL} |\n\nB\n\n${VALUES}`);
    expect(taken.events[0].fields[0].enum?.values.map((v) => v.value)).toEqual(['AUTO', 'MANUAL']);
    expect(diags(taken).map((x) => x[0])).toEqual(['orphan-value-table']);
  });
});

describe('anchors', () => {
  const withStruct = (typeCell: string, extra = '') => rtcEvent('Ev', `${T}| F | ${typeCell} | f |`, `\nRecordFile\n\n<span id="recordfile"></span>\n\n${T}| Vid | String | v |\n${extra}`);
  it('a [Label](#anchor) type refers to the struct under that anchor, in arrays too', () => {
    const d = build(withStruct('Array of [RecordFile](#recordfile)'));
    expect(d.events[0].fields[0].type).toEqual({ kind: 'array', items: { kind: 'ref', struct: 'draft:docs-src/p/zh/page.md#21' } });
    expect(d.diagnostics).toEqual([]);
  });
  it('an anchor no table defines is unknown, with a finding naming the field and event', () => {
    const d = build(withStruct('[Gone](#nowhere)'));
    expect(d.events[0].fields[0].type).toEqual({ kind: 'unknown' });
    expect(d.diagnostics).toEqual([expect.objectContaining({ code: 'unresolved-anchor', field: 'F', event: 'Ev', line: 15, message: 'F refers to #nowhere, which no table in the page defines; it is typed as unknown.' })]);
  });
  it('a link label other than the struct label is reported; the struct is used', () => {
    const d = build(withStruct('[`Other`](#recordfile)'));
    expect(d.events[0].fields[0].type).toEqual({ kind: 'ref', struct: 'draft:docs-src/p/zh/page.md#21' });
    expect(diags(d)).toEqual([['struct-reference-label-mismatch', 15, 'Ev', 'F links to #recordfile as Other, but the table there is labelled RecordFile; the field uses RecordFile.']]);
    expect(build(withStruct('[record file](#recordfile)')).diagnostics).toEqual([]);
  });
  it('an anchor defined twice resolves to the nearer table, and is reported', () => {
    const d = build(withStruct('[RecordFile](#recordfile)', `\nRecordFile\n\n<span id="recordfile"></span>\n\n${T}| Other | String | o |\n`));
    expect(d.events[0].fields[0].type).toEqual({ kind: 'ref', struct: 'draft:docs-src/p/zh/page.md#21' });
    expect(diags(d)).toEqual([['duplicate-anchor', 27, undefined, 'Anchor #recordfile is defined again (first at line 19); links to it resolve to the definition nearest in the same section.']]);
  });
});

