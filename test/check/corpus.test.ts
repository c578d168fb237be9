import { describe, expect, it } from 'vitest';
import { registry, runChecks, stageDiagnostics } from '../../generator/check/index.js';
import { emitFindingReports } from '../../generator/emit/report/index.js';
import type { Field, Model, TypeRef } from '../../generator/model/types.js';
import { buildModelFromDocs } from '../../generator/pipeline.js';

const { model } = await buildModelFromDocs('docs-src');
const findings = runChecks(model);

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

describe('the seed corpus', () => {
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

  it('matches the reviewed findings snapshot (one line per finding)', async () => {
    const text = findings.map((f) => `${f.severity} ${f.code} ${f.file}:${f.line} ${[f.event, f.version, f.field].filter(Boolean).join(' ')} — ${f.message}`).join('\n');
    await expect(`${text}\n`).toMatchFileSnapshot('__snapshots__/corpus-findings.txt');
  });

  it('finds no language disagreement between the English and Chinese WhiteboardPush pages, which agree', () => {
    const push = findings.filter((f) => f.event?.startsWith('WhiteboardPush'));
    expect(push.filter((f) => f.code === 'lang-mismatch')).toEqual([]);
    expect(model.events.filter((e) => e.eventType.startsWith('WhiteboardPush')).every((e) => e.fields.every((f) => Object.keys(f.perLang ?? {}).length === 2))).toBe(true);
  });

  it('has a registry entry (id, severity, description) for every code it reports', () => {
    const ids = new Set(registry().map((r) => r.id));
    for (const f of findings) expect(ids.has(f.code), f.code).toBe(true);
    for (const [id, entry] of Object.entries(stageDiagnostics)) expect([id, entry.description.length > 10]).toEqual([id, true]);
  });

  it('gives every finding a file, a line and a sentence, one per place', () => {
    const keys = findings.map((f) => `${f.code}|${f.file}|${f.line}|${f.field ?? ''}|${f.event ?? ''}|${f.version ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of findings) expect(f.file && f.line >= 1 && f.message.endsWith('.')).toBeTruthy();
  });

  it('writes SARIF 2.1.0 that CI systems read: rules, levels, locations', () => {
    const sarif = JSON.parse(emitFindingReports(findings).get('report/findings.sarif')!);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('docs2ts');
    expect(run.results).toHaveLength(findings.length);
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const r of run.results) {
      expect(ruleIds).toContain(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^docs-src\//);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
  });

  it('writes findings.json sorted, with absent keys omitted, and findings.md grouped by product and event', () => {
    const reports = emitFindingReports(findings);
    const json = JSON.parse(reports.get('report/findings.json')!) as Array<Record<string, unknown>>;
    expect(json).toHaveLength(findings.length);
    expect(Object.keys(json[0]).slice(0, 5)).toEqual(['code', 'severity', 'message', 'file', 'line']);
    expect(json.every((f) => Object.values(f).every((v) => v !== undefined && v !== null))).toBe(true);
    const md = reports.get('report/findings.md')!;
    expect(md).toMatch(/^## rtc \/ SegmentRealTimeData \(2020-12-01\)$/m);
    expect(md).not.toMatch(/<script/i);
  });
});
