import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll } from '../../generator/pipeline.js';

const page = (name: string) => `### ${name}\n\n**EventType**\n\n\`${name}\`\n\n**EventData**\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n| A | String | a |\n`;

describe('names the emitter had to change', () => {
  it('reach the findings and the reports, with the page that caused them', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-names-'));
    try {
      for (const [product, name] of [['x', 'Foo'], ['y', 'foo']]) {
        await mkdir(path.join(work, 'docs', product, 'zh'), { recursive: true });
        await writeFile(path.join(work, 'docs', product, 'zh', 'page.md'), page(name));
      }
      const result = await generateAll(path.join(work, 'docs'), { root: work });
      const names = result.findings.filter((f) => f.code.startsWith('type-name'));
      expect(names.map((f) => [f.code, f.file, f.line])).toEqual([['type-name-collision', 'docs/y/zh/page.md', 1]]);
      expect(result.files.get('report/findings.json')).toContain('type-name-collision');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
