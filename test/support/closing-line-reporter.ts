import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the plain closing line `N passed, N failed, N skipped` that CI systems read to know
 * tests ran; vitest's own summary is laid out for people.
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const notes: string[] = [];
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else {
          skipped++;
          // a skip with a reason (ctx.skip(note)) is printed: a silent skip hides a machine that cannot test
          const result = test.result();
          if (result.state === 'skipped' && result.note) notes.push(`skipped: ${test.fullName}: ${result.note}`);
        }
      }
      // a file that failed outside its tests (an import, a hook) counts as one failure
      if (module.state() === 'failed' && failedHere === 0) failedHere = 1;
      failed += failedHere;
    }
    if (notes.length) process.stdout.write(`\n${notes.join('\n')}\n`);
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
