import { describe, expect, it } from 'vitest';
import { corpusChecks, repoRoot } from './checks.js';

// The corpus checks on this repository's docs-src/ and generated/ (README, "Tests"): generic,
// so editing the docs and running `npm run generate` keeps them green. Toolchain behaviour is
// tested elsewhere, on test/fixtures/docs-src/ and hand-written snippets.
const repo = { cwd: repoRoot, docs: 'docs-src', out: 'generated' };

describe('the corpus (docs-src/ → generated/)', () => {
  it('is fresh: generated/ equals a regeneration and every error finding is in the baseline', () => {
    expect(corpusChecks.fresh(repo)).toEqual([]);
  });

  it('covers every page: each is in model.json and in the coverage report, and none failed', async () => {
    expect(await corpusChecks.everyPageCovered(repo)).toEqual([]);
  });

  it('has a model.json that model.schema.json describes exactly', async () => {
    expect(await corpusChecks.modelMatchesSchema(repo)).toEqual([]);
  });
});
