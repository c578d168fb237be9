import { Ajv2020 } from 'ajv/dist/2020.js';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../../generator/emit/index.js';
import { INTEGER_FORMATS } from '../../generator/emit/schema/schemas.js';
import { docText, fileSegment, propertyKey, typeIdentifier } from '../../generator/emit/text-safety.js';
import { event, field, tinyModel } from '../helpers/tiny-model.js';

const hostile = 'ends */ then ${x} and `tick` and </script><img src=x onerror=alert(1)> @param';

function parseErrors(code: string): string[] {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.ES2022, true);
  return (file as unknown as { parseDiagnostics: Array<{ messageText: string | { messageText: string } }> }).parseDiagnostics.map((d) => (typeof d.messageText === 'string' ? d.messageText : d.messageText.messageText));
}

describe('text safety', () => {
  it.each([
    ['__proto__', '"__proto__"'],
    ['constructor', 'constructor'],
    ['123abc', '"123abc"'],
    ['a-b', '"a-b"'],
    ['../x', '"../x"'],
  ])('quotes the property key %s as %s', (name, key) => {
    expect(propertyKey(name)).toBe(key);
  });

  it.each([
    ['123abc', '_123abc'],
    ['a-b', 'a_b'],
    ['../x', 'x'],
    ['class', 'class_'],
    ['', 'Unnamed'],
  ])('makes %j a valid type identifier', (name, id) => {
    expect(typeIdentifier(name)).toBe(id);
  });

  it('keeps doc text from closing a comment, starting a tag or carrying HTML', () => {
    const text = docText(hostile);
    expect(text).not.toContain('*/');
    expect(text).not.toContain('</script>');
    expect(text).not.toMatch(/(^|\s)@param/);
  });

  it('never lets a name become a path', () => {
    for (const name of ['../../etc/passwd', '/abs', '..', 'a/b\\c']) {
      const seg = fileSegment(name);
      expect(seg).not.toContain('/');
      expect(seg).not.toContain('\\');
      expect(seg.startsWith('.')).toBe(false);
    }
  });
});

describe('emitPackage on a hostile model', () => {
  const model = tinyModel({
    events: [
      event('Weird', [
        field('__proto__', { kind: 'string' }, { description: { en: hostile, zh: hostile } }),
        field('constructor', { kind: 'integer', format: 'int64' }),
        field('123abc', { kind: 'string' }, { enum: { values: [{ value: '*/' }, { value: '${x}' }], closed: true, source: 'description', line: 3 } }),
        field('a-b', { kind: 'boolean' }, { required: false, nullable: true }),
        field('../x', { kind: 'ref', struct: 'p/Node' }),
      ]),
    ],
    structs: {
      'p/Node': { id: 'p/Node', product: 'p', name: 'Node', typeName: 'Node', anchors: [], description: { en: hostile }, fields: [field('next', { kind: 'ref', struct: 'p/Node' }, { required: false })], sources: [{ file: 'x.md', line: 1, lang: 'en' }], usedBy: [] },
    },
  });

  it('writes TypeScript that parses, and schemas that compile in strict Ajv', async () => {
    const files = await emitPackage(model, [], { packageName: 'x', packageVersion: '1.0.0' });
    for (const [path, code] of files) {
      if (path.endsWith('.ts')) expect(parseErrors(code), path).toEqual([]);
      expect(path).not.toMatch(/(^|\/)\.\.(\/|$)/);
    }
    const types = files.get('src/types.ts')!;
    expect(types).not.toContain('</script>');
    expect(types).toContain('"__proto__": string;');
    expect(types).toMatch(/"123abc": "\*\/" \| "\$\{x\}"|"123abc": '\*\/' \| '\$\{x\}'/);
    for (const [path, text] of files) {
      if (!path.endsWith('.schema.json')) continue;
      const ajv = new Ajv2020({ strict: true });
      for (const f of INTEGER_FORMATS) ajv.addFormat(f, true);
      expect(() => ajv.compile(JSON.parse(text)), path).not.toThrow();
    }
  });

  it('is deterministic', async () => {
    const a = await emitPackage(model, [], { packageName: 'x', packageVersion: '1.0.0' });
    const b = await emitPackage(model, [], { packageName: 'x', packageVersion: '1.0.0' });
    expect([...a]).toEqual([...b]);
  });
});

describe('TypeScript shapes', () => {
  it('emits literal unions for closed enums, base types for open ones, ? and | null', async () => {
    const model = tinyModel({
      events: [
        event('Shapes', [
          field('Closed', { kind: 'string' }, { enum: { values: [{ value: 'AUTO' }, { value: 'USER_CALL' }], closed: true, source: 'description', line: 1 } }),
          field('Numeric', { kind: 'integer' }, { enum: { values: [{ value: 0 }, { value: 1 }], closed: true, source: 'description', line: 1 } }),
          field('Open', { kind: 'string' }, { enum: { values: [{ value: 'ios' }], closed: false, source: 'example-column', line: 1 } }),
          field('Contradicting', { kind: 'string' }, { enum: { values: [{ value: 0 }, { value: 1 }], closed: false, source: 'description', line: 1 } }),
          field('Maybe', { kind: 'string' }, { required: false, nullable: true }),
        ]),
      ],
    });
    const types = (await emitPackage(model, [], { packageName: 'x', packageVersion: '1.0.0' })).get('src/types.ts')!;
    expect(types).toMatch(/Closed: "AUTO" \| "USER_CALL";/);
    expect(types).toMatch(/Numeric: 0 \| 1;/);
    expect(types).toMatch(/Open: string;/);
    expect(types).toMatch(/Contradicting: string;/);
    expect(types).toMatch(/Maybe\?: string \| null;/);
  });

  it('gives each dated version its own type and a union naming the newest', async () => {
    const model = tinyModel({
      events: [event('Stopped', [field('A', { kind: 'string' })], { version: '2020-12-01' }), event('Stopped', [field('B', { kind: 'string' })], { version: '2023-11-01' })],
    });
    const types = (await emitPackage(model, [], { packageName: 'x', packageVersion: '1.0.0' })).get('src/types.ts')!;
    expect(types).toContain('export type StoppedVersions = Stopped_20201201 | Stopped_20231101;');
    expect(types).toContain('The newest is 2023-11-01 (Stopped_20231101)');
  });
});
