import type { Model } from '../model/types.js';
import { exportNames, type ExportNames, type NamedTypeIndex } from '../model/passes/names.js';

export { flatEvents } from '../model/passes/names.js';

/**
 * The package's names, as the model's naming pass decided them (`model/passes/names.ts`, the one
 * place that names exported types): emitters read them here and never decide a name themselves.
 */
export { RESERVED_TYPE_NAMES } from '../model/passes/names.js';
export type { NamedTypeIndex };
export type PackageNames = ExportNames;

export function packageNames(model: Model): PackageNames {
  return exportNames(model);
}
