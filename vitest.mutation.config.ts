import { defineConfig } from 'vitest/config';

// The unit tests that pin the behaviour of one folder of generator/, for mutation testing
// (DOCS2TS_MUTATE, set by test/mutation/run.mjs). Left out: the corpus, CLI, emit and browser tests:
// they only add minutes to every mutant run, and the CLI ones run dist/, which Stryker does not mutate.
// DOCS2TS_MUTATE_TESTS narrows it further (comma-separated globs).
const unitTests: Record<string, string[]> = {
  diff: ['test/diff/**/*.test.ts'],
  check: ['test/check/**/*.test.ts'],
  parse: ['test/parse/**/*.test.ts'],
  model: ['test/model/**/*.test.ts'],
};
const folder = process.env.DOCS2TS_MUTATE;
const include = process.env.DOCS2TS_MUTATE_TESTS?.split(',') ?? (folder && unitTests[folder] ? unitTests[folder] : Object.values(unitTests).flat());
export default defineConfig({
  test: {
    include,
    exclude: [
      'test/**/*.browser.test.ts',
      // whole-corpus builds and CLI runs (child processes on dist/); release.test.ts stays for its unit
      // cases (its CLI cases cover no mutant, so only the first run pays for them)
      'test/check/corpus*.test.ts',
      'test/model/model-schema.test.ts',
      'test/model/passes/purity.test.ts',
      'test/diff/diff.test.ts',
    ],
    // one module graph per runner: a mutant is switched on at run time, so reloading is only needed
    // for mutants in module-level code (DOCS2TS_MUTATE_STATIC=1, see stryker.config.mjs)
    isolate: process.env.DOCS2TS_MUTATE_STATIC === '1',
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
