import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'generated/test/**/*.test.ts'],
    // two slow cores: child-process and type-checking tests need room
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // the fixture docs generated once per run, for the tests of the emitted package
    globalSetup: ['./test/support/fixture-output.ts'],
    reporters: ['default', './test/support/closing-line-reporter.ts'],
  },
});
