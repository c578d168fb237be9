import { describe, expect, it } from 'vitest';
import { buildModelFromUnits, docUnit } from '../../../generator/model/index.js';
import { passes, runPasses } from '../../../generator/model/passes/index.js';
import { assembleModel } from '../../../generator/model/assemble.js';
import { parseDoc } from '../../../generator/parse/index.js';
import { readSources } from '../../../generator/sources/index.js';
import { deepFreeze } from './drafts.js';
import { FIXTURE_DOCS, FIXTURE_ROOT } from '../../helpers/fixture-docs.js';

describe('the model passes', () => {
  it('each have a one-line title and run from one list', () => {
    expect(passes.length).toBeGreaterThan(5);
    for (const pass of passes) expect(pass.title).toMatch(/^[A-Za-z][^\n.]{10,120}$/);
    expect(new Set(passes.map((p) => p.title)).size).toBe(passes.length);
  });

  it('never write into their input: every pass runs on a deep-frozen model of the fixture docs, and the units stay as they were', async () => {
    // frozen objects throw on write in strict-mode code: a pass that edits a draft in place fails here
    const { docs } = await readSources(FIXTURE_DOCS, { root: FIXTURE_ROOT });
    const units = docs.map((d) => docUnit(parseDoc(d)));
    const before = JSON.stringify(units);
    const expected = JSON.stringify(buildModelFromUnits(structuredClone(units)));
    let model = deepFreeze(assembleModel(deepFreeze(units)));
    for (const pass of passes) model = deepFreeze(pass.run(model));
    expect(JSON.stringify(model)).toBe(expected);
    expect(JSON.stringify(units)).toBe(before);
    expect(JSON.stringify(runPasses(assembleModel(units)))).toBe(expected);
  });
});
