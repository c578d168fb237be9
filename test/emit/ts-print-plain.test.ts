import { describe, expect, it } from 'vitest';
import { printItems, type PrintItem } from '../../generator/emit/ts/print-items.js';
import { printPlain } from '../../generator/emit/ts/print-plain.js';
import { buildDeclarations } from '../../generator/emit/ts/structures.js';
import type { Model } from '../../generator/model/types.js';
import { fixtureModel } from '../helpers/fixture-docs.js';
import { hostileModel, narrowingModel } from './support/models.js';

type Interface = Extract<PrintItem, { kind: 'interface' }>['d'];
type Alias = Extract<PrintItem, { kind: 'alias' }>['d'];
const iface = (d: Interface): PrintItem => ({ kind: 'interface', d });
const alias = (d: Alias): PrintItem => ({ kind: 'alias', d });

/** What ts-morph prints for each item, one at a time (as the emit's batches do). */
async function morph(items: PrintItem[]): Promise<string[]> {
  return printItems(items);
}

const itemsOf = (model: Model): PrintItem[] => {
  const d = buildDeclarations(model);
  return [...d.interfaces.map((x) => iface(x)), ...d.aliases.map((x) => alias(x))];
};

describe('declarations printed without ts-morph (print-plain)', () => {
  it('prints each shape the emit builds as ts-morph does, byte for byte', async () => {
    const items = [
      iface({ name: 'Empty', isExported: true }),
      iface({ name: 'Local', properties: [{ name: 'a', type: 'string' }] }),
      iface({ name: 'Box<TType extends string | number = string, TData = unknown>', isExported: true, docs: [{ description: 'A box.\n\nSource: a.md#box' }], properties: [{ name: 'Item', type: 'TData', hasQuestionToken: true, docs: [{ description: '内容' }] }, { name: '"a-b"', type: "'x/y' | \"`t`\" | null" }] }),
      // empty text, trailing space, a leading and a trailing line break, a blank line, a bare string, two blocks
      iface({ name: 'Docs', isExported: true, docs: ['plain string', { description: '' }, {}], properties: [{ name: 'a', type: 'number', docs: [{ description: 'ends with a space ' }] }, { name: 'b', type: 'number', docs: [{ description: '\nstarts with a break' }, { description: 'ends with a break\n' }] }, { name: 'c', type: 'number', docs: [{ description: 'one\n\n  indented `tick` it\'s "q" // /* {${x}}\n\n' }] }] }),
      iface({ name: 'Untyped', isExported: true, properties: [{ name: 'a', hasQuestionToken: true }] }),
      // a quote after a backslash does not end a string for ts-morph's writer, nor here
      iface({ name: 'Escapes', isExported: true, properties: [{ name: '"a\\"b"', type: '"x\\\\" | "y"', docs: [{ description: 'next' }] }, { name: 'z', type: 'string', docs: [{ description: 'after' }] }] }),
      alias({ name: 'Code', isExported: true, type: "'x' | 'y'", docs: [{ description: '代码。\n@since 2020' }] }),
      alias({ name: 'Match', isExported: true, type: '{ product: "a/b"; event: "x"; value: Foo } | { product: "c"; event: "y"; value: Bar[] }' }),
      alias({ name: 'Local', type: 'Array<string | number>' }),
    ];
    const plain = items.map(printPlain);
    expect(items.filter((_, i) => plain[i] === undefined)).toEqual([]);
    expect(plain).toEqual(await morph(items));
  });

  it('declines what ts-morph\'s writer may print another way, and what it does not know', async () => {
    // the writer's state leaks out of a line: a `//` swallows the `;` (the alias ends before it),
    // an open `/*` makes the writer close it before the next member
    const lineComment = alias({ name: 'C', type: 'A // note' });
    const openComment = iface({ name: 'Q', properties: [{ name: 'a', type: "'x' /* c" }, { name: 'b', type: 'string', docs: [{ description: 'x' }] }] });
    expect(await morph([lineComment, openComment])).toEqual(['type C = A\n', "interface Q {\n  a: 'x' /* c;\n  *//** x */\n  b: string;\n}\n"]);
    const declined = [
      lineComment,
      openComment,
      // `/` or a backtick outside a string (as the writer reads quotes) is declined even where it would do no harm
      alias({ name: 'T', type: '`x`' }),
      alias({ name: 'B', type: 'A /* note */' }),
      iface({ name: 'S', properties: [{ name: '"a\\\\"', type: '"x/y"' }] }),
      // doc text that would end the comment, or break a line another way
      alias({ name: 'D', type: 'string', docs: [{ description: 'a */ b' }] }),
      alias({ name: 'R', type: 'string', docs: [{ description: 'a\r\nb' }] }),
      alias({ name: 'L', type: 'string', docs: [{ description: 'a\u2028b' }] }),
      // line breaks or nothing in code
      alias({ name: 'N', type: 'A |\nB' }),
      alias({ name: 'E', type: '  ' }),
      iface({ name: 'F', properties: [{ name: 'a', type: '' }] }),
      // shapes this printer does not write
      iface({ name: 'X', extends: ['Base'], properties: [] }),
      iface({ name: 'Y', properties: [{ name: 'a', type: 'string', isReadonly: true }] }),
      alias({ name: 'Z', type: 'string', typeParameters: ['T'] }),
      alias({ name: 'W', type: 'string', docs: [{ description: 'x', tags: [{ tagName: 'since', text: '1' }] }] }),
    ];
    for (const item of declined) expect(printPlain(item), JSON.stringify(item)).toBeUndefined();
  });

  it('prints every declaration of the fixture corpus and of hostile and narrowing models, as ts-morph does', async () => {
    const items = [...itemsOf((await fixtureModel()).model), ...itemsOf(hostileModel()), ...itemsOf(narrowingModel())];
    expect(items.length).toBeGreaterThan(100);
    const plain = items.map(printPlain);
    expect(plain.filter((t) => t === undefined)).toEqual([]);
    expect(plain).toEqual(await morph(items));
  });

  it('agrees with ts-morph on random declarations it accepts (seeded)', async () => {
    let seed = 13;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
    const bits = ['a', 'b', ' ', '  ', '\n', '\n\n', "'", '"', '`', '/', '*', '\\', '{', '}', '$', '${', '@', '中', '\t', '*/', '/*', '//', '<', '>', '|'];
    const text = (n: number): string => Array.from({ length: Math.floor(random() * n) }, () => pick(bits)).join('');
    const literal = (): string => (random() < 0.5 ? JSON.stringify(text(6)) : `'${text(5).replace(/[\\'\r\n]/g, '')}'`);
    const type = (depth = 0): string =>
      Array.from({ length: 1 + Math.floor(random() * 2) }, () => {
        const r = random();
        if (depth > 2 || r < 0.3) return pick(['string', 'number', 'null', 'unknown', 'Foo', '-1']);
        if (r < 0.55) return literal();
        if (r < 0.65) return `Array<${type(depth + 1)}>`;
        if (r < 0.75) return 'Foo[]';
        if (r < 0.85) return `{ a: ${type(depth + 1)}; ${JSON.stringify(text(3))}?: number }`;
        if (r < 0.92) return `(${type(depth + 1)})`;
        return `\`t${text(2).replace(/[`\\$\r\n]/g, '')}\``;
      }).join(' | ');
    const docs = (): Interface['docs'] => (random() < 0.2 ? undefined : Array.from({ length: Math.floor(random() * 3) }, () => (random() < 0.2 ? text(8) : { description: text(12) })));
    const items: PrintItem[] = Array.from({ length: 300 }, (_, i) =>
      random() < 0.5
        ? alias({ name: `T${i}`, isExported: random() < 0.8, type: type(), docs: docs() })
        : iface({ name: `I${i}`, isExported: random() < 0.8, docs: docs(), properties: Array.from({ length: Math.floor(random() * 4) }, (_, k) => ({ name: random() < 0.2 ? JSON.stringify(`p-${text(3)}`) : `p${k}`, type: type(), hasQuestionToken: random() < 0.5, docs: docs() })) }),
    );
    const accepted = items.filter((item) => printPlain(item) !== undefined);
    // most are accepted; the rest (a template string, a `*/` in a doc, …) are ts-morph's
    expect(accepted.length).toBeGreaterThan(100);
    expect(accepted.map(printPlain)).toEqual(await morph(accepted));
  });
});
