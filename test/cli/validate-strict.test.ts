import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');
// the model of the fixture docs (test/support/fixture-output.ts), not the corpus's
const model = path.join(inject('fixtureOut'), 'model.json');

/** validate on what a parsed object cannot show: duplicate keys, bytes that are not UTF-8, size. */
describe('validate is strict about the raw body', () => {
  let work: string;
  const validate = (file: string, ...flags: string[]) => spawnSync(process.execPath, [cli, 'validate', file, '--model', model, ...flags], { cwd: work, encoding: 'utf8' });
  const body = (eventType: string, extra = '') => `{"EventType":"NoSuchEvent",${extra}"EventData":{"RoomId":1},\n"EventType":${JSON.stringify(eventType)}}`;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-validate-'));
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('exits 1 on a key given twice, with its JSON path and both positions', async () => {
    await writeFile(path.join(work, 'dup.json'), body('WhiteboardPushStarted'));
    const run = validate('dup.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('/EventType: key "EventType" is given twice: line 1, column 2 and line 2, column 1');
    const json = JSON.parse(validate('dup.json', '--json').stdout) as { valid: boolean; violations: Array<{ path: string }> };
    expect(json.valid).toBe(false);
    expect(json.violations.map((v) => v.path)).toEqual(['/EventType']);
  });

  it('exits 1 on a nested key given once as a string and once as a number', async () => {
    await writeFile(path.join(work, 'nested.json'), '{"EventType":"WhiteboardPushStarted","EventData":{"RoomId":"1","RoomId":1}}');
    const run = validate('nested.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('/EventData/RoomId: key "RoomId" is given twice');
  });

  it('exits 1 on bytes that are not UTF-8, naming the offset', async () => {
    await writeFile(path.join(work, 'latin1.json'), Buffer.concat([Buffer.from('{"EventType":"'), Buffer.from([0xe9, 0xff]), Buffer.from('"}')]));
    const run = validate('latin1.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/is not valid UTF-8 \(first bad byte at offset 14\)/);
  });

  it('exits 1 on a body over --max-bytes without reading it, and 2 on a bad limit', async () => {
    await writeFile(path.join(work, 'big.json'), `{"EventType":"x","pad":"${'a'.repeat(2000)}"}`);
    const run = validate('big.json', '--max-bytes', '1000');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/over the size limit of 1000 bytes/);
    expect(validate('big.json', '--max-bytes', 'lots').status).toBe(2);
  });

  it('prints at most 50 violations, and says how many more', async () => {
    const keys = Array.from({ length: 120 }, (_, i) => `"k${i}":1,"k${i}":2`).join(',');
    await writeFile(path.join(work, 'many.json'), `{${keys}}`);
    const run = validate('many.json');
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('  /'))).toHaveLength(50);
    expect(run.stdout).toContain('… and 70 more');
  });
});
