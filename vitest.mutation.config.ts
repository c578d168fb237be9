import { defineConfig } from 'vitest/config';

// The tests that pin the behaviour of model/, parse/, check/ and diff/, for mutation testing:
// the CLI, emit, browser and generated-package tests only add minutes to every mutant run.
// DOCS2TS_MUTATE_TESTS narrows it to the tests of one folder or file (comma-separated globs).
const all = ['test/model/**/*.test.ts', 'test/parse/**/*.test.ts', 'test/check/**/*.test.ts', 'test/diff/**/*.test.ts', 'test/sources/**/*.test.ts'];
export default defineConfig({
  test: {
    include: process.env.DOCS2TS_MUTATE_TESTS?.split(',') ?? all,
    exclude: ['test/**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
