import { describe, expect, it } from 'vitest';
import { exportNames as packageNames } from '../../generator/model/passes/names.js';
import type { Model } from '../../generator/model/types.js';
import { event, field, tinyModel } from '../helpers/tiny-model.js';
import { hostileModel, narrowingModel } from '../emit/support/models.js';

const nameFindings = (model: Model) => packageNames(model).findings;

describe('package names', () => {
  it('keeps the model names when they are safe and unique: no finding', () => {
    const model = narrowingModel();
    const names = packageNames(model);
    expect(model.events.map((e) => names.event(e))).toEqual(['A', 'B_20200101', 'B_20230101']);
    expect([names.versions('p', 'B'), names.callback('p', 'A'), names.callback('p', 'B'), names.productCallback('p')]).toEqual(['BVersions', 'ACallback', 'BCallback', 'PCallback']);
    expect([names.request(model.apis[0]), names.response(model.apis[0]), names.responseBody(model.apis[0])]).toEqual(['DescribeRequest', 'DescribeResponse', 'DescribeResponseBody']);
    expect(names.inline(model.events[0].fields[2].type)).toBe('A_Error');
    expect(nameFindings(model)).toEqual([]);
  });

  it('reports each name it had to change, with the reason and where the thing is documented', () => {
    const findings = nameFindings(hostileModel()).map((f) => `${f.code} ${f.file}:${f.line} ${f.message}`);
    expect(findings).toEqual([
      'type-name-collision docs-src/p/en/page.md:1 The type name PCallback of the callback union of p is already taken by event p/PCallback; it is emitted as PCallback2.',
      'type-name-collision docs-src/p/en/page.md:1 The type name Record of struct p/Record is already taken by a name the package itself uses; it is emitted as PRecord.',
      'type-name-collision docs-src/p/en/page.md:1 The type name ValidationError of event p/ValidationError is already taken by a name the package itself uses; it is emitted as PValidationError.',
      'type-name-collision docs-src/p/en/page.md:1 The type name XVersions of the version union of p/X is already taken by event p/XVersions; it is emitted as XVersions2.',
      'type-name-collision docs-src/p/en/page.md:1 The type name a_b of event p/a_b is already taken by event p/a-b; it is emitted as a_b2.',
      'type-name-unsafe docs-src/p/en/page.md:1 The type name "***" of event p/*** has no letter or digit to build an identifier from; it is emitted as Unnamed.',
      'type-name-unsafe docs-src/p/en/page.md:1 The type name "a-b" of event p/a-b cannot be used as it is; it is emitted as a_b.',
    ]);
  });

  it('never gives two types names that differ only in case (they name files too)', () => {
    const model = tinyModel({ events: [event('Foo', [field('A', { kind: 'string' })]), event('foo', [field('A', { kind: 'string' })])] });
    expect(model.events.map((e) => packageNames(model).event(e))).toEqual(['Foo', 'foo2']);
  });

  it('names inline objects after their owner and field, sanitised', () => {
    const inline = { kind: 'object' as const, fields: [field('x', { kind: 'string' })] };
    const model = tinyModel({ events: [event('E', [field('a-b c', inline)])] });
    expect(packageNames(model).inline(inline)).toBe('E_a_b_c');
  });
});

describe('the naming pass', () => {
  it('gives a doc type named after a global or a name of the package its product prefix, and says so', () => {
    const model = tinyModel({ events: ['Record', 'Object', 'Map', 'Plain'].map((name) => event(name, [field('A', { kind: 'string' })])) });
    const names = packageNames(model);
    expect(model.events.map((e) => names.event(e))).toEqual(['PRecord', 'PObject', 'PMap', 'Plain']);
    expect(names.findings.map((f) => f.message)).toEqual([
      'The type name Map of event p/Map is already taken by a name the package itself uses; it is emitted as PMap.',
      'The type name Object of event p/Object is already taken by a name the package itself uses; it is emitted as PObject.',
      'The type name Record of event p/Record is already taken by a name the package itself uses; it is emitted as PRecord.',
    ]);
  });

  it('writes the decided names into the model, and deciding again on the result changes nothing', () => {
    const model = hostileModel();
    const decided = model.events.map((e) => packageNames(model).event(e));
    const again = structuredClone(model);
    for (const [i, e] of again.events.entries()) e.typeName = decided[i];
    for (const s of Object.values(again.structs)) s.typeName = packageNames(model).struct(s.id)!;
    const second = packageNames(again);
    expect(again.events.map((e) => second.event(e))).toEqual(decided);
    expect(Object.values(again.structs).map((s) => second.struct(s.id))).toEqual(Object.values(model.structs).map((s) => packageNames(model).struct(s.id)));
    expect(second.findings.filter((f) => f.code === 'type-name-unsafe')).toEqual([]);
  });

  it('keeps a name within the length cap when it has to number it', () => {
    const long = 'L'.repeat(120);
    const model = tinyModel({ events: [event(long, [field('A', { kind: 'string' })]), event(long.toLowerCase(), [field('A', { kind: 'string' })])] });
    const [first, second] = model.events.map((e) => packageNames(model).event(e));
    expect([first.length, second.length, second.endsWith('2')]).toEqual([100, 100, true]);
  });
});
