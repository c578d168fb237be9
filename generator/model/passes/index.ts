import type { Model } from '../types.js';
import { dedupeDiagnostics } from './diagnostics.js';
import { envelopes } from './envelopes.js';
import { mergeLanguages } from './merge-languages.js';
import { typeNames } from './names.js';
import type { ModelPass } from './pass.js';
import { profiles } from './profiles.js';
import { responseWrapper } from './response-wrapper.js';
import { sortModel } from './sort.js';
import { dedupeStructs } from './structs.js';
import { resolveTypeNames } from './type-references.js';
import { usedBy } from './used-by.js';

export type { ModelPass } from './pass.js';

/**
 * From the assembled drafts to the model, in this order. Structs are deduplicated before the
 * languages merge (a struct's first user is known only per page); names are resolved after it,
 * so a name missing from both pages is reported once; type names come after sorting.
 */
export const passes: readonly ModelPass[] = [dedupeStructs, mergeLanguages, resolveTypeNames, responseWrapper, envelopes, profiles, sortModel, typeNames, usedBy, dedupeDiagnostics];

export function runPasses(model: Model, list: readonly ModelPass[] = passes): Model {
  return list.reduce((m, pass) => pass.run(m), model);
}
