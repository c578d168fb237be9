import { describe, expect, it } from 'vitest';
import { nameFindings, packageNames } from '../../generator/emit/names.js';
import { event, field, tinyModel } from '../helpers/tiny-model.js';
import { hostileModel, narrowingModel } from './support/models.js';

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
      'type-name-collision docs-src/p/en/page.md:1 The type name Record of struct p/Record is already taken by a name the package itself uses; it is emitted as Record2.',
      'type-name-collision docs-src/p/en/page.md:1 The type name ValidationError of event p/ValidationError is already taken by a name the package itself uses; it is emitted as ValidationError2.',
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
