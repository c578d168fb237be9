import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ACCEPTED_CHANGES_FILE, BASELINE_FILE, MANIFEST_FILE } from '../../generator/sources/index.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
const cli = path.join(repoRoot, 'bin/docs2ts.js');

export interface CorpusPaths {
  /** Folder the CLI runs in: paths in the output are relative to it. */
  cwd: string;
  /** The docs folder and the output folder, relative to `cwd`. */
  docs: string;
  out: string;
}

/**
 * The corpus checks: the few facts that must hold for any docs a user keeps, whatever the pages
 * say. Each returns the problems it found (none: it holds). They name no event, field or line,
 * so an edit of the docs followed by `npm run generate` keeps them green.
 */
export const corpusChecks = {
  /** `docs2ts check`: the output equals a regeneration and every error finding is in the baseline. */
  fresh({ cwd, docs, out }: CorpusPaths): string[] {
    const run = spawnSync(process.execPath, [cli, 'check', '--docs', docs, '--out', out], { cwd, encoding: 'utf8' });
    return run.status === 0 ? [] : [`docs2ts check exited ${run.status}:\n${run.stderr}${run.stdout}`];
  },

  /** Every page of the docs folder is in the model and has a coverage account, and no page failed. */
  async everyPageCovered({ cwd, docs, out }: CorpusPaths): Promise<string[]> {
    const pages = (await listPages(path.join(cwd, docs))).map((p) => path.posix.join(docs.split(path.sep).join('/'), p));
    const model = JSON.parse(await readFile(path.join(cwd, out, 'model.json'), 'utf8')) as { documents: Array<{ file: string }>; diagnostics: Array<{ code: string; file: string; line: number; message: string }> };
    const coverage = JSON.parse(await readFile(path.join(cwd, out, 'report/coverage.json'), 'utf8')) as { pages: Array<{ file: string }> };
    const inModel = new Set(model.documents.map((d) => d.file));
    const covered = new Set(coverage.pages.map((p) => p.file));
    return [
      ...pages.filter((p) => !inModel.has(p)).map((p) => `${p}: not in model.json`),
      ...pages.filter((p) => !covered.has(p)).map((p) => `${p}: no coverage account in report/coverage.json`),
      ...model.diagnostics.filter((d) => d.code === 'page-failed').map((d) => `${d.file}:${d.line}: ${d.message}`),
    ];
  },

  /** The committed model.json is what model.schema.json describes (strict Ajv, no extra properties). */
  async modelMatchesSchema({ cwd, out }: CorpusPaths): Promise<string[]> {
    const schema = JSON.parse(await readFile(path.join(repoRoot, 'generator/model/model.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true }).compile(schema);
    const model = JSON.parse(await readFile(path.join(cwd, out, 'model.json'), 'utf8')) as unknown;
    return validate(model) ? [] : (validate.errors ?? []).slice(0, 10).map((e) => `model.json${e.instancePath}: ${e.message}`);
  },
};

/** Pages of a docs folder as the sources stage finds them: every file but the configuration and dot files. */
async function listPages(docs: string): Promise<string[]> {
  const config = new Set([MANIFEST_FILE, BASELINE_FILE, ACCEPTED_CHANGES_FILE]);
  const out: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(dir, e.name), r);
      else if (e.isFile() && !(rel === '' && config.has(e.name))) out.push(r);
    }
  };
  await walk(docs, '');
  return out.sort();
}
