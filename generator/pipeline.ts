import type { Diagnostic } from './shared/diagnostic.js';
import { readSources } from './sources/index.js';
import type { SourceDoc } from './sources/types.js';
import { parseDoc } from './parse/index.js';
import type { ParsedDoc } from './parse/types.js';
import { buildModel } from './model/index.js';
import type { Model } from './model/types.js';

export interface PipelineTimings {
  sources: number;
  parse: number;
  model: number;
}

export interface ModelRun {
  docs: SourceDoc[];
  parsed: ParsedDoc[];
  model: Model;
  timings: PipelineTimings;
}

/** sources → parse → model, in process. Emitting and checking are separate steps on the model. */
export async function buildModelFromDocs(docsDir: string, root = process.cwd()): Promise<ModelRun> {
  let t = performance.now();
  const { docs, diagnostics } = await readSources(docsDir, { root });
  const sources = performance.now() - t;
  t = performance.now();
  const parsed = docs.map(parseDoc);
  const parse = performance.now() - t;
  t = performance.now();
  const model = buildModel(parsed);
  model.diagnostics = mergeDiagnostics(diagnostics, model.diagnostics);
  return { docs, parsed, model, timings: { sources, parse, model: performance.now() - t } };
}

function mergeDiagnostics(a: Diagnostic[], b: Diagnostic[]): Diagnostic[] {
  return [...a, ...b];
}
