import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argumentErrorMessage } from '../../generator/cli/arg-errors.js';
import { unknownEventMessage } from '../../generator/cli/validate.js';
import { loadSnapshot } from '../../generator/diff/snapshot.js';
import type { Model } from '../../generator/model/types.js';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');
const docs2ts = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', input });

function parseError(args: string[]): unknown {
  try {
    parseArgs({ args, options: { out: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    return error;
  }
  throw new Error('parseArgs accepted ' + args.join(' '));
}

describe('argument errors in our words', () => {
  const options = { out: { type: 'string' as const }, json: { type: 'boolean' as const } };
  it('names an unknown option and lists the known ones, with balanced quotes', () => {
    expect(argumentErrorMessage(parseError(['--frob']), options)).toBe('unknown option --frob (options: --out VALUE, --json)');
    expect(argumentErrorMessage(parseError(['-x']), options)).toBe('unknown option -x (options: --out VALUE, --json)');
  });
  it('says when an option lacks its value or takes none', () => {
    expect(argumentErrorMessage(parseError(['--out']), options)).toBe('option --out needs a value');
    expect(argumentErrorMessage(parseError(['--json=1']), options)).toBe('option --json takes no value');
  });
});

describe('validate --event with an event the model lacks', () => {
  const model = { events: ['UserJoinRoom', 'UserLeaveRoom', 'RecordStopped'].map((eventType) => ({ eventType })) } as unknown as Model;
  it('suggests near names', () => {
    expect(unknownEventMessage('userjoinrom', model)).toBe('no event type "userjoinrom" in the model; did you mean UserJoinRoom?');
  });
  it('lists some of the event types when nothing is near', () => {
    expect(unknownEventMessage('Nope', model)).toBe('no event type "Nope" in the model; the model has 3 event types (RecordStopped, UserJoinRoom, UserLeaveRoom)');
  });
  it('exits 2 from the CLI, on stderr, instead of asking for the --event it was given', () => {
    const run = docs2ts(['validate', '-', '--event', 'Nope'], '{}');
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/^docs2ts validate: no event type "Nope" in the model; /);
    expect(run.stderr).not.toMatch(/pass --event/);
  });
});

describe('validate on a body that is not JSON', () => {
  it('is an invalid payload (exit 1), also in JSON output', () => {
    const run = docs2ts(['validate', '-', '--json'], 'EventType=UserJoinRoom');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: false, violations: [{ path: '', message: expect.stringMatching(/^standard input is not JSON: /) }] });
  });
});

describe('diff with a folder that does not exist', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-messages-'));
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('points at git:REV when the name is a revision', async () => {
    await expect(loadSnapshot('HEAD', root)).rejects.toThrow('HEAD: no such folder; "HEAD" is a git revision: write git:HEAD to compare its docs-src');
  });
  it('explains the git:REV spelling when it is neither', async () => {
    await expect(loadSnapshot('missing-folder', work)).rejects.toThrow('missing-folder: no such folder (a git revision is written git:REV or git:REV:PATH)');
  });
  it('exits 2 with that hint and no raw ENOENT', () => {
    const run = docs2ts(['diff', 'HEAD', 'docs-src']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('docs2ts diff: HEAD: no such folder; "HEAD" is a git revision: write git:HEAD to compare its docs-src\n');
  });
});
