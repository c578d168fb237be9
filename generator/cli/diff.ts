import { readFile, writeFile } from 'node:fs/promises';
import { AcceptFileError, ACCEPTED_CHANGES_FILE, applyAccepts, parseAcceptFile } from '../diff/accept.js';
import { summarize } from '../diff/changes.js';
import { diffModels } from '../diff/model-diff.js';
import { loadSnapshot, loadSnapshotModels, readSnapshotFile, SnapshotError } from '../diff/snapshot.js';
import { overrideLines } from '../diff/overrides.js';
import { formatDiagnostic } from './format.js';
import { diffFormatters, isDiffFormat, versionReport, type DiffReport } from '../emit/diff-report/index.js';
import type { Command } from './commands.js';

export const diffCommand: Command = {
  summary: 'What changed between two snapshots of the docs, and whether it breaks consumers',
  help: `Usage: docs2ts diff OLD NEW [--format md|json|html|sarif] [--out FILE] [--accept FILE]
       docs2ts diff --versions [DOCS] [--format md|json|html|sarif] [--out FILE]

OLD and NEW are docs folders or git revisions: git:REV or git:REV:PATH (PATH from the
repository root, default docs-src), read from git's object store without touching the work
tree. --versions compares each dated version of an event with the one before it, in one
snapshot (default docs-src).

Prints Markdown to stdout unless --out is given; the summary line with the suggested semver
bump of the generated package goes to stderr when the report does not.

Known breaking changes can be accepted in ${ACCEPTED_CHANGES_FILE} in NEW's docs folder (or
--accept FILE): { "accepted": [ { "kind", "product", "event", "field", "reason" } ] }. Accepted
changes stay in the report, marked accepted; an entry that matches nothing is a warning.
Exit codes: 0 nothing breaking (or every breaking change accepted), 1 a breaking change that is
not accepted, 2 bad input.
`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    accept: { type: 'string' },
    versions: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values, positionals) {
    const format = (values.format as string | undefined) ?? 'md';
    if (!isDiffFormat(format)) {
      process.stderr.write(`docs2ts diff: unknown format "${format}" (${Object.keys(diffFormatters).join(', ')})\n`);
      return 2;
    }
    let report: DiffReport;
    try {
      if (values.versions) {
        if (positionals.length > 1) return usageError('--versions takes one docs folder or revision');
        const spec = positionals[0] ?? 'docs-src';
        report = versionReport(await loadSnapshot(spec), `Changes between dated versions in ${spec}`);
      } else {
        if (positionals.length !== 2) return usageError('give OLD and NEW');
        const [oldSpec, newSpec] = positionals;
        // a bad accept file fails before the (slow) models are built
        const acceptFile = values.accept ? await readAcceptOption(values.accept as string) : await readSnapshotFile(newSpec, ACCEPTED_CHANGES_FILE);
        const accepts = acceptFile && parseAcceptFile(acceptFile.text, acceptFile.file);
        const before = await loadSnapshotModels(oldSpec);
        const after = await loadSnapshotModels(newSpec);
        // doc changes compare the docs; the local overrides get their own section
        let changes = diffModels(before.documented, after.documented);
        const overrides = overrideLines(before.model, after.model);
        if (acceptFile && accepts) {
          const applied = applyAccepts(changes, accepts, acceptFile.file);
          changes = applied.changes;
          for (const w of applied.warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
        }
        report = { title: `Documentation changes: ${oldSpec} → ${newSpec}`, summary: summarize(changes), changes, ...(overrides.length ? { overrides } : {}) };
      }
    } catch (error) {
      if (error instanceof AcceptFileError) {
        process.stderr.write(`${error.message}\n`);
        return 2;
      }
      if (error instanceof SnapshotError || isMissingPath(error)) {
        process.stderr.write(`docs2ts diff: ${(error as Error).message}\n`);
        return 2;
      }
      throw error;
    }
    const text = diffFormatters[format](report);
    const { summary } = report;
    if (values.out) {
      try {
        await writeFile(values.out as string, text);
      } catch (error) {
        process.stderr.write(`docs2ts diff: cannot write ${values.out as string}: ${(error as Error).message}\n`);
        return 2;
      }
    } else process.stdout.write(text);
    if (values.out || format !== 'md') process.stderr.write(`docs2ts diff: ${summary.breaking} breaking${summary.accepted ? ` (${summary.accepted} accepted)` : ''}, ${summary.nonBreaking} non-breaking; suggested bump: ${summary.bump}\n`);
    // accepted breaking changes do not fail the run (as oasdiff's accepted breaking changes)
    return summary.breaking - summary.accepted > 0 ? 1 : 0;
  },
};

function usageError(message: string): number {
  process.stderr.write(`docs2ts diff: ${message}\n\n${diffCommand.help}`);
  return 2;
}

function isMissingPath(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

async function readAcceptOption(file: string): Promise<{ text: string; file: string }> {
  try {
    return { text: await readFile(file, 'utf8'), file };
  } catch (error) {
    throw new SnapshotError(`cannot read the accept file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
