// @ts-check
/**
 * Mutation testing of one folder of generator/ at a time (`npm run mutation -- model`): the
 * folder comes from DOCS2TS_MUTATE, set by test/mutation/run.mjs. Incremental: a rerun only tests
 * the mutants whose code or covering tests changed (state in reports/mutation/, not committed).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const folder = process.env.DOCS2TS_MUTATE ?? 'diff';
// a narrower run (one file, its own tests) when the whole folder is too slow for the moment
const files = process.env.DOCS2TS_MUTATE_FILES?.split(',') ?? [`generator/${folder}/**/*.ts`];
const name = process.env.DOCS2TS_MUTATE_NAME ?? folder;
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: files,
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  concurrency: Number(process.env.DOCS2TS_MUTATE_CONCURRENCY ?? 2),
  // on top of the measured test time (x1.5): a mutant that loops is given up on quickly
  timeoutMS: 10_000,
  // the first full run of the folder's tests on two slow, shared cores
  dryRunTimeoutMinutes: 40,
  // Module-level code (the rule tables and regexes of requiredness.ts, type-spelling.ts, …) is
  // mutated only with DOCS2TS_MUTATE_STATIC=1: each such mutant reloads the modules (isolated
  // test files, see vitest.mutation.config.ts), which costs seconds a mutant on this machine.
  ignoreStatic: process.env.DOCS2TS_MUTATE_STATIC !== '1',
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
