import { describe, expect, it } from 'vitest';
import { describeType, ExampleWalks, exampleSpot, exampleSubjects, fitsType, quoteValue, valueKind, walkExample, type ExampleVisit } from '../../generator/check/example-walk.js';
import { fieldPlaceKey, walkFields } from '../../generator/check/field-walk.js';
import { defineRule, fillTemplate } from '../../generator/check/rule.js';
import type { ApiAction, Envelope } from '../../generator/model/types.js';
import { event, example, field, model, struct, type } from './model-builder.js';

// The helpers the example rules share, on small hand-written values.

describe('valueKind and fitsType', () => {
  it('names a JSON value in the model\'s terms', () => {
    expect([null, [], 1, 1.5, 'a', true, {}].map(valueKind)).toEqual(['null', 'array', 'integer', 'number', 'string', 'boolean', 'object']);
  });

  it('null fits only a nullable or unknown type', () => {
    expect(fitsType(type.string, null, false)).toBe(false);
    expect(fitsType(type.string, null, true)).toBe(true);
    expect(fitsType(type.unknown, null, false)).toBe(true);
  });

  it('each kind fits its own type, integers a number', () => {
    const cases: Array<[Parameters<typeof fitsType>[0], unknown, boolean]> = [
      [type.string, 'a', true],
      [type.string, 1, false],
      [type.integer(), 1, true],
      [type.integer(), 1.5, false],
      [type.integer(), '1', false],
      [type.number, 1, true],
      [type.number, 1.5, true],
      [type.number, '1', false],
      [type.boolean, true, true],
      [type.boolean, 'true', false],
      [type.array(type.string), [], true],
      [type.array(type.string), {}, false],
      [type.ref('p/S'), {}, true],
      [type.ref('p/S'), [], false],
      [type.object([]), {}, true],
      [type.object([]), 'x', false],
      [{ kind: 'union', types: [type.string, type.integer()] }, 2, true],
      [{ kind: 'union', types: [type.string, type.integer()] }, true, false],
      [type.unknown, 'anything', true],
    ];
    for (const [t, value, fits] of cases) expect(fitsType(t, value, false), `${JSON.stringify(t)} ${JSON.stringify(value)}`).toBe(fits);
  });

  it('an integer with a format fits its range, both ends included', () => {
    expect(fitsType(type.integer('int32'), 2 ** 31 - 1, false)).toBe(true);
    expect(fitsType(type.integer('int32'), 2 ** 31, false)).toBe(false);
    expect(fitsType(type.integer('int32'), -(2 ** 31), false)).toBe(true);
    expect(fitsType(type.integer('int32'), -(2 ** 31) - 1, false)).toBe(false);
    expect(fitsType(type.integer('uint32'), 0, false)).toBe(true);
    expect(fitsType(type.integer('uint32'), -1, false)).toBe(false);
    expect(fitsType(type.integer('uint32'), 2 ** 32 - 1, false)).toBe(true);
    expect(fitsType(type.integer('uint32'), 2 ** 32, false)).toBe(false);
    expect(fitsType(type.integer('uint64'), -1, false)).toBe(false);
    expect(fitsType(type.integer('int64'), -(2 ** 40), false)).toBe(true);
  });
});

describe('describeType and quoteValue', () => {
  it('spells a type for a sentence', () => {
    const m = model({ structList: [struct('Audio', [])] });
    expect(describeType(type.integer('int32'), m)).toBe('integer (int32)');
    expect(describeType(type.integer(), m)).toBe('integer');
    expect(describeType({ kind: 'number', format: 'double' }, m)).toBe('number (double)');
    expect(describeType(type.number, m)).toBe('number');
    expect(describeType(type.array(type.ref('p/Audio')), m)).toBe('array of Audio');
    expect(describeType(type.ref('p/Missing'), m)).toBe('object');
    expect(describeType({ kind: 'union', types: [type.string, type.boolean] }, m)).toBe('string or boolean');
    expect(describeType(type.string, m)).toBe('string');
  });

  it('quotes a value as JSON, cut at 40 characters', () => {
    expect(quoteValue('a')).toBe('"a"');
    expect(quoteValue(undefined)).toBe('undefined');
    const forty = 'x'.repeat(38);
    expect(quoteValue(forty)).toBe(`"${forty}"`);
    expect(quoteValue(`${forty}y`)).toBe(`"${'x'.repeat(36)}…`);
  });
});

