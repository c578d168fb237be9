import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');

const table = (rows: string): string => `| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n${rows}`;
const event = (name: string, rows: string, example: string): string =>
  `### ${name}\n\n**EventType**\n\n\`${name}\`\n\n**EventData**\n\n${table(rows)}\n\n\`\`\`json\n${example}\n\`\`\`\n`;
const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;

/** One hostile page of each kind next to a healthy one: the healthy one is always generated. */
describe('a hostile page fails alone', () => {
  let work: string;
  let run: ReturnType<typeof spawnSync>;
  const out = (rel: string): Promise<string> => readFile(path.join(work, 'out', rel), 'utf8');
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-faults-'));
    await mkdir(path.join(work, 'docs/x/zh'), { recursive: true });
    await writeFile(path.join(work, 'docs/x/zh/deep.md'), event('Deep', '| A | Array | a |\n', `{"A": ${deep}}`));
    await writeFile(path.join(work, 'docs/x/zh/names.md'), event('Names', '| `*/x` | String | star slash |\n| `__proto__` | String | proto |\n| `constructor` | Int | c |\n| a b | String | space |\n', '{"*/x": "1", "__proto__": "p", "constructor": 2, "a b": "q"}'));
    // a file name that is not UTF-8 (bytes 0xff 0xfe): no string names it, only its bytes
    await writeFile(Buffer.concat([Buffer.from(path.join(work, 'docs/x/zh/bad-')), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]), event('Bad', '| A | String | a |\n', '{"A": "x"}'));
    run = spawnSync(process.execPath, [cli, 'generate', '--docs', 'docs', '--out', 'out'], { cwd: work, encoding: 'utf8' });
  }, 120_000);
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('finishes with exit 0 and no stack trace', () => {
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(run.status).toBe(0);
  });

  it('reports the deep example and the odd file name as findings, and generates every other event', async () => {
    const findings = JSON.parse(await out('report/findings.json')) as Array<{ code: string; file: string; line: number }>;
    expect(findings.filter((f) => f.code === 'example-too-deep').map((f) => [f.file, f.line])).toEqual([['docs/x/zh/deep.md', 15]]);
    expect(findings.filter((f) => f.code === 'file-name-invalid-utf8').map((f) => f.file)).toEqual(['docs/x/zh/bad-\ufffd\ufffd.md']);
    const model = JSON.parse(await out('model.json')) as { events: Array<{ eventType: string }> };
    expect(model.events.map((e) => e.eventType).sort()).toEqual(['Deep', 'Names']);
  });

  it('keeps field names exactly in the model, schemas, validators, types and fixtures', async () => {
    const names = ['*/x', '__proto__', 'constructor', 'a b'];
    const model = JSON.parse(await out('model.json')) as { events: Array<{ eventType: string; fields: Array<{ name: string }> }> };
    expect(model.events.find((e) => e.eventType === 'Names')!.fields.map((f) => f.name)).toEqual(names);
    const schema = JSON.parse(await out('schemas/x/Names.schema.json')) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(names);
    expect(schema.required).toEqual(names);
    const validators = await out('src/validators.ts');
    for (const n of names) expect(validators).toContain(JSON.stringify(n));
    const types = await out('src/types.ts');
    for (const n of names) expect(types).toContain(`${JSON.stringify(n)}: `);
    expect(JSON.parse(await out('fixtures/x/Names/example-1.json'))).toHaveProperty(['*/x'], '1');
  });

  it('emits a package that tsc checks, fixtures included (no fixture for the deep example)', async () => {
    await symlink(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    execFileSync(process.execPath, [tsc, '-p', path.join(work, 'out/tsconfig.test.json')], { cwd: work, encoding: 'utf8' });
    expect(await out('test/fixtures.test.ts')).not.toContain('Deep/example');
  }, 120_000);

  it('validates a body with the exact names, and flags the vendor name missing', async () => {
    await writeFile(path.join(work, 'ok.json'), '{"*/x": "1", "__proto__": "p", "constructor": 2, "a b": "q"}');
    await writeFile(path.join(work, 'missing.json'), '{"/x": "1", "__proto__": "p", "constructor": 2, "a b": "q"}');
    const validate = (file: string) => spawnSync(process.execPath, [cli, 'validate', file, '--event', 'Names', '--model', 'out/model.json'], { cwd: work, encoding: 'utf8' });
    expect(validate('ok.json').status).toBe(0);
    const missing = validate('missing.json');
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('*/x');
  });
});
