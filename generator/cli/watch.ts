import { watch as watchFs } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateAll } from '../pipeline.js';
import type { Command } from './commands.js';
import { compareOutputDir } from './compare-output.js';
import { isDirectory, outputFolderUsable } from './generate.js';
import { settings } from './settings.js';
import { colors } from './terminal.js';
import { assertSafeOutputPath, writeOutputDir } from './write-output.js';

export const watchCommand: Command = {
  summary: 'Regenerate on every change under the docs folder, writing only the files that change',
  help: `Usage: docs2ts watch [--docs DIR] [--out DIR]

Generates once, then again after every change under the docs folder (debounced), from the
per-page cache, and writes only the files whose contents changed. One line per change.
Stop with Ctrl-C.
`,
  options: {
    docs: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values) {
    const config = await settings(values, 'watch');
    if (typeof config === 'number') return config;
    if (!(await isDirectory(config.docs))) {
      process.stderr.write(`docs2ts watch: the docs folder ${config.docs} does not exist or is not a folder\n`);
      return 2;
    }
    const guard = { docsDir: config.docs, cacheDir: config.cacheDir };
    if (!(await outputFolderUsable(config.out, guard, 'watch'))) return 2;
    const c = colors(process.stdout);
    const options = { exclude: [config.out, config.cacheDir], cacheDir: config.cacheDir, packageName: config.packageName, packageVersion: config.packageVersion, enumPolicy: config.enumPolicy, signatures: config.signatures, profiles: config.profiles };
    const first = await generateAll(config.docs, options);
    await writeOutputDir(config.out, first.files, guard);
    process.stdout.write(`watching ${config.docs}/ → ${config.out}/ (${first.files.size} files); Ctrl-C stops\n`);
    let timer: NodeJS.Timeout | undefined;
    let running = Promise.resolve();
    const changed = new Set<string>();
    const regenerate = async (): Promise<void> => {
      const names = [...changed].sort();
      changed.clear();
      const started = performance.now();
      try {
        const result = await generateAll(config.docs, options);
        const diff = await compareOutputDir(config.out, result.files);
        for (const rel of [...diff.stale, ...diff.missing]) {
          assertSafeOutputPath(rel);
          const target = path.join(config.out, rel);
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, result.files.get(rel)!);
        }
        for (const rel of diff.extra) await rm(path.join(config.out, rel), { force: true });
        const errors = result.findings.filter((f) => f.severity === 'error').length;
        const written = diff.stale.length + diff.missing.length;
        process.stdout.write(`${names.join(', ') || 'change'}: ${written} file(s) written, ${diff.extra.length} removed, ${result.unitStats.built} page(s) parsed, ${errors ? c.red(`${errors} errors`) : c.green('0 errors')} (${Math.round(performance.now() - started)} ms)\n`);
      } catch (error) {
        process.stderr.write(`docs2ts watch: ${(error as Error).message}; the previous output is kept\n`);
      }
    };
    const watcher = watchFs(config.docs, { recursive: true }, (_event, name) => {
      if (name) changed.add(String(name));
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(regenerate);
      }, 150);
    });
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        watcher.close();
        clearTimeout(timer);
        void running.then(resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};

