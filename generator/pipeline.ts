import { compareDiagnostics, type Diagnostic } from './shared/diagnostic.js';
import { runChecks } from './check/index.js';
import { signatureRecipeFindings, statedRecipes, type StatedRecipe } from './check/signature-recipe.js';
import { memoized, memoKey } from './emit/memo.js';
import type { SignatureScheme } from './runtime/signature.js';
import { emitPackage, startTypes, type EmitTimings } from './emit/index.js';
import { startTsPrinter, type TsPrinter } from './emit/ts/printer.js';
import { emitFindingReports } from './emit/report/index.js';
import { emitVersionReports } from './emit/diff-report/index.js';
import { emitCoverageReports } from './emit/coverage/index.js';
import { buildModelFromUnits, type DocUnit } from './model/index.js';
import type { Model } from './model/types.js';
import { applyProfileOverrides, type ProfileOverride } from './model/passes/profiles.js';
import { applyOverrides } from './model/passes/overrides.js';
import { parseOverridesFile } from './config/overrides.js';
import { readSources } from './sources/index.js';
import { PageStamps } from './sources/page-stamps.js';
import type { SourceDoc, SourceSet } from './sources/types.js';
import path from 'node:path';
import { buildDocUnits, type UnitStats } from './doc-units/index.js';
import { generatorFingerprint, UnitCache } from './cache/unit-cache.js';
import { FileMemo } from './cache/emit-memo-files.js';
import { DEFAULT_LIMITS, type Limits } from './config/limits.js';
import { OutputFiles } from './shared/output-files.js';
import { prettyJsonBytes } from './shared/pretty-json-bytes.js';

export interface PipelineTimings {
  sources: number;
  /** Parse + per-document drafts (cached, parallel for large corpora). */
  parse: number;
  /** The passes that join documents into one model. */
  model: number;
}

export interface ModelRun {
  docs: SourceDoc[];
  units: DocUnit[];
  model: Model;
  /** The model as the docs say it, before docs-src/overrides.json (what `diff` compares). */
  documented: Model;
  timings: PipelineTimings;
  unitStats: UnitStats;
}

export interface ModelOptions {
  /** Paths in the model are relative to this folder (default: cwd). */
  root?: string;
  /** Folder of the per-document cache; none when absent. */
  cacheDir?: string;
  threads?: number;
  parallelThreshold?: number;
  /** Folders never read as pages, wherever they are (the output and the cache). */
  exclude?: string[];
  /** Per-product profile overrides from the config. */
  profiles?: Record<string, ProfileOverride>;
  /** Per-page limits (config `limits`); the defaults when absent. */
  limits?: Limits;
  /** The docs as readDocs already read them this run (the CLI reads them first to see whether anything changed). */
  sources?: SourceSet;
}

/** The sources step: every page read (or known by its stamp from the last run) and classified. */
export async function readDocs(docsDir: string, options: Pick<ModelOptions, 'root' | 'cacheDir' | 'exclude' | 'limits'> = {}): Promise<SourceSet> {
  const stamps = options.cacheDir ? await PageStamps.load(path.join(options.cacheDir, 'page-stamps.json'), docsDir, await generatorFingerprint()) : undefined;
  const read = await readSources(docsDir, { root: options.root ?? process.cwd(), exclude: options.exclude, maxPageBytes: (options.limits ?? DEFAULT_LIMITS).maxPageBytes, stamps });
  await stamps?.save();
  return read;
}

/** sources → parse → model, in process. Checking and emitting are separate steps on the model. */
export async function buildModelFromDocs(docsDir: string, options: ModelOptions = {}): Promise<ModelRun> {
  let t = performance.now();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { docs, diagnostics, overrides: overridesFile } = options.sources ?? (await readDocs(docsDir, options));
  // a malformed overrides file stops the run (OverridesFileError, exit 2) before any page is parsed
  const overrides = overridesFile ? await parseOverridesFile(overridesFile.text, overridesFile.file) : [];
  const sources = performance.now() - t;
  t = performance.now();
  // a unit read under other limits is another unit: the limits are part of its cache key
  const cache = options.cacheDir ? new UnitCache(options.cacheDir, `${await generatorFingerprint()}\u0000${JSON.stringify(limits)}`) : undefined;
  const { units, stats } = await buildDocUnits(docs, { cache, threads: options.threads, parallelThreshold: options.parallelThreshold, limits });
  const parse = performance.now() - t;
  t = performance.now();
  const built = buildModelFromUnits(units);
  const documented = options.profiles && Object.keys(options.profiles).length ? applyProfileOverrides(built, options.profiles) : built;
  documented.diagnostics = [...diagnostics, ...documented.diagnostics].sort(compareDiagnostics);
  // the last step: local corrections over everything the docs and the config say
  const model = applyOverrides(documented, overrides).model;
  return { docs, units, model, documented, timings: { sources, parse, model: performance.now() - t }, unitStats: stats };
}