describe('walkExample', () => {
  const visits = (fields: Parameters<typeof walkExample>[1], value: unknown, m = model()) => {
    const out: Array<Omit<ExampleVisit, 'field'> & { field?: string }> = [];
    walkExample(m, fields, value, (v) => out.push({ ...v, field: v.field?.name }));
    return out;
  };

  it('every documented field, present or not, then every key the docs do not list', () => {
    expect(visits([field('A', type.string), field('B', type.string)], { A: 'a', C: 1 })).toEqual([
      { path: 'A', jsonPath: ['A'], field: 'A', value: 'a', present: true },
      { path: 'B', jsonPath: ['B'], field: 'B', value: undefined, present: false },
      { path: 'C', jsonPath: ['C'], value: 1, present: true },
    ]);
  });

  it('a key present with an inherited name only is not present', () => {
    expect(visits([field('toString', type.string)], {})[0].present).toBe(false);
  });

  it('into arrays item by item, structs and inline objects, with dotted paths and JSON paths', () => {
    const m = model({ structList: [struct('Item', [field('Id', type.integer())])] });
    const fields = [field('List', type.array(type.ref('p/Item'))), field('Info', type.object([field('Name', type.string)])), field('Gone', type.ref('p/Missing'))];
    const value = { List: [{ Id: 1 }, { Id: 2, X: true }], Info: { Name: 'n' }, Gone: { Y: 1 } };
    expect(visits(fields, value, m).map((v) => [v.path, v.jsonPath, v.field ?? null])).toEqual([
      ['List', ['List'], 'List'],
      ['List[].Id', ['List', 0, 'Id'], 'Id'],
      ['List[].Id', ['List', 1, 'Id'], 'Id'],
      ['List[].X', ['List', 1, 'X'], null],
      ['Info', ['Info'], 'Info'],
      ['Info.Name', ['Info', 'Name'], 'Name'],
      ['Gone', ['Gone'], 'Gone'],
    ]);
  });

  it('nothing inside a value that is not an object, or an absent field', () => {
    expect(visits([field('A', type.string)], [1])).toEqual([]);
    expect(visits([field('A', type.string)], null)).toEqual([]);
    expect(visits([field('L', type.array(type.object([field('Id', type.string)])))], { L: 'not a list' }).map((v) => v.path)).toEqual(['L']);
    expect(visits([field('O', type.object([field('Id', type.string)]))], {}).map((v) => v.path)).toEqual(['O']);
  });
});

