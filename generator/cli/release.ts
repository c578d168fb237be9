import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/index.js';
import { AcceptFileError, ACCEPTED_CHANGES_FILE, applyAccepts, parseAcceptFile } from '../diff/accept.js';
import { summarize } from '../diff/changes.js';
import { diffModels } from '../diff/model-diff.js';
import { changelogEntry, nextVersion, prependEntry } from '../diff/release-notes.js';
import { loadSnapshot, SnapshotError } from '../diff/snapshot.js';
import type { Command } from './commands.js';
import { formatDiagnostic } from './format.js';
import { settings } from './settings.js';

export const CHANGELOG_FILE = 'CHANGELOG.md';

export const releaseCommand: Command = {
  summary: 'Write the changelog entry and the next version of the generated package from the docs diff',
  help: `Usage: docs2ts release [--since git:REV|DIR] [--write] [--docs DIR] [--out DIR]

Compares the docs (default docs-src) with the snapshot they were released from, and writes a
CHANGELOG.md entry for the generated package (Breaking / Added / Changed / Docs only, each line
naming the event, the field and the doc source) and its next version by the suggested bump.

  --since SPEC  what the last release was built from (git:REV, git:REV:PATH or a folder). Default:
                the tag v<current version>, else the last commit that changed <out>/CHANGELOG.md
  --write       apply: prepend the entry to <out>/CHANGELOG.md and set the version in the config
                (packageVersion) and in <out>/package.json. Without it, a dry run: the entry is
                printed and nothing is written.

<out>/CHANGELOG.md is not one of generate's files: generate carries it over and check ignores it.
Exit codes: 0 done (or nothing to release), 2 bad input.
`,
  options: {
    since: { type: 'string' },
    write: { type: 'boolean' },
    docs: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values) {
    const config = await settings(values, 'release');
    if (typeof config === 'number') return config;
    const fail = (message: string): number => {
      process.stderr.write(`docs2ts release: ${message}\n`);
      return 2;
    };
    const since = (values.since as string | undefined) ?? defaultSince(config.packageVersion, config.out);
    if (!since) return fail(`no tag v${config.packageVersion} and no commit of ${config.out}/${CHANGELOG_FILE} to start from: give --since git:REV (the revision the current version was built from)`);
    const current = config.packageVersion;
    if (!/^\d+\.\d+\.\d+([-+].*)?$/.test(current)) return fail(`packageVersion "${current}" is not a semver version (MAJOR.MINOR.PATCH)`);
    let changes;
    try {
      const acceptText = await readFile(path.join(config.docs, ACCEPTED_CHANGES_FILE), 'utf8').catch(() => undefined);
      const acceptFile = path.join(config.docs, ACCEPTED_CHANGES_FILE).split(path.sep).join('/');
      const accepts = acceptText === undefined ? [] : parseAcceptFile(acceptText, acceptFile);
      const before = await loadSnapshot(since);
      const after = await loadSnapshot(config.docs);
      const applied = applyAccepts(diffModels(before, after), accepts, acceptFile);
      for (const w of applied.warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
      changes = applied.changes;
    } catch (error) {
      if (error instanceof SnapshotError || error instanceof AcceptFileError) return fail(error.message);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fail(`${(error as Error).message} (a revision is written git:REV)`);
      throw error;
    }
    const summary = summarize(changes);
    if (summary.bump === 'none') {
      process.stderr.write(`docs2ts release: the docs have not changed since ${since}; version stays ${current}\n`);
      return 0;
    }
    const version = nextVersion(current, summary.bump);
    const entry = changelogEntry({ version, previous: current, date: releaseDate(), since, changes });
    const counts = `${summary.breaking} breaking, ${summary.nonBreaking} non-breaking since ${since}; version ${current} → ${version} (${summary.bump})`;
    if (!values.write) {
      process.stdout.write(entry);
      process.stderr.write(`docs2ts release: ${counts}. Dry run: nothing written; --write to apply.\n`);
      return 0;
    }
    const pkgPath = path.join(config.out, 'package.json');
    const pkgText = await readFile(pkgPath, 'utf8').catch(() => undefined);
    if (pkgText === undefined) return fail(`${pkgPath} does not exist: run docs2ts generate first`);
    const changelogPath = path.join(config.out, CHANGELOG_FILE);
    const changelog = prependEntry(await readFile(changelogPath, 'utf8').catch(() => undefined), entry);
    const configFile = await setConfigVersion(process.cwd(), version);
    // the same bytes generate writes from the new packageVersion: JSON with two-space indent
    const pkg = JSON.parse(pkgText) as { version?: string };
    pkg.version = version;
    await writeFile(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
    await writeFile(changelogPath, changelog);
    process.stderr.write(`docs2ts release: ${counts}. Wrote ${changelogPath}; version set in ${configFile} and ${pkgPath}.\n`);
    return 0;
  },
};

/** The tag of the current version, else the last commit that wrote the changelog (the last release). */
function defaultSince(version: string, out: string): string | undefined {
  const git = (args: string[]): string | undefined => {
    try {
      return execFileSync('git', args, { stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8').trim() || undefined;
    } catch {
      return undefined;
    }
  };
  if (git(['rev-parse', '--verify', '--quiet', `refs/tags/v${version}`])) return `git:v${version}`;
  const commit = git(['log', '-1', '--format=%H', '--', path.join(out, CHANGELOG_FILE)]);
  return commit ? `git:${commit}` : undefined;
}

/** Reproducible builds set SOURCE_DATE_EPOCH; otherwise today, in UTC. */
function releaseDate(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}

/** The version lives in the config (generate writes it into package.json): the file the config came from, or a new docs2ts.config.json. */
async function setConfigVersion(cwd: string, version: string): Promise<string> {
  const { file } = await loadConfig(cwd);
  if (file === 'package.json') {
    const pkg = JSON.parse(await readFile(path.join(cwd, file), 'utf8')) as { docs2ts: Record<string, unknown> };
    pkg.docs2ts.packageVersion = version;
    await writeFile(path.join(cwd, file), `${JSON.stringify(pkg, null, 2)}\n`);
    return 'package.json (docs2ts.packageVersion)';
  }
  const configPath = path.join(cwd, 'docs2ts.config.json');
  const existing = file ? (JSON.parse(await readFile(configPath, 'utf8')) as Record<string, unknown>) : {};
  existing.packageVersion = version;
  await writeFile(configPath, `${JSON.stringify(existing, null, 2)}\n`);
  return 'docs2ts.config.json';
}
