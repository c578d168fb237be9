import { describe, expect, it } from 'vitest';
import type { Field, Model, TypeRef } from '../../generator/model/types.js';
import { fixtureModel, SEED_PRODUCTS } from '../helpers/fixture-docs.js';

const { model } = await fixtureModel(SEED_PRODUCTS);

function typeText(t: TypeRef): string {
  switch (t.kind) {
    case 'array':
      return `${typeText(t.items)}[]`;
    case 'ref':
      return `ref ${t.struct}`;
    case 'object':
      return `{${t.fields.map(fieldText).join('; ')}}`;
    case 'integer':
      return t.format ?? 'integer';
    default:
      return t.kind;
  }
}

function fieldText(f: Field): string {
  return `${f.name}${f.required ? '' : '?'}${f.nullable ? '|null' : ''}: ${typeText(f.type)}${f.typeSource === 'inferred-from-example' ? ' (inferred)' : ''}${f.enum ? ` ${f.enum.closed ? 'enum' : 'values'}(${f.enum.values.map((v) => JSON.stringify(v.value)).join(',')})` : ''}`;
}

/** The whole corpus as sorted readable lines: what a reviewer checks when the snapshot changes. */
function summary(m: Model): string {
  const lines: string[] = [];
  for (const e of m.events) lines.push(`event ${e.id} ${e.typeName} [${e.sources.map((s) => `${s.file}:${s.line}`).join(', ')}] examples=${e.examples.map((x) => `${x.kind}${x.value === undefined ? '!' : ''}`).join(',')}`, ...e.fields.map((f) => `  ${fieldText(f)}`));
  for (const s of Object.values(m.structs)) lines.push(`struct ${s.id} ${s.typeName} anchors=${s.anchors.join(',')}`, ...s.fields.map((f) => `  ${fieldText(f)}`));
  for (const a of m.apis) lines.push(`api ${a.id} wrapper=${a.responseWrapper ?? '-'} errors=${a.errors.map((e) => e.code).join(',')}`, ...a.input.map((f) => `  in ${fieldText(f)}`), ...a.output.map((f) => `  out ${fieldText(f)}`));
  for (const env of Object.values(m.envelopes)) lines.push(`envelope ${env.product} ${env.typeName}`, ...env.fields.map((f) => `  ${fieldText(f)}`));
  return `${lines.join('\n')}\n`;
}

describe('the frozen seed pages (test/fixtures/docs-src)', () => {
  it('has every event, version, struct and API the seeds document', () => {
    const tiw = model.events.filter((e) => e.product === 'tiw');
    const rtc = model.events.filter((e) => e.product === 'rtc');
    expect(tiw.map((e) => e.eventType).sort()).toEqual(['OnlineRecordFinished', 'OnlineRecordLongPauseForceStopped', 'OnlineRecordLongPauseWarning', 'OnlineRecordStarted', 'OnlineRecordStopped', 'WhiteboardPushStarted', 'WhiteboardPushStopped']);
    for (const e of tiw.filter((x) => x.eventType.startsWith('WhiteboardPush'))) expect(e.sources.map((s) => s.lang).sort()).toEqual(['en', 'zh']);
    expect(rtc).toHaveLength(45);
    expect(new Set(rtc.map((e) => e.eventType)).size).toBe(38);
    const versions = (t: string) => rtc.filter((e) => e.eventType === t).map((e) => e.version);
    expect(versions('RecordStopped')).toEqual(['2020-12-01', '2022-06-01', '2023-06-01', '2023-11-01']);
    expect(versions('SegmentRealTimeData')).toEqual(['2020-12-01', '2022-06-01', '2023-11-01']);
    expect(versions('SnapshotRealTimeData')).toEqual(['2020-12-01', '2022-06-01', '2023-11-01']);
    const [api] = model.apis;
    expect([api.action, api.apiVersion, api.input.length, api.output.length, api.errors.length]).toEqual(['DescribeWhiteboardPush', '2019-09-19', 5, 12, 7]);
    expect(model.catalogue).toHaveLength(45);
  });

  it('matches the reviewed model snapshot', async () => {
    await expect(summary(model)).toMatchFileSnapshot('__snapshots__/corpus-model.txt');
  });
});