describe('exampleSubjects', () => {
  const envelope: Envelope = { product: 'p', typeName: 'PCallback', discriminator: 'EventType', payloadField: 'EventData', fields: [], sources: [] };
  const api = (examples: ApiAction['examples'], over: Partial<ApiAction> = {}): ApiAction => ({ id: 'p/Run@1', product: 'p', action: 'Run', apiVersion: '1', typeName: 'Run', summary: {}, sources: [], input: [], output: [field('Id', type.string)], errors: [], examples, ...over });

  it('an event\'s examples, the envelope peeled off a whole callback body', () => {
    const e = event('E', [field('A', type.string)], {
      envelope: 'p',
      examples: [example('{"A":"a"}'), example('{"EventType":"E","EventData":{"A":"b"}}', { kind: 'envelope' }), example('{"EventType":"E"}', { kind: 'envelope' }), example('{"A":')],
      version: '2020-01-01',
    });
    const subjects = exampleSubjects(model({ events: [e], envelopes: { p: envelope } }));
    expect(subjects.map((s) => [s.place, s.payload, s.payloadPath, s.repaired])).toEqual([
      [{ product: 'p', event: 'E', version: '2020-01-01' }, { A: 'a' }, [], false],
      [{ product: 'p', event: 'E', version: '2020-01-01' }, { A: 'b' }, ['EventData'], false],
      [{ product: 'p', event: 'E', version: '2020-01-01' }, { EventType: 'E' }, [], false],
    ]);
    expect(subjects[0].fields).toBe(e.fields);
  });

  it('an envelope example of an event without a known envelope is the payload itself', () => {
    const e = event('E', [], { examples: [example('{"EventData":{"A":1}}', { kind: 'envelope' })] });
    expect(exampleSubjects(model({ events: [e], envelopes: { p: envelope } })).map((s) => s.payloadPath)).toEqual([[]]);
  });

  it('the object an example wraps, at its payload path', () => {
    const e = event('E', [], { examples: [example('{"Response":{"EventSet":[{"A":1}]}}', { payloadPath: ['Response', 'EventSet', 0] })] });
    expect(exampleSubjects(model({ events: [e] })).map((s) => [s.payload, s.payloadPath])).toEqual([[{ A: 1 }, ['Response', 'EventSet', 0]]]);
  });

  it('invalid JSON only through its repair, and only when asked', () => {
    const broken = { ...example('{"A":1,}'), repaired: { A: 1 } };
    const m = model({ events: [event('E', [], { examples: [broken] })], apis: [api([{ ...example('{"Id":1,}', { kind: 'response' }), repaired: { Id: 1 } }])] });
    expect(exampleSubjects(m)).toEqual([]);
    expect(exampleSubjects(m, { repaired: true }).map((s) => [s.place.event ?? s.place.api, s.payload, s.repaired])).toEqual([
      ['E', { A: 1 }, true],
      ['Run', { Id: 1 }, true],
    ]);
  });

  it('API responses only, unwrapped from their response wrapper when it is there', () => {
    const examples = [example('{"Id":"q"}', { kind: 'request' }), example('{"Response":{"Id":"a"}}', { kind: 'response' }), example('{"Id":"b"}', { kind: 'response' }), example('[1]', { kind: 'response' })];
    const subjects = exampleSubjects(model({ apis: [api(examples, { responseWrapper: 'Response' })] }));
    expect(subjects.map((s) => [s.place, s.payload, s.payloadPath])).toEqual([
      [{ product: 'p', api: 'Run', version: '1' }, { Id: 'a' }, ['Response']],
      [{ product: 'p', api: 'Run', version: '1' }, { Id: 'b' }, []],
      [{ product: 'p', api: 'Run', version: '1' }, [1], []],
    ]);
    expect(subjects[0].fields.map((f) => f.name)).toEqual(['Id']);
    expect(exampleSubjects(model({ apis: [api([examples[1]])] })).map((s) => s.payloadPath)).toEqual([[]]);
  });

  it('a finding about a value points at the value\'s own line in the example\'s file', () => {
    const e = event('E', [], { envelope: 'p', examples: [example('{\n  "EventType": "E",\n  "EventData": {\n    "A": 1\n  }\n}', { kind: 'envelope', line: 40, file: 'docs/x.md', lang: 'en' })] });
    const [subject] = exampleSubjects(model({ events: [e], envelopes: { p: envelope } }));
    expect(exampleSpot(subject, 'A', ['A'])).toEqual({ product: 'p', event: 'E', field: 'A', file: 'docs/x.md', line: 43, lang: 'en' });
  });
});

