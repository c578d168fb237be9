import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carryRoots } from '../../generator/cli/write-output.js';
import { OUTPUT_MARKER, OutputFolderError, planOutputFolder } from '../../generator/cli/output-folder.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/docs2ts.js');

/** A tiny project: one page, so each CLI run stays short on a slow machine. */
const PAGE = `# 回调

### WhiteboardPushStarted

| 参数名 | 类型 | 描述 |
| --- | --- | --- |
| RoomId | Integer | 房间号 |

\`\`\`json
{ "EventType": "WhiteboardPushStarted", "EventData": { "RoomId": 1 } }
\`\`\`
`;

let project: string;

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-out-'));
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

async function freshProject(name: string): Promise<string> {
  const dir = path.join(project, name);
  await mkdir(path.join(dir, 'docs-src/demo/zh'), { recursive: true });
  await writeFile(path.join(dir, 'docs-src/demo/zh/callbacks.md'), PAGE);
  return dir;
}

function run(cwd: string, args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

async function tree(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, rel: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(d, e.name), r);
      else out.push(r);
    }
  };
  await walk(dir, '');
  return out.sort();
}

describe('generate --out never deletes files it did not write', () => {
  it('refuses a folder of unrelated files (exit 2, every file kept, nothing written)', async () => {
    const dir = await freshProject('unrelated');
    await mkdir(path.join(dir, 'notes/deep'), { recursive: true });
    await writeFile(path.join(dir, 'notes/todo.txt'), 'mine');
    await writeFile(path.join(dir, 'notes/deep/plan.md'), 'mine too');
    const result = run(dir, ['generate', '--out', 'notes', '--quiet']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/refusing to replace notes: it is not empty and has no \.docs2ts-output\.json/);
    expect(result.stderr).toContain('2 file(s) would be lost (deep/plan.md, todo.txt)');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(await tree(path.join(dir, 'notes'))).toEqual(['deep/plan.md', 'todo.txt']);
    expect((await readdir(dir)).filter((n) => n.includes('.tmp-') || n.includes('.old-'))).toEqual([]);
  });

  it('refuses ".", the docs folder, its parent, a folder inside it, the root and the home folder', async () => {
    const dir = await freshProject('dangerous');
    await writeFile(path.join(dir, 'README.md'), 'project readme');
    const before = await tree(dir);
    for (const [out, reason] of [
      ['.', /it contains the docs folder/],
      ['docs-src', /refusing to use the docs folder docs-src as the output folder/],
      ['docs-src/demo', /it is inside the docs folder/],
      ['docs-src/out', /it is inside the docs folder/],
      ['/', /refusing to use the filesystem root/],
      [os.homedir(), /refusing to use the home folder|it contains the docs folder/],
    ] as const) {
      const result = run(dir, ['generate', '--out', out, '--quiet']);
      expect([out, result.status]).toEqual([out, 2]);
      expect(result.stderr).toMatch(reason);
    }
    expect(await tree(dir)).toEqual(before);
  });

  it('refuses a git work tree root, even with the docs elsewhere', async () => {
    const dir = await freshProject('git-root');
    const repo = path.join(dir, 'repo');
    await mkdir(path.join(repo, '.git'), { recursive: true });
    await writeFile(path.join(repo, '.git/HEAD'), 'ref: refs/heads/main\n');
    const result = run(dir, ['generate', '--out', 'repo', '--quiet']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/it is the root of a git work tree/);
    expect(await tree(repo)).toEqual(['.git/HEAD']);
  });

  it('replaces its own output, drops only the files it wrote, and keeps the rest (dist/, node_modules/, a tarball)', async () => {
    const dir = await freshProject('owned');
    expect(run(dir, ['generate', '--quiet']).status).toBe(0);
    const out = path.join(dir, 'generated');
    const marker = JSON.parse(await readFile(path.join(out, OUTPUT_MARKER), 'utf8')) as { files: string[] };
    expect(marker.files).toContain('model.json');
    expect(marker.files).toEqual([...marker.files].sort());
    // a user builds and packs the package, and writes a note beside it
    await mkdir(path.join(out, 'dist'), { recursive: true });
    await writeFile(path.join(out, 'dist/index.js'), 'built');
    await mkdir(path.join(out, 'node_modules/x'), { recursive: true });
    await writeFile(path.join(out, 'node_modules/x/index.js'), 'dep');
    await writeFile(path.join(out, 'pkg-0.1.0.tgz'), 'tarball');
    await writeFile(path.join(out, 'src/NOTES.md'), 'a note among our files');
    // a file we wrote and no longer write goes away
    await writeFile(path.join(dir, 'docs-src/demo/zh/callbacks.md'), PAGE.replaceAll('WhiteboardPushStarted', 'PushBegun'));
    const second = run(dir, ['generate', '--quiet']);
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    const files = await tree(out);
    for (const kept of ['dist/index.js', 'node_modules/x/index.js', 'pkg-0.1.0.tgz', 'src/NOTES.md']) expect(files).toContain(kept);
    expect(files.some((f) => f.includes('WhiteboardPushStarted'))).toBe(false);
    expect(files.some((f) => f.includes('PushBegun'))).toBe(true);
    expect(await readFile(path.join(out, 'src/NOTES.md'), 'utf8')).toBe('a note among our files');
    // check judges only what the marker lists: the user's files are not "extra"
    const check = run(dir, ['check']);
    expect(check.stderr).not.toMatch(/extra:/);
    expect(check.status).toBe(0);
  });

  it('never reads an output folder inside the docs folder as pages', async () => {
    const dir = await freshProject('nested-output');
    expect(run(dir, ['generate', '--quiet', '--out', 'generated']).status).toBe(0);
    // someone copies an output folder among the pages: it carries the marker, so it is skipped
    await cp(path.join(dir, 'generated'), path.join(dir, 'docs-src/demo/old-output'), { recursive: true });
    const again = run(dir, ['generate', '--out', 'generated']);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^docs2ts: 1 documents,/);
  });
});

describe('planOutputFolder', () => {
  it('refuses a new file that would overwrite a file the marker does not list', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-plan-'));
    try {
      await writeFile(path.join(dir, OUTPUT_MARKER), JSON.stringify({ tool: 'docs2ts', files: ['a.json'] }));
      await writeFile(path.join(dir, 'a.json'), '{}');
      await writeFile(path.join(dir, 'b.json'), 'user');
      await expect(planOutputFolder(dir, ['a.json', 'b.json'])).rejects.toThrow(/would overwrite 1 file\(s\) docs2ts did not write \(b\.json\)/);
      await expect(planOutputFolder(dir, ['a.json', 'b.json/x'])).rejects.toBeInstanceOf(OutputFolderError);
      expect(await planOutputFolder(dir, ['a.json', 'c.json'])).toEqual({ keep: ['b.json'], owned: ['a.json'] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('resolves symlinks: a link to the docs folder is the docs folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-link-'));
    try {
      await mkdir(path.join(dir, 'docs'));
      await symlink(path.join(dir, 'docs'), path.join(dir, 'alias'));
      await expect(planOutputFolder(path.join(dir, 'alias'), [], { docsDir: path.join(dir, 'docs') })).rejects.toThrow(/the docs folder/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('carryRoots', () => {
  it('moves a folder with nothing of ours in it whole, and single files where ours live beside them', () => {
    expect(carryRoots(['node_modules/a/x.js', 'node_modules/b.js', 'src/NOTES.md', 'x.tgz'], ['src/types.ts', 'model.json'])).toEqual(['node_modules', 'src/NOTES.md', 'x.tgz']);
  });
});
