import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_DOCS } from '../helpers/fixture-docs.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');
const docs2ts = (args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}) => spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? root, encoding: 'utf8', input: options.input, env: options.env ?? process.env });

describe('conventions', () => {
  it('prints help for the tool and for each command, exit 0', () => {
    const help = docs2ts(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['generate', 'check', 'validate', 'diff', 'release', 'watch']) {
      expect(help.stdout).toContain(command);
      const own = docs2ts([command, '--help']);
      expect([command, own.status, own.stdout.startsWith(`Usage: docs2ts ${command}`)]).toEqual([command, 0, true]);
    }
  });

  it('exits 2 with the usage on an unknown command or flag, on stderr', () => {
    const unknown = docs2ts(['frobnicate']);
    expect([unknown.status, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    const flag = docs2ts(['generate', '--frobnicate']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/unknown option --frobnicate \(options: [^\n]*--docs VALUE[\s\S]*Usage: docs2ts generate/);
  });
});

describe('loading', () => {
  // a module hook that names every module of the CLI as it is loaded
  const hook = `data:text/javascript,${encodeURIComponent("export async function load(url, context, next) { if (url.includes('/dist/cli/')) process.stderr.write(`loaded ${url.replace(/^.*\\/dist\\/cli\\//, '')}\\n`); return next(url, context); }")}`;
  const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hook)});`)}`;

  it('loads only the module of the command it runs', () => {
    const run = spawnSync(process.execPath, ['--import', register, cli, 'generate', '--help'], { cwd: root, encoding: 'utf8' });
    const modules = [...run.stderr.matchAll(/^loaded (\S+)$/gm)].map((m) => m[1]);
    expect(run.status).toBe(0);
    expect(modules).toContain('generate.js');
    expect(modules.filter((m) => ['check.js', 'validate.js', 'diff.js', 'release.js', 'inspect.js', 'watch.js'].includes(m))).toEqual([]);
  });

  it('takes no inherited property of the command table for a command', () => {
    for (const name of ['toString', 'constructor', '__proto__']) {
      const run = docs2ts([name]);
      expect([name, run.status, run.stderr.includes(`unknown command "${name}"`)]).toEqual([name, 2, true]);
    }
  });
});

describe('docs2ts validate', () => {
  // the package generated from the fixture docs (test/support/fixture-output.ts), not the corpus's generated/
  const out = inject('fixtureOut');
  const model = path.join(out, 'model.json');
  const stopped = path.join(out, 'fixtures/tiw/WhiteboardPushStopped/example-1.json');

  it('says which product, event and version a captured body matches (exit 0)', () => {
    const run = docs2ts(['validate', stopped, '--model', model]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('valid: tiw WhiteboardPushStopped (WhiteboardPushStopped)\n');
  });

  it('lists each violation with its path, the expected type and the doc line (exit 1)', async () => {
    const body = JSON.parse(await readFile(stopped, 'utf8'));
    body.EventData.RoomId = '880528';
    delete body.EventData.PushStopTime;
    const run = docs2ts(['validate', '-', '--model', model], { input: JSON.stringify(body) });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('invalid: closest match tiw WhiteboardPushStopped');
    expect(run.stdout).toMatch(/\/EventData\/RoomId: must be integer \(expected integer\) — defined at docs-src\/tiw\/en\/callbacks-whiteboard-push\.txt:9/);
    expect(run.stdout).toMatch(/\/EventData\/PushStopTime: must have required property 'PushStopTime'/);
  });

  it('validates a bare payload with --event, an API response with --api, and JSON output', () => {
    const segment = docs2ts(['validate', path.join(out, 'fixtures/rtc/SegmentRealTimeData_20231101/example-1.json'), '--model', model, '--event', 'SegmentRealTimeData', '--json']);
    expect(segment.status).toBe(1);
    const result = JSON.parse(segment.stdout) as { valid: boolean; violations: Array<{ path: string; expected: string; source: string }> };
    expect(result.violations.map((v) => [v.path, v.expected])).toEqual([
      ['/Data/0/SampleRate', 'integer'],
      ['/Data/0/BitsPerSample', 'integer'],
      ['/Data/0/Channels', 'integer'],
    ]);
    const api = docs2ts(['validate', path.join(out, 'fixtures/tiw/DescribeWhiteboardPushResponse/example-2.json'), '--model', model, '--api', 'DescribeWhiteboardPush']);
    expect(api.status).toBe(0);
  });

  it('exits 2 on unreadable input, 1 (invalid payload) on a body that is not JSON', () => {
    expect(docs2ts(['validate', '/no/such/file.json', '--model', model]).status).toBe(2);
    const notJson = docs2ts(['validate', '-', '--model', model], { input: '{"EventType": ' });
    expect(notJson.status).toBe(1);
    expect(notJson.stdout).toMatch(/^invalid: standard input is not JSON: /);
  });
});

describe('config', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-config-'));
    await cp(FIXTURE_DOCS, path.join(work, 'pages'), { recursive: true });
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('reads docs2ts.config.json (paths, package name, enum policy); flags override it', async () => {
    await writeFile(path.join(work, 'docs2ts.config.json'), JSON.stringify({ docs: 'pages', out: 'types', packageName: '@acme/callbacks', enumPolicy: 'open' }));
    const run = docs2ts(['generate', '--quiet'], { cwd: work });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(await readFile(path.join(work, 'types/package.json'), 'utf8')).name).toBe('@acme/callbacks');
    const types = await readFile(path.join(work, 'types/src/types.ts'), 'utf8');
    expect(types).toMatch(/FinishReason: string;/);
    const flagged = docs2ts(['generate', '--quiet', '--out', 'other'], { cwd: work });
    expect(flagged.status).toBe(0);
    expect(JSON.parse(await readFile(path.join(work, 'other/package.json'), 'utf8')).name).toBe('@acme/callbacks');
  });

  it('exits 2 naming the file and the problem when the config is invalid', async () => {
    await writeFile(path.join(work, 'docs2ts.config.json'), JSON.stringify({ enumPolicy: 'sometimes' }));
    const run = docs2ts(['generate'], { cwd: work });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('docs2ts generate: invalid config: docs2ts.config.json: "enumPolicy" must be "closed" or "open"\n');
  });
});

describe('docs2ts watch', () => {
  it('regenerates after a change and writes only the files that changed', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-watch-'));
    await cp(FIXTURE_DOCS, path.join(work, 'docs-src'), { recursive: true });
    const child = spawn(process.execPath, [cli, 'watch'], { cwd: work, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    const until = async (pattern: RegExp, ms = 60_000): Promise<void> => {
      const start = Date.now();
      while (!pattern.test(out)) {
        if (Date.now() - start > ms) throw new Error(`timed out waiting for ${pattern}; got: ${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    try {
      await until(/watching docs-src\//);
      const before = await readFile(path.join(work, 'generated/src/types.ts'), 'utf8');
      const page = path.join(work, 'docs-src/tiw/en/callbacks-whiteboard-push.txt');
      await writeFile(page, (await readFile(page, 'utf8')).replace('Room ID of the whiteboard |', 'Room ID of the whiteboard (edited) |'));
      await until(/callbacks-whiteboard-push\.txt: \d+ file\(s\) written, 0 removed, 1 page\(s\) parsed/);
      const after = await readFile(path.join(work, 'generated/src/types.ts'), 'utf8');
      expect(before).not.toContain('(edited)');
      expect(after).toContain('Room ID of the whiteboard (edited)');
      // eslint-disable-next-line no-control-regex -- the escape that starts a colour code
      expect(out).not.toMatch(/\u001b\[/);
    } finally {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
      await rm(work, { recursive: true, force: true });
    }
  });
});
