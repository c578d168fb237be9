import { compareDiagnostics } from './shared/diagnostic.js';
import { buildModelFromUnits, type DocUnit } from './model/index.js';
import type { Model } from './model/types.js';
import { readSources } from './sources/index.js';
import type { SourceDoc } from './sources/types.js';
import { buildDocUnits, generatorFingerprint, UnitCache, type UnitStats } from './units/index.js';

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
}

/** sources → parse → model, in process. Checking and emitting are separate steps on the model. */
export async function buildModelFromDocs(docsDir: string, options: ModelOptions = {}): Promise<ModelRun> {
  let t = performance.now();
  const { docs, diagnostics } = await readSources(docsDir, { root: options.root ?? process.cwd() });
  const sources = performance.now() - t;
  t = performance.now();
  const cache = options.cacheDir ? new UnitCache(options.cacheDir, await generatorFingerprint()) : undefined;
  const { units, stats } = await buildDocUnits(docs, { cache, threads: options.threads, parallelThreshold: options.parallelThreshold });
  const parse = performance.now() - t;
  t = performance.now();
  // the passes rewrite drafts in place: give them copies, so cached units stay pristine
  const model = buildModelFromUnits(stats.cached > 0 ? structuredClone(units) : units);
  model.diagnostics = [...diagnostics, ...model.diagnostics].sort(compareDiagnostics);
  return { docs, units, model, timings: { sources, parse, model: performance.now() - t }, unitStats: stats };
}
