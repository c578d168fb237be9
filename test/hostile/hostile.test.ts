import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaError, syntaxErrors } from '../helpers/output-checks.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');

const nasty = '*/ ${process.exit(1)} `rm -rf` </script><script>alert(1)</script> \u2028';

const pages: Record<string, string | Buffer> = {
  'x/zh/truncated.md': '### Cut\n\n**EventType**\n\n`Cut`\n\n**EventData**\n\n| 参数名 | 类型 | 描述 |\n| --- | --- |\n| A | Str',
  'x/zh/cells.md': '### Cells\n\n**EventType**\n\n`Cells`\n\n**EventData**\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| A | String |\n| B | Int | b | extra | more |\n',
  'x/zh/fence.md': '### Fence\n\n**EventType**\n\n`Fence`\n\n```json\n{ "A": 1 ',
  'x/zh/latin1.md': Buffer.from([0x23, 0x20, 0xe9, 0xe8, 0x0a, 0xff, 0xfe, 0x0a]),
  'x/zh/binary.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
  'x/zh/empty.md': '',
  'x/zh/cycle.md': `### Cycle\n\n**EventType**\n\n\`Cycle\`\n\n**EventData**\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| \`__proto__\` | [A](#a) | ${nasty} |\n| constructor | String | c |\n| 123abc | Int | \`0\`：x<br>\`1\`：\`*/\` |\n| a-b | String | ${nasty} |\n| ../../x | String | p |\n\nA\n\n<span id="a"></span>\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| ToB | [B](#b) | b |\n\nB\n\n<span id="b"></span>\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| ToA | Array of [A](#a) | a |\n| Deep | [C](#c) | c |\n\nC\n\n<span id="c"></span>\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| ToC | [C](#c) | self |\n\n\`\`\`json\n{"__proto__": {"ToB": {}}, "constructor": "${'</script>'}", "123abc": 1, "a-b": "x", "../../x": "y"}\n\`\`\`\n`,
  'x/en/evil-names.txt': 'Parameter Name | Type | Description |\n../../etc | String | path |\nA/B | String | slash |\n{"EventData": {"../../etc": "x"},"EventType": "../../evil"}\nParameter Name | Type | Description |\nA | String | a |\n{"EventData": {"A": "x"},"EventType": "Ok_Event"}\n',
  'we ird$/zh/page.md': '### Named\n\n**EventType**\n\n`Named`\n\n**EventData**\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| A | String | a |\n',
};

describe('generate on hostile and broken docs', () => {
  let work: string;
  let run: ReturnType<typeof spawnSync>;
  const files = new Map<string, string>();
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-hostile-'));
    for (const [rel, content] of Object.entries(pages)) {
      await mkdir(path.dirname(path.join(work, 'docs', rel)), { recursive: true });
      await writeFile(path.join(work, 'docs', rel), content);
    }
    // a 50 MB page: refused quickly with a clear message, never parsed
    await writeFile(path.join(work, 'docs/x/zh/huge.md'), Buffer.alloc(50 * 1024 * 1024, 'a\n'));
    run = spawnSync(process.execPath, [cli, 'generate', '--docs', 'docs', '--out', 'out'], { cwd: work, encoding: 'utf8' });
    const walk = async (dir: string): Promise<void> => {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) await walk(full);
        else files.set(path.relative(path.join(work, 'out'), full), await readFile(full, 'utf8'));
      }
    };
    await walk(path.join(work, 'out'));
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('finishes with exit 0, no stack trace, and input problems on stderr with file and line', () => {
    expect(run.status).toBe(0);
    expect(String(run.stderr)).not.toMatch(/\n\s+at /);
    expect(String(run.stderr)).toMatch(/docs\/x\/zh\/huge\.md:1: error file-too-large/);
    expect(String(run.stderr)).toMatch(/docs\/x\/zh\/binary\.png:1: error binary-file/);
  });

  it('reports every defect as a finding with a file and a line', () => {
    const findings = JSON.parse(files.get('report/findings.json')!) as Array<{ code: string; file: string; line: number }>;
    const codes = new Set(findings.map((f) => f.code));
    for (const code of ['table-row-cell-count', 'unclosed-code-fence', 'invalid-utf8', 'binary-file', 'empty-document', 'file-too-large', 'event-name-missing']) expect(codes, code).toContain(code);
    for (const f of findings) expect(f.file.length > 0 && f.line >= 1, JSON.stringify(f)).toBe(true);
  });

  it('writes only inside the output folder, under safe names', () => {
    for (const rel of files.keys()) {
      expect(rel.startsWith('..')).toBe(false);
      expect(rel.split(path.sep).some((s) => s === '..' || s === '')).toBe(false);
    }
    expect([...files.keys()].some((f) => f.includes('evil'))).toBe(false);
  });

  it('escapes doc text in every output: TypeScript parses, schemas compile, no raw </script>', () => {
    for (const [rel, text] of files) {
      if (rel.endsWith('.ts')) expect(syntaxErrors(rel, text)).toEqual([]);
      if (rel.endsWith('.schema.json')) expect(schemaError(text), rel).toBeUndefined();
      if (rel.endsWith('.ts') || rel.endsWith('.md')) expect(text.includes('</script>'), rel).toBe(false);
    }
    expect(files.get('src/types.ts')).toContain('"__proto__"');
    expect(files.get('src/types.ts')).toContain('"../../x"');
  });

  it('handles reference cycles between structs', () => {
    const model = JSON.parse(files.get('model.json')!) as { structs: Record<string, { fields: Array<{ name: string; type: unknown }> }> };
    expect(Object.keys(model.structs).sort()).toEqual(['x/A', 'x/B', 'x/C']);
    expect(model.structs['x/C'].fields[0].type).toEqual({ kind: 'ref', struct: 'x/C' });
  });

  it('leaves the previous output intact when a run fails before writing', async () => {
    const before = await readFile(path.join(work, 'out/model.json'), 'utf8');
    const failed = spawnSync(process.execPath, [cli, 'generate', '--docs', 'missing', '--out', 'out'], { cwd: work, encoding: 'utf8' });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(/does not exist/);
    expect(await readFile(path.join(work, 'out/model.json'), 'utf8')).toBe(before);
  });
});
