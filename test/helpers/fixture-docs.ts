import path from 'node:path';
import { buildModel } from '../../generator/model/index.js';
import type { Model } from '../../generator/model/types.js';
import { parseDoc } from '../../generator/parse/index.js';
import { compareDiagnostics } from '../../generator/shared/diagnostic.js';
import { readSources } from '../../generator/sources/index.js';
import type { SourceDoc } from '../../generator/sources/types.js';

/**
 * The toolchain tests' docs: a frozen copy of real vendor pages under test/fixtures/docs-src/,
 * never edited with docs-src/. Read with FIXTURE_ROOT as the root, their files are named
 * `docs-src/…` exactly as the corpus's are, so a test reads like the docs it came from.
 */
export const FIXTURE_ROOT = path.resolve(import.meta.dirname, '../fixtures');
export const FIXTURE_DOCS = path.join(FIXTURE_ROOT, 'docs-src');

/** The products of the five seed pages: their facts are pinned by the seed tests. */
export const SEED_PRODUCTS = ['rtc', 'tiw'];

/** The fixture pages read and modelled in-process, stage by stage as the CLI does, limited to the given products (all when absent). */
export async function fixtureModel(products?: string[]): Promise<{ docs: SourceDoc[]; model: Model }> {
  const read = await readSources(FIXTURE_DOCS, { root: FIXTURE_ROOT });
  const docs = products ? read.docs.filter((d) => products.includes(d.product)) : read.docs;
  const model = buildModel(docs.map((d) => parseDoc(d)));
  model.diagnostics = [...read.diagnostics, ...model.diagnostics].sort(compareDiagnostics);
  return { docs, model };
}