export interface GenerateOptions extends ModelOptions {
  /** Print the declarations that need ts-morph in a worker thread (the CLI does; tests running from sources cannot). */
  printerWorker?: boolean;
  /** Called after each stage with its wall time, for progress lines. */
  onStage?: (stage: string, ms: number) => void;
  packageName?: string;
  packageVersion?: string;
  enumPolicy?: 'closed' | 'open';
  /** Signature scheme per product (config `signatures`). */
  signatures?: Record<string, SignatureScheme>;
}

export interface GenerateResult extends ModelRun {
  findings: Diagnostic[];
  /** Every output file, paths relative to the output folder. Nothing is written here. */
  files: Map<string, string>;
  timings: PipelineTimings & { check: number; emit: number; emitParts: EmitTimings };
}

/** The whole `generate` in memory: model, findings, and every output file. */
export async function generateAll(docsDir: string, options: GenerateOptions = {}): Promise<GenerateResult> {
  const memoDir = options.cacheDir ? path.join(options.cacheDir, `emit-${(await generatorFingerprint()).slice(0, 16)}`) : undefined;
  // the worker starts only if some declaration needs ts-morph (emit/ts/print-plain.ts prints the rest)
  const printer = options.printerWorker ? startTsPrinter() : undefined;
  try {
    return await generateWith(docsDir, options, printer, memoDir);
  } finally {
    printer?.close();
  }
}

async function generateWith(docsDir: string, options: GenerateOptions, printer: TsPrinter | undefined, memoDir: string | undefined): Promise<GenerateResult> {
  const run = await buildModelFromDocs(docsDir, options);
  const stage = options.onStage ?? (() => undefined);
  stage('sources', run.timings.sources);
  stage(`parse (${run.unitStats.cached} cached, ${run.unitStats.built} parsed on ${run.unitStats.threads} thread${run.unitStats.threads > 1 ? 's' : ''})`, run.timings.parse);
  stage('model', run.timings.model);
  let t = performance.now();
  const memo = memoDir ? new FileMemo(memoDir) : undefined;
  // the printer worker prints the types while this thread checks and emits the rest (counted in emit)
  const types = printer ? startTypes(run.model, { enumPolicy: options.enumPolicy, memo, printer }) : undefined;
  const typesStart = performance.now() - t;
  t = performance.now();
  // a page's stated signature recipes are remembered by its hash: an unchanged page's text is not read
  const recipesOf = (doc: SourceDoc): StatedRecipe[] => (memo ? (JSON.parse(memoized(memo, memoKey('recipes', doc.hash, doc.file), () => JSON.stringify(statedRecipes(doc)))) as StatedRecipe[]) : statedRecipes(doc));
  // name findings are the naming pass's, already among the model's diagnostics
  const findings = [...runChecks(run.model), ...signatureRecipeFindings(run.docs, options.signatures ?? {}, recipesOf)].sort(compareDiagnostics);
  const check = performance.now() - t;
  stage('check', check);
  t = performance.now();
  const emitParts: EmitTimings = { types: 0, schemas: 0, validators: 0, fixtures: 0 };
  // the output is held as UTF-8 bytes; model.json (the largest file) never exists as one string
  const files = new OutputFiles().setBytes('model.json', prettyJsonBytes(run.model));
  await emitPackage(run.model, findings, { packageName: options.packageName ?? DEFAULT_PACKAGE_NAME, packageVersion: options.packageVersion ?? '0.1.0', enumPolicy: options.enumPolicy, signatures: options.signatures, memo, printer, types }, emitParts, files);
  for (const [path, contents] of emitFindingReports(findings)) files.set(path, contents);
  for (const [path, contents] of emitVersionReports(run.documented)) files.set(path, contents);
  for (const [path, contents] of emitCoverageReports(run.model)) files.set(path, contents);
  const emit = performance.now() - t + typesStart;
  stage('emit', emit);
  return { ...run, findings, files, timings: { ...run.timings, check, emit, emitParts } };
}

export const DEFAULT_PACKAGE_NAME = '@docs2ts/generated';
