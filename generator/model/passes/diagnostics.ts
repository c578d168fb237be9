import { compareDiagnostics, type Diagnostic } from '../../shared/diagnostic.js';
import type { ModelPass } from './pass.js';

/** A page read twice (or a fact noticed by two passes) is reported once. */
export const dedupeDiagnostics: ModelPass = {
  title: 'diagnostics are sorted and each is kept once',
  run(model) {
    return { ...model, diagnostics: dedupe(model.diagnostics) };
  },
};

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return [...diagnostics].sort(compareDiagnostics).filter((d) => {
    const key = JSON.stringify(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
