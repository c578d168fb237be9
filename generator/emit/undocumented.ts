import type { Model } from '../model/types.js';
import { packageNames } from './names.js';
import type { NamedTypeIndex } from './names.js';

/**
 * Generate-time twin of the package's `undocumentedFields`: fields a value has that the docs do
 * not list. Types are named as in the model, or as in the package when given its index.
 */
export function undocumentedIn(model: Model, index: Pick<NamedTypeIndex, 'fieldsOf' | 'childOf'> = packageNames(model).index): (typeName: string, value: unknown, prefix: string) => string[] {
  return (typeName, value, prefix) => {
    const out: string[] = [];
    const walk = (type: string | undefined, v: unknown, path: string): void => {
      if (Array.isArray(v)) return v.forEach((item, i) => walk(type, item, `${path}/${i}`));
      if (!type || v === null || typeof v !== 'object') return;
      const fields = index.fieldsOf(type) ?? [];
      for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
        const f = fields.find((x) => x.name === key);
        if (!f) out.push(`${path}/${key}`);
        else walk(index.childOf(f.type), child, `${path}/${key}`);
      }
    };
    walk(typeName, value, prefix);
    return out;
  };
}
