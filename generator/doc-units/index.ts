import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { DocUnit } from '../model/index.js';
import type { SourceDoc } from '../sources/types.js';
import type { UnitCache } from '../cache/unit-cache.js';
import { DEFAULT_LIMITS, type Limits } from '../config/limits.js';
import { prestartWorkers, releaseSpareWorkers, spareWorkers } from './spare-workers.js';

export interface UnitOptions {
  cache?: UnitCache;
  /** Threads to use (default: every core). Below `parallelThreshold` bytes everything stays on this thread. */
  threads?: number;
  parallelThreshold?: number;
  /** Per-page limits (config `limits`). */
  limits?: Limits;
}

export interface UnitStats {
  cached: number;
  built: number;
  threads: number;
}

/**
 * Parse + draft of every document (the costly, per-page part of the pipeline): from the cache
 * when the page is unchanged, else on worker threads next to this one for large corpora.
 */
export async function buildDocUnits(docs: SourceDoc[], options: UnitOptions = {}): Promise<{ units: DocUnit[]; stats: UnitStats }> {
  const units = new Array<DocUnit | undefined>(docs.length);
  const missing: number[] = [];
  await Promise.all(
    docs.map(async (doc, i) => {
      const hit = options.cache ? await options.cache.get(doc) : undefined;
      if (hit) units[i] = hit;
      else missing.push(i);
    }),
  );
  missing.sort((a, b) => a - b);
  const bytes = missing.reduce((n, i) => n + docs[i].text.length, 0);
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), missing.length));
  // a worker started ahead (prestartWorkers) has loaded the parser meanwhile: worth it for a small corpus too
  const threshold = spareWorkers() > 0 ? PRESTARTED_THRESHOLD : (options.parallelThreshold ?? 300_000);
  const parallel = threads > 1 && bytes >= threshold && existsSync(workerFile);
  const limits = options.limits ?? DEFAULT_LIMITS;
  // the parser (remark, micromark: most of the modules there are) is loaded only when a page
  // must be parsed: a run where every page comes from the cache never loads it
  const built = missing.length === 0 ? { units: [], json: [] } : parallel ? await (await import('./pool.js')).parsePages(missing.map((i) => docs[i]), threads - 1, workerFile, limits) : { units: await parseHere(missing.map((i) => docs[i]), limits), json: [] };
  releaseSpareWorkers();
  missing.forEach((docIndex, k) => {
    units[docIndex] = built.units[k];
  });
  if (options.cache) await Promise.all(missing.map((i, k) => options.cache!.set(docs[i], units[i]!, built.json[k])));
  return { units: units as DocUnit[], stats: { cached: docs.length - missing.length, built: missing.length, threads: parallel ? threads : 1 } };
}

/**
 * Starts the parse workers of the next buildDocUnits now (every core but this one), for a caller
 * that knows the pages will be parsed (no cache yet): they load the parser while it gets ready.
 */
export function prestartParse(threads = availableParallelism()): void {
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (threads > 1 && existsSync(workerFile)) prestartWorkers(workerFile, threads - 1);
}

/** Below this many bytes to parse, a prestarted worker is not used: one page or two parse faster here. */
const PRESTARTED_THRESHOLD = 20_000;

async function parseHere(docs: SourceDoc[], limits: Limits): Promise<DocUnit[]> {
  const { pageUnit } = await import('./page-unit.js');
  return docs.map((doc) => pageUnit(doc, limits));
}
