import { describe, expect, it } from 'vitest';
import { resolveTypeNames } from '../../../generator/model/passes/type-references.js';
import type { Field, Struct, TypeRef } from '../../../generator/model/types.js';
import { deepFreeze, draftField, t } from './drafts.js';
import { api, emptyModel, event, struct } from './model-fixtures.js';

const named = (name: string): TypeRef => t.ref(`name:${name}`);
const at = (line: number): Field['sources'] => [{ file: 'docs-src/p/zh/fields.md', line, lang: 'zh' }];
const f = (name: string, type: TypeRef, line = 10) => draftField(name, type, 'zh', { sources: at(line) });
const shaped = (id: string, name: string): Struct => ({ ...struct(id), name, sources: [{ file: 'docs-src/p/zh/structs.md', line: 50, lang: 'zh' }] });

describe('type-references pass', () => {
  const model = emptyModel({
    structs: {
      'p/A': shaped('p/A', 'A'),
      'p/Dup~X': shaped('p/Dup~X', 'Dup'),
      'p/Dup~Y': shaped('p/Dup~Y', 'Dup'),
      'p/Holder': { ...shaped('p/Holder', 'Holder'), fields: [f('own', named('Gone'), 51), { ...f('noLine', named('Gone')), sources: [] }] },
      'q/B': { ...shaped('q/B', 'B'), product: 'q' },
    },
    events: [
      event('E', [f('a', t.array(named('A')), 11), f('dup', named('Dup'), 12), f('o', t.object([f('inner', t.object([f('x', named('Gone'))]))]), 13), f('other', named('B'), 14), f('plain', t.ref('p/A'), 15)], {
        version: '2020-01-01',
        reply: { fields: [f('r', named('A'), 16)], examples: [], sources: [] },
        query: [f('q', named('Gone'), 17)],
      }),
      event('F', [f('g', named('Gone'), 18)]),
    ],
    apis: [api('Do', { input: [f('in', named('Gone'), 19)], output: [f('out', named('A'), 20)] })],
  });
  const out = resolveTypeNames.run(deepFreeze(model));

  it('points a name at the one struct of that name in the product; several or none is unknown; other references stay', () => {
    const [e] = out.events;
    expect(e.fields.map((x) => x.type)).toEqual([t.array(t.ref('p/A')), { kind: 'unknown' }, t.object([f('inner', t.object([f('x', { kind: 'unknown' })]))]), { kind: 'unknown' }, t.ref('p/A')]);
    expect([e.reply?.fields[0].type, e.query?.[0].type]).toEqual([t.ref('p/A'), { kind: 'unknown' }]);
    expect([out.apis[0].input[0].type, out.apis[0].output[0].type]).toEqual([{ kind: 'unknown' }, t.ref('p/A')]);
    expect(out.structs['p/Holder'].fields.map((x) => x.type)).toEqual([{ kind: 'unknown' }, { kind: 'unknown' }]);
    expect(out.events[1]).not.toHaveProperty('reply');
    expect(out.events[1]).not.toHaveProperty('query');
  });

  it('reports each unresolved name where its field is, in the order met: event and version, API, struct, the path into inline objects', () => {
    // structs first, then events and APIs, each in field order
    expect(out.diagnostics).toEqual([
      { file: 'docs-src/p/zh/structs.md', line: 51, product: 'p', field: 'own', code: 'unresolved-type-name', severity: 'warning', message: 'Type Gone is not defined in any page of this product; it is typed as unknown.' },
      { file: 'docs-src/p/zh/structs.md', line: 50, product: 'p', field: 'noLine', code: 'unresolved-type-name', severity: 'warning', message: 'Type Gone is not defined in any page of this product; it is typed as unknown.' },
      { file: 'docs-src/p/zh/fields.md', line: 12, product: 'p', event: 'E', version: '2020-01-01', field: 'dup', code: 'unresolved-type-name', severity: 'warning', message: 'Type Dup names 2 differently shaped structs; it is typed as unknown.' },
      { file: 'docs-src/p/zh/fields.md', line: 13, product: 'p', event: 'E', version: '2020-01-01', field: 'o.inner.x', code: 'unresolved-type-name', severity: 'warning', message: 'Type Gone is not defined in any page of this product; it is typed as unknown.' },
      { file: 'docs-src/p/zh/fields.md', line: 14, product: 'p', event: 'E', version: '2020-01-01', field: 'other', code: 'unresolved-type-name', severity: 'warning', message: 'Type B is not defined in any page of this product; it is typed as unknown.' },
      { file: 'docs-src/p/zh/fields.md', line: 17, product: 'p', event: 'E', version: '2020-01-01', field: 'q', code: 'unresolved-type-name', severity: 'warning', message: 'Type Gone is not defined in any page of this product; it is typed as unknown.' },
      { file: 'docs-src/p/zh/fields.md', line: 18, product: 'p', event: 'F', field: 'g', code: 'unresolved-type-name', severity: 'warning', message: 'Type Gone is not defined in any page of this product; it is typed as unknown.' },
      { file: 'docs-src/p/zh/fields.md', line: 19, product: 'p', api: 'Do', field: 'in', code: 'unresolved-type-name', severity: 'warning', message: 'Type Gone is not defined in any page of this product; it is typed as unknown.' },
    ]);
  });
});
