import { buildModel } from '../../generator/model/index.js';
import type { Model } from '../../generator/model/types.js';
import { parseDoc } from '../../generator/parse/index.js';
import { compareDiagnostics } from '../../generator/shared/diagnostic.js';
import { readSources } from '../../generator/sources/index.js';
import type { SourceDoc } from '../../generator/sources/types.js';

/** The products of the five seed pages: their facts are pinned by the seed tests, whatever else docs-src/ holds. */
export const SEED_PRODUCTS = ['rtc', 'tiw'];

/** docs-src/ read and modelled in-process, stage by stage as the CLI does, limited to the given products (all when absent). */
export async function corpusModel(products?: string[]): Promise<{ docs: SourceDoc[]; model: Model }> {
  const read = await readSources('docs-src', { root: process.cwd() });
  const docs = products ? read.docs.filter((d) => products.includes(d.product)) : read.docs;
  const model = buildModel(docs.map(parseDoc));
  model.diagnostics = [...read.diagnostics, ...model.diagnostics].sort(compareDiagnostics);
  return { docs, model };
}
