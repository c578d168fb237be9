import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusChecks, repoRoot } from './checks.js';

const cli = path.join(repoRoot, 'bin/docs2ts.js');
const generate = (cwd: string) => spawnSync(process.execPath, [cli, 'generate', '--quiet'], { cwd, encoding: 'utf8' });

/** A row of a parameter table that names a plain field and defines no anchor: safe to drop or rename. */
const plainRow = /^\|\s*([A-Za-z][A-Za-z0-9_]*)\s*\|(?:[^|\n]*\|){2,}\s*$/;

/** The Markdown pages of a docs folder, sorted. */
async function markdownPages(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(path.join(dir, rel), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await markdownPages(dir, r)));
    else if (r.endsWith('.md')) out.push(r);
  }
  return out;
}

/**
 * The edits a user makes, found by shape (never by name, so they apply to whatever the docs
 * hold): the last plain row of the first page's first long table is removed, and the first
 * plain row of the last page is renamed.
 */
async function editDocs(docs: string): Promise<string[]> {
  const pages = await markdownPages(docs);
  const rows = async (page: string) => (await readFile(path.join(docs, page), 'utf8')).split('\n').map((line, i) => ({ line, i, name: plainRow.exec(line)?.[1] })).filter((r) => r.name && !/\]\(#|<a |id=/.test(r.line));
  const done: string[] = [];
  for (const page of pages) {
    const found = await rows(page);
    // the first run of at least three consecutive plain rows: a parameter table
    const run = found.findIndex((r, k) => found[k + 2]?.i === r.i + 2);
    if (run < 0) continue;
    let last = run;
    while (found[last + 1]?.i === found[last].i + 1) last++;
    const lines = (await readFile(path.join(docs, page), 'utf8')).split('\n');
    lines.splice(found[last].i, 1);
    await writeFile(path.join(docs, page), lines.join('\n'));
    done.push(`${page}:${found[last].i + 1}: removed the row of ${found[last].name}`);
    break;
  }
  for (const page of [...pages].reverse()) {
    const [first] = await rows(page);
    if (!first) continue;
    const lines = (await readFile(path.join(docs, page), 'utf8')).split('\n');
    lines[first.i] = lines[first.i].replace(first.name!, `${first.name}Renamed`);
    await writeFile(path.join(docs, page), lines.join('\n'));
    done.push(`${page}:${first.i + 1}: renamed ${first.name} to ${first.name}Renamed`);
    break;
  }
  return done;
}

// The documented refresh (README, "Tests"): edit docs-src/, run `npm run generate`, and the
// corpus checks pass again; a user's build output and tarball in generated/ change nothing.
describe('after a user edits the docs and regenerates', () => {
  let work: string;
  const paths = () => ({ cwd: work, docs: 'docs-src', out: 'generated' });
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-refresh-'));
    await cp(path.join(repoRoot, 'docs-src'), path.join(work, 'docs-src'), { recursive: true });
    await cp(path.join(repoRoot, 'generated'), path.join(work, 'generated'), { recursive: true });
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('the checks see the edit until generate runs, then pass, with a build, node_modules/ and a tarball left in the output', async () => {
    const edits = await editDocs(path.join(work, 'docs-src'));
    expect(edits).toHaveLength(2);
    // before regenerating: the committed output is stale, and the check says so
    expect(corpusChecks.fresh(paths()).join('\n')).toMatch(/stale: /);

    const run = generate(work);
    expect([run.status, run.stderr], edits.join('\n')).toEqual([0, '']);
    // what `cd generated && npm run build && npm pack` leaves behind
    await mkdir(path.join(work, 'generated/dist'), { recursive: true });
    await writeFile(path.join(work, 'generated/dist/index.js'), 'export {};\n');
    await mkdir(path.join(work, 'generated/node_modules/typescript'), { recursive: true });
    await writeFile(path.join(work, 'generated/node_modules/typescript/package.json'), '{}\n');
    await writeFile(path.join(work, 'generated/docs2ts-generated-0.1.0.tgz'), 'not really a tarball');

    expect(corpusChecks.fresh(paths()), edits.join('\n')).toEqual([]);
    expect(await corpusChecks.everyPageCovered(paths())).toEqual([]);
    expect(await corpusChecks.modelMatchesSchema(paths())).toEqual([]);
  });

  it('the page check fails for a page the output does not cover', async () => {
    await mkdir(path.join(work, 'docs-src/newproduct/en'), { recursive: true });
    await writeFile(path.join(work, 'docs-src/newproduct/en/page.md'), '# A page added after the last generate\n');
    expect(await corpusChecks.everyPageCovered(paths())).toEqual([
      'docs-src/newproduct/en/page.md: not in model.json',
      'docs-src/newproduct/en/page.md: no coverage account in report/coverage.json',
    ]);
    await writeFile(path.join(work, 'generated/model.json'), '{"modelVersion": 0}\n');
    expect((await corpusChecks.modelMatchesSchema(paths())).length).toBeGreaterThan(0);
  });
});
