import path from 'node:path';
import { generateAll, type GenerateOptions } from '../pipeline.js';
import type { Command } from './commands.js';
import { DocsWatcher } from './docs-watcher.js';
import { formatDiagnostic } from './format.js';
import { inputCodes, isDirectory, outputFolderUsable, reportRecovery } from './generate.js';
import { OutputFolderError } from './output-folder.js';
import { settings } from './settings.js';
import { colors } from './terminal.js';
import { writeOutputDir } from './write-output.js';

export const watchCommand: Command = {
  summary: 'Regenerate on every change under the docs folder, replacing the output folder atomically',
  help: `Usage: docs2ts watch [--docs DIR] [--out DIR]

Generates once, then again after every change under the docs folder (debounced), from the
per-page cache. Each update goes through the same atomic writer as generate: the output folder
is replaced whole or not at all, and a failed write keeps the previous output. One line per
change. If the docs folder is deleted, watch says so and waits for it to come back.
Stop with Ctrl-C (SIGINT) or SIGTERM: the current update finishes or is dropped, then exit 0.
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

    // signals are taken before the first generation, so a stop at any moment releases the lock
    const stop = new AbortController();
    let stopped!: () => void;
    const stopRequested = new Promise<void>((resolve) => (stopped = resolve));
    const onSignal = (): void => {
      // a second Ctrl-C does not wait: a lock left behind is stale and the next run takes it over
      if (stop.signal.aborted) process.exit(130);
      stop.abort();
      stopped();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);

    const options: GenerateOptions = { exclude: [config.out, config.cacheDir], cacheDir: config.cacheDir, packageName: config.packageName, packageVersion: config.packageVersion, enumPolicy: config.enumPolicy, signatures: config.signatures, profiles: config.profiles, limits: config.limits };
    const update = updater(config.docs, config.out, options, { ...guard, manifest: path.join(config.cacheDir, 'output-manifest.json'), signal: stop.signal });
    try {
      const first = await update(undefined);
      if (first === 'refused') return 2;
      if (stop.signal.aborted) return 0;

      let timer: NodeJS.Timeout | undefined;
      let running = Promise.resolve();
      const changed = new Set<string>();
      const schedule = (name: string | undefined): void => {
        if (name) changed.add(name);
        clearTimeout(timer);
        timer = setTimeout(() => {
          running = running.then(async () => {
            const names = [...changed].sort();
            changed.clear();
            await update(names.join(', ') || 'change');
          });
        }, 150);
      };
      const watcher = new DocsWatcher(config.docs, {
        change: schedule,
        gone: () => {
          clearTimeout(timer);
          changed.clear();
          process.stderr.write(`docs2ts watch: the docs folder ${config.docs} is gone; ${config.out}/ is kept as it was; waiting for the folder to come back\n`);
        },
        back: () => {
          process.stderr.write(`docs2ts watch: the docs folder ${config.docs} is back; regenerating\n`);
          schedule(`${config.docs}/`);
        },
      });
      await watcher.start();
      await stopRequested;
      watcher.close();
      clearTimeout(timer);
      await running;
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};

type UpdateOutcome = 'written' | 'unchanged' | 'skipped' | 'failed' | 'refused';

/**
 * One update: generate from the docs, compare with the output folder, and if anything differs
 * replace the folder through the atomic writer. `label` is what changed (undefined: the first run).
 * Errors are reported and keep the previous output, which the writer guarantees.
 */
function updater(docs: string, out: string, options: GenerateOptions, write: Parameters<typeof writeOutputDir>[2] & { signal: AbortSignal }) {
  const c = colors(process.stdout);
  const fail = (what: string, error: unknown): void => {
    process.stderr.write(`docs2ts watch: ${what}: ${error instanceof Error ? error.message : String(error)}; the previous output in ${out}/ is kept\n`);
  };
  return async (label: string | undefined): Promise<UpdateOutcome> => {
    // the watcher reports a missing folder itself; generating from nothing would empty the output
    if (write.signal.aborted || !(await isDirectory(docs))) return 'skipped';
    const started = performance.now();
    let result;
    try {
      result = await generateAll(docs, options);
    } catch (error) {
      fail('generation failed', error);
      return 'failed';
    }
    if (write.signal.aborted || !(await isDirectory(docs))) return 'skipped';
    // the writer compares with what is on disk by stamp (no read of unchanged files) and swaps
    // nothing when every file is already current
    let wrote;
    try {
      wrote = await writeOutputDir(out, result.files, write);
      reportRecovery('watch', wrote.recovered);
    } catch (error) {
      if (write.signal.aborted) return 'skipped';
      if (label === undefined && error instanceof OutputFolderError) {
        process.stderr.write(`docs2ts watch: ${error.message}\n`);
        return 'refused';
      }
      fail(`could not write ${out}/`, error);
      return 'failed';
    }
    const ec = colors(process.stderr);
    for (const d of result.findings.filter((f) => f.severity === 'error' && inputCodes.has(f.code))) process.stderr.write(`${ec.red(formatDiagnostic(d))}\n`);
    if (label === undefined) {
      process.stdout.write(`watching ${docs}/ → ${out}/ (${result.files.size} files); Ctrl-C stops\n`);
    } else {
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      process.stdout.write(`${label}: ${wrote.written} file(s) written, ${wrote.removed} removed, ${result.unitStats.built} page(s) parsed, ${errors ? c.red(`${errors} errors`) : c.green('0 errors')} (${Math.round(performance.now() - started)} ms)\n`);
    }
    return wrote.swapped ? 'written' : 'unchanged';
  };
}
