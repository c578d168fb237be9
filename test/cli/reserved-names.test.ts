import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Events named after globals and the package's own names, from docs to `docs2ts validate`:
// the model, the schemas, the runtime and the CLI all use the names the naming pass decided.
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const page = (names: string[]) => names.map((name) => `### ${name}\n\n**EventType**\n\n\`${name}\`\n\n**EventData**\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| A | String | a |\n`).join('\n');

let work: string;
const docs2ts = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', input });

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-reserved-'));
  await mkdir(path.join(work, 'docs/shop/zh'), { recursive: true });
  await writeFile(path.join(work, 'docs/shop/zh/page.md'), page(['Record', 'Object', 'Map']));
  const run = docs2ts(['generate', '--docs', 'docs', '--out', 'out', '--quiet']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('events named Record, Object and Map', () => {
  it('are exported under the names the model records, and the package type-checks', async () => {
    const model = JSON.parse(await readFile(path.join(work, 'out/model.json'), 'utf8')) as { events: Array<{ eventType: string; typeName: string }> };
    expect(model.events.map((e) => [e.eventType, e.typeName])).toEqual([
      ['Map', 'ShopMap'],
      ['Object', 'ShopObject'],
      ['Record', 'ShopRecord'],
    ]);
    const types = await readFile(path.join(work, 'out/src/types.ts'), 'utf8');
    for (const name of ['ShopMap', 'ShopObject', 'ShopRecord']) expect(types).toContain(`export interface ${name} `);
    expect(types).not.toMatch(/export (interface|type) (Map|Object|Record)\b/);
    execFileSync(process.execPath, [tsc, '-p', path.join(work, 'out/tsconfig.json'), '--noEmit'], { cwd: work, stdio: 'pipe' });
  });

  it('validate finds each by its event type: valid, and invalid with the violation (never an internal error)', () => {
    for (const event of ['Record', 'Object', 'Map']) {
      const valid = docs2ts(['validate', '-', '--event', event, '--model', 'out/model.json'], '{"A":"x"}');
      expect([event, valid.status, valid.stdout]).toEqual([event, 0, `valid: shop ${event} (Shop${event})\n`]);
      const invalid = docs2ts(['validate', '-', '--event', event, '--model', 'out/model.json'], '{"A":1}');
      expect([event, invalid.status]).toEqual([event, 1]);
      expect(invalid.stdout).toContain('/A: must be string');
    }
  });
});
