import { writeFile } from 'node:fs/promises';
import { diffModels, diffVersions } from '../diff/model-diff.js';
import { summarize } from '../diff/changes.js';
import { diffFormatters } from '../emit/diff-report/index.js';
import type { Command } from './commands.js';
import { loadSnapshot, SnapshotError } from './snapshot.js';

export const diffCommand: Command = {
  summary: 'What changed between two snapshots of the docs, and whether it breaks consumers',
  help: `Usage: docs2ts diff OLD NEW [--format md|json|html] [--out FILE]
       docs2ts diff --versions [DOCS] [--format …] [--out FILE]

OLD and NEW are docs folders or git revisions: git:REV or git:REV:PATH (PATH defaults to
docs-src), read from git without touching the work tree. --versions compares each dated
version of an event with the one before it, in one snapshot (default docs-src).

Prints Markdown to stdout unless --out is given. Exit codes: 0 nothing breaking, 1 something
breaking changed, 2 bad input.
`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    versions: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values, positionals) {
    const format = (values.format as string | undefined) ?? 'md';
    if (!(format in diffFormatters)) {
      process.stderr.write(`docs2ts diff: unknown format "${format}" (md, json, html)\n`);
      return 2;
    }
    let changes;
    let title: string;
    try {
      if (values.versions) {
        const spec = positionals[0] ?? 'docs-src';
        changes = diffVersions(await loadSnapshot(spec));
        title = `Changes between dated versions in ${spec}`;
      } else {
        if (positionals.length !== 2) {
          process.stderr.write(`docs2ts diff: give OLD and NEW\n\n${diffCommand.help}`);
          return 2;
        }
        const [oldSpec, newSpec] = positionals;
        const [before, after] = [await loadSnapshot(oldSpec), await loadSnapshot(newSpec)];
        changes = diffModels(before, after);
        title = `Documentation changes: ${oldSpec} → ${newSpec}`;
      }
    } catch (error) {
      if (error instanceof SnapshotError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
        process.stderr.write(`docs2ts diff: ${(error as Error).message}\n`);
        return 2;
      }
      throw error;
    }
    const summary = summarize(changes);
    const text = diffFormatters[format as 'md'](summary, changes, title);
    if (values.out) await writeFile(values.out as string, text);
    else process.stdout.write(text);
    if (values.out || format !== 'md') process.stderr.write(`docs2ts diff: ${summary.breaking} breaking, ${summary.nonBreaking} non-breaking; suggested bump: ${summary.bump}\n`);
    return summary.breaking > 0 ? 1 : 0;
  },
};
