import { stat } from 'node:fs/promises';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { prestartParse } from '../doc-units/index.js';
import { generatorFingerprint } from '../cache/unit-cache.js';
import { runtimeFiles } from '../emit/package/runtime-files.js';
import type { Diagnostic } from '../shared/diagnostic.js';
import { outputUnchanged, readRunRecord, runKey, writeRunRecord } from './unchanged-run.js';
import type { Command } from './commands.js';
import { formatDiagnostic } from './format.js';
import { settings } from './settings.js';
import { colors, progress } from './terminal.js';
import { OutputFolderError, planOutputFolder } from './output-folder.js';
import { recoverOutputDir, withOutputLock } from './output-lock.js';
import { writeOutputDir } from './write-output.js';

export const generateCommand: Command = {
  summary: 'Read docs-src/ and write the model, types, schemas, validators and reports to generated/',
  help: `Usage: docs2ts generate [--docs DIR] [--out DIR] [--quiet]

  --docs DIR   folder of pages laid out as PRODUCT/… (default: docs-src, or "docs" in the config)
  --out DIR    output folder, replaced atomically (default: generated, or "out" in the config)
  --quiet      print nothing but errors

Config: docs2ts.config.json, or the "docs2ts" key of package.json (docs, out, packageName,
packageVersion, enumPolicy, cacheDir). Exit codes: 0 written, 2 bad input or config, 3 internal error.
`,
  options: {
    docs: { type: 'string' },
    out: { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values) {
    const config = await settings(values, 'generate');
    if (typeof config === 'number') return config;
    // no cache: every page will be parsed, so workers load the parser now, while this thread
    // checks the folders and reads the pages (they end with the parse, or unused with the run)
    if (!existsSync(config.cacheDir)) prestartParse();
    // the pipeline (model, checks, emitters: most of our modules) loads after the workers started
    const { generateAll, readDocs } = await import('../pipeline.js');
    if (!(await isDirectory(config.docs))) {
      process.stderr.write(`docs2ts generate: the docs folder ${config.docs} does not exist or is not a folder\n`);
      return 2;
    }
    const guard = { docsDir: config.docs, cacheDir: config.cacheDir };
    // refuse a folder we must not replace before spending a second on the docs
    if (!(await outputFolderUsable(config.out, guard, 'generate'))) return 2;
    const quiet = Boolean(values.quiet);
    const line = progress(!quiet);
    const started = performance.now();
    const outDir = path.resolve(config.out);
    const manifest = path.join(config.cacheDir, 'output-manifest.json');
    const exclude = [config.out, config.cacheDir];
    // a run like the last one over an untouched output folder has nothing to write: say so and stop
    // (the pages are read here, once, for the key and for the run)
    const sources = await readDocs(config.docs, { cacheDir: config.cacheDir, exclude, limits: config.limits });
    const key = runKey({ fingerprint: await generatorFingerprint(), runtime: runtimeFiles(), settings: config, sources });
    const record = readRunRecord(config.cacheDir);
    if (record?.key === key && (await withOutputLock(config.out, () => Promise.resolve(outputUnchanged(record, outDir, manifest)), { waitMs: 0 }).catch(() => false))) {
      printInputFindings(record.inputFindings);
      line(`  unchanged since the last run: nothing to write`);
      if (!quiet) process.stdout.write(`${record.summary} in ${Math.round(performance.now() - started)} ms\n`);
      return 0;
    }
    const result = await generateAll(config.docs, {
      sources,
      exclude,
      cacheDir: config.cacheDir,
      packageName: config.packageName,
      packageVersion: config.packageVersion,
      enumPolicy: config.enumPolicy,
      signatures: config.signatures,
      profiles: config.profiles,
      limits: config.limits,
      printerWorker: true,
      onStage: (stage, ms) => line(`  ${stage}: ${Math.round(ms)} ms`),
    });
    const t = performance.now();
    let wrote;
    try {
      wrote = await writeOutputDir(config.out, result.files, { ...guard, manifest });
    } catch (error) {
      if (!(error instanceof OutputFolderError)) throw error;
      process.stderr.write(`docs2ts generate: ${error.message}\n`);
      return 2;
    }
    reportRecovery('generate', wrote.recovered);
    line(`  write: ${wrote.written} written, ${wrote.linked} unchanged: ${Math.round(performance.now() - t)} ms`);
    const inputFindings = result.findings.filter((f) => f.severity === 'error' && inputCodes.has(f.code));
    printInputFindings(inputFindings);
    const m = result.model;
    const by = (s: string): number => result.findings.filter((f) => f.severity === s).length;
    const summary = `docs2ts: ${result.docs.length} documents, ${m.events.length} events, ${m.apis.length} APIs, ${Object.keys(m.structs).length} structs; findings: ${by('error')} errors, ${by('warning')} warnings, ${by('info')} info; ${result.files.size} files → ${config.out}/`;
    if (!quiet) process.stdout.write(`${summary} in ${Math.round(performance.now() - started)} ms\n`);
    writeRunRecord(config.cacheDir, { key, outDir, summary, inputFindings }, manifest);
    return 0;
  },
};

/** Problems with the input itself (unreadable, binary, too large) are worth a line on stderr. */
function printInputFindings(findings: Diagnostic[]): void {
  const c = colors(process.stderr);
  for (const d of findings) process.stderr.write(`${c.red(formatDiagnostic(d))}\n`);
}

/** Problems with the input itself, which `generate` and `watch` also print on stderr. */
export const inputCodes = new Set(['page-failed', 'file-name-invalid-utf8', 'binary-file', 'file-too-large', 'table-too-many-rows', 'page-too-many-tables', 'example-too-large', 'manifest-invalid', 'api-action-missing', 'event-name-missing']);

/** Prints why the output folder cannot be used; false when the command must stop (exit 2). */
export async function outputFolderUsable(out: string, guard: { docsDir: string; cacheDir: string }, command: string): Promise<boolean> {
  try {
    await planOutputFolder(out, [], guard);
    // a killed run's leftovers are dealt with now, so the folder this run starts from is whole;
    // when another run holds the lock it is writing, and it recovers them itself
    const recovered = await withOutputLock(out, () => recoverOutputDir(out), { waitMs: 0 }).catch((error: unknown) => {
      if (error instanceof OutputFolderError) return undefined;
      throw error;
    });
    if (recovered) reportRecovery(command, recovered);
    return true;
  } catch (error) {
    if (!(error instanceof OutputFolderError)) throw error;
    process.stderr.write(`docs2ts ${command}: ${error.message}\n`);
    return false;
  }
}

export function reportRecovery(command: string, recovered: { restored?: string; removed: string[]; rolledForward?: string[] }): void {
  for (const dir of recovered.rolledForward ?? []) process.stderr.write(`docs2ts ${command}: finished the update of the output folder an interrupted run had begun (from ${dir})\n`);
  if (recovered.restored) process.stderr.write(`docs2ts ${command}: the output folder was missing after an interrupted run; restored it from ${recovered.restored}\n`);
  if (recovered.removed.length) process.stderr.write(`docs2ts ${command}: removed ${recovered.removed.length} folder(s) left by interrupted runs: ${recovered.removed.join(', ')}\n`);
}

export async function isDirectory(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isDirectory(), () => false);
}
