import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildModelFromDocs } from '../../generator/pipeline.js';
import { FIXTURE_DOCS, FIXTURE_ROOT } from '../helpers/fixture-docs.js';

describe('model.schema.json', () => {
  it('describes the model built from the fixture docs exactly (strict Ajv, no extra properties)', async () => {
    const schema = JSON.parse(readFileSync(new URL('../../generator/model/model.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true }).compile(schema);
    const { model } = await buildModelFromDocs(FIXTURE_DOCS, { root: FIXTURE_ROOT });
    const ok = validate(JSON.parse(JSON.stringify(model)));
    expect(validate.errors?.slice(0, 5) ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a model with a field of an unknown kind', async () => {
    const schema = JSON.parse(readFileSync(new URL('../../generator/model/model.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);
    const { model } = await buildModelFromDocs(FIXTURE_DOCS, { root: FIXTURE_ROOT });
    const broken = JSON.parse(JSON.stringify(model));
    broken.events[0].fields[0].type = { kind: 'any' };
    expect(validate(broken)).toBe(false);
  });
});