describe('ExampleWalks (one walk per check run, shared by the rules)', () => {
  const broken = { ...example('{"A":1,}'), repaired: { A: 1 } };
  const m = model({ events: [event('E', [field('A', type.integer()), field('B', type.object([field('C', type.string)]))], { examples: [example('{"A":1,"B":{"C":"x"},"Z":0}'), broken] })] });

  it('gives the subjects exampleSubjects gives, the repaired ones only when asked', () => {
    const walks = new ExampleWalks(m);
    expect(walks.subjects()).toEqual(exampleSubjects(m));
    expect(walks.subjects({ repaired: true })).toEqual(exampleSubjects(m, { repaired: true }));
    expect(walks.subjects().length).toBe(1);
  });

  it('visits what walkExample visits, in its order, and walks each subject once', () => {
    const walks = new ExampleWalks(m);
    for (const subject of walks.subjects({ repaired: true })) {
      const direct: ExampleVisit[] = [];
      walkExample(m, subject.fields, subject.payload, (v) => direct.push(v));
      expect(walks.visitsOf(subject)).toEqual(direct);
      expect(walks.visitsOf(subject)).toBe(walks.visitsOf(subject));
    }
    expect(walks.visitsOf(walks.subjects()[0]).map((v) => v.path)).toEqual(['A', 'B', 'B.C', 'Z']);
  });

  it('a rule gets the walks it is handed, or makes its own', () => {
    const seen = new Set<unknown>();
    const probe = defineRule({ id: 'probe-walks', severity: 'info', description: 'Probe.', messages: { m: 'M.' }, check: ({ examples }) => void seen.add(examples) });
    probe.check({ model: m, report: () => undefined });
    probe.check({ model: m, report: () => undefined });
    // a rule run alone makes its own walks each time
    expect(seen.size).toBe(2);
    const shared = new ExampleWalks(m);
    probe.check({ model: m, report: () => undefined, examples: shared });
    expect(seen.has(shared)).toBe(true);
  });
});

describe('walkFields and fieldPlaceKey', () => {
  it('visits fields through arrays, inline objects and structs, a self-containing struct once per path', () => {
    const node = struct('Node', [field('Id', type.string), field('Children', type.array(type.ref('p/Node')))]);
    const m = model({ structList: [node] });
    const seen: string[] = [];
    walkFields(m, [field('Root', type.ref('p/Node')), field('Meta', type.object([field('K', type.string)])), field('Lost', type.ref('p/Missing'))], (_, path) => seen.push(path));
    expect(seen).toEqual(['Root', 'Root.Id', 'Root.Children', 'Meta', 'Meta.K', 'Lost']);
  });

  it('a field\'s place: its first source and its name', () => {
    expect(fieldPlaceKey(field('A', type.string, { file: 'f.md', line: 3 }))).toBe('f.md:3:A');
    expect(fieldPlaceKey(field('A', type.string, { sources: [] }))).toBe('?:A');
  });
});

describe('rule templates', () => {
  it('fills every {{param}}, numbers too, and refuses a missing one', () => {
    expect(fillTemplate('{{path}} is {{type}}, line {{n}}.', { path: 'A', type: 'string', n: 3 })).toBe('A is string, line 3.');
    expect(() => fillTemplate('{{path}} is {{type}}.', { path: 'A' })).toThrow('message template param {{type}} has no value');
  });

  it('a defined rule keeps its id, severity, description and messages, and reports the filled sentence with its place', () => {
    const rule = defineRule({
      id: 'test-rule',
      severity: 'warning',
      description: 'A test rule.',
      messages: { found: '{{name}} found.' },
      check({ model: m, report }) {
        for (const e of m.events) report({ messageId: 'found', data: { name: e.eventType }, product: e.product, event: e.eventType, file: 'f.md', line: 2 });
      },
    });
    expect([rule.id, rule.severity, rule.description, rule.messages]).toEqual(['test-rule', 'warning', 'A test rule.', { found: '{{name}} found.' }]);
    const out: unknown[] = [];
    rule.check({ model: model({ events: [event('E', [])] }), report: (f) => out.push(f) });
    expect(out).toEqual([{ product: 'p', event: 'E', file: 'f.md', line: 2, messageId: 'found', message: 'E found.' }]);
  });
});
