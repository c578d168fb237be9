import { describe, expect, it } from 'vitest';
import { registry, runChecks } from '../../generator/check/index.js';
import { buildModel } from '../../generator/model/index.js';
import { parseDoc } from '../../generator/parse/index.js';
import { compareDiagnostics } from '../../generator/shared/diagnostic.js';
import { fixtureModel, SEED_PRODUCTS } from '../helpers/fixture-docs.js';

// the frozen seed pages (test/fixtures/docs-src), built in-process stage by stage, as the CLI would
const { docs, model } = await fixtureModel(SEED_PRODUCTS);
const findings = runChecks(model);

/** One line per finding, sorted: what a reviewer reads when the snapshot changes. */
const line = (f: (typeof findings)[number]): string => `${f.severity} ${f.code} ${f.file}:${f.line} ${[f.product, f.event ?? f.api, f.version, f.field].filter(Boolean).join(' ')} — ${f.message}`;

describe('findings on the frozen seed pages', () => {
  it('match the reviewed list (one line per finding)', async () => {
    await expect(`${findings.map(line).join('\n')}\n`).toMatchFileSnapshot('__snapshots__/corpus-findings.txt');
  });

  it('flag each known defect of the seeds once, at its file and line', () => {
    const at = (code: string, file: string, lineNo: number, field?: string) =>
      findings.filter((f) => f.code === code && f.file === `docs-src/${file}` && f.line === lineNo && (field === undefined || f.field === field));
    const rtc = 'rtc/zh/callbacks.md';
    // SegmentRealTimeData examples give "SampleRate": "44100" where the table says Int
    expect(at('example-type-mismatch', rtc, 1437, 'Data[].SampleRate')).toHaveLength(1);
    // an unterminated string; a full-width comma in an example that shows the envelope
    expect(at('example-invalid-json', rtc, 928)).toHaveLength(1);
    expect(at('example-invalid-json', rtc, 1868)).toHaveLength(1);
    expect(at('example-envelope-mismatch', rtc, 1855)).toHaveLength(1);
    expect(at('example-undocumented-field', rtc, 1868, 'Vid')).toHaveLength(1);
    // VideoCodec is String, its description lists 0/1, the example says "h264"
    expect(at('description-values-vs-type', rtc, 431, 'RecordFileList[].VideoCodec')[0]?.message).toContain('"h264"');
    // TIW English rows put the description in the type cell
    expect(at('type-cell-holds-description', 'tiw/en/callbacks-online-record.txt', 22, 'VideoInfos')).toHaveLength(1);
    // anchors defined twice; a link labelled SongUpdate to the table labelled SongList
    expect(at('duplicate-anchor', rtc, 706)).toHaveLength(1);
    expect(at('duplicate-anchor', rtc, 1791)).toHaveLength(1);
    expect(at('struct-reference-label-mismatch', rtc, 2120)).toHaveLength(1);
    expect(at('table-row-cell-count', rtc, 1624)).toHaveLength(1);
    expect(findings.filter((f) => f.code === 'event-without-example').map((f) => f.event)).toEqual(['WbTranscodeProgressChanged', 'WbTranscodeFinished']);
    // TosBucket → Bucket between dated versions
    expect(at('version-change', rtc, 1467, 'Bucket')[0]?.message).toContain('renamed from TosBucket');
  });

  it('say nothing where the docs are consistent', () => {
    // conditional fields absent from examples (Webcast Reason, SnapshotRealTimeData VeImageXServiceId, TIW Error.*)
    const missing = findings.filter((f) => f.code === 'example-missing-required-field');
    expect(missing.map((f) => [f.api, f.event])).toEqual([['DescribeWhiteboardPush', undefined]]);
    // Int vs Int64 vs Uint32 across related events are compatible
    expect(findings.filter((f) => f.code === 'related-type-mismatch')).toEqual([]);
    // the index table lists every section and no more
    expect(findings.filter((f) => f.code === 'catalogue-mismatch')).toEqual([]);
  });

  it('find no language disagreement between the English and Chinese WhiteboardPush pages, which agree', () => {
    const push = model.events.filter((e) => e.eventType.startsWith('WhiteboardPush'));
    // the pages really are both read, field by field, so silence means agreement
    expect(push.map((e) => e.eventType).sort()).toEqual(['WhiteboardPushStarted', 'WhiteboardPushStopped']);
    for (const e of push) {
      expect(new Set(e.sources.map((s) => s.lang))).toEqual(new Set(['en', 'zh']));
      for (const f of e.fields) expect(Object.keys(f.perLang ?? {}).sort(), `${e.eventType}.${f.name}`).toEqual(['en', 'zh']);
    }
    expect(findings.filter((f) => f.code === 'lang-mismatch')).toEqual([]);
  });

  it('do find the disagreement when the English WhiteboardPush page is edited to differ (the silence above is not blindness)', () => {
    const pages = docs.filter((d) => d.file.includes('whiteboard-push') && !d.file.includes('api-'));
    expect(pages.map((d) => d.lang).sort()).toEqual(['en', 'zh']);
    const edited = pages.map((d) =>
      d.lang === 'en' ? { ...d, text: d.text.replace('RoomId | Integer | Room ID of the whiteboard |', 'RoomId | String | Room ID of the whiteboard |').replace('PushUserId | String | Push User ID |\n', '') } : d,
    );
    expect(edited.find((d) => d.lang === 'en')!.text).not.toBe(pages.find((d) => d.lang === 'en')!.text);
    const lang = runChecks(buildModel(edited.map((d) => parseDoc(d)))).filter((f) => f.code === 'lang-mismatch');
    expect(lang.map((f) => [f.event, f.field, f.message.split(' ').slice(1, 4).join(' ')])).toEqual([
      ['WhiteboardPushStarted', 'RoomId', 'is string in'],
      ['WhiteboardPushStopped', 'PushUserId', 'is documented only'],
    ]);
  });

  it('name a registered code, the file and line, the product, and one sentence, once per place', () => {
    const ids = new Set(registry().map((r) => r.id));
    const keys = findings.map((f) => [f.code, f.file, f.line, f.event, f.api, f.version, f.field].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...findings].sort(compareDiagnostics)).toEqual(findings);
    for (const f of findings) {
      expect(ids.has(f.code), f.code).toBe(true);
      expect(f.file).toMatch(/^docs-src\//);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.message).toMatch(/^[A-Z].*\.$/);
      // a finding about an event or field says which product it belongs to
      if (f.event || f.field) expect(f.product, line(f)).toBeTruthy();
    }
  });
});
