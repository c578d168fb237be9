import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printItems } from '../../generator/emit/ts/print-items.js';
import { printDeclarations } from '../../generator/emit/ts/print.js';
import { startTsPrinter } from '../../generator/emit/ts/printer.js';
import type { EmitMemo } from '../../generator/emit/memo.js';

const iface = (name: string, field: string) => ({ kind: 'interface' as const, d: { name, isExported: true, properties: [{ name: field, type: 'string' }] } });

describe('the declaration printer', () => {
  it('stays warm between runs: each run prints only its own declarations, the same way every time', async () => {
    const first = await printItems([iface('Alpha', 'a'), { kind: 'alias', d: { name: 'Code', isExported: true, type: "'x' | 'y'" } }]);
    const second = await printItems([iface('Beta', 'b')]);
    const again = await printItems([iface('Alpha', 'a')]);
    expect(first).toEqual(["export interface Alpha {\n  a: string;\n}\n", "export type Code = 'x' | 'y';\n"]);
    expect(second).toEqual(['export interface Beta {\n  b: string;\n}\n']);
    expect(again[0]).toBe(first[0]);
  });

  it('prints the same text in batches as in one file: a declaration does not depend on its neighbours', async () => {
    const items: Parameters<typeof printItems>[0] = [
      iface('Alpha', 'a'),
      { kind: 'alias', d: { name: 'Code', isExported: true, type: "'x' | 'y'", docs: [{ description: '代码。' }] } },
      { kind: 'interface', d: { name: 'Box<T = unknown>', isExported: true, docs: [{ description: 'A box.\n\nSource: a.md#box' }], properties: [{ name: 'Item', type: 'T', hasQuestionToken: true, docs: [{ description: '内容' }] }] } },
      iface('Beta', 'b'),
      { kind: 'alias', d: { name: 'Id', isExported: true, type: 'string' } },
    ];
    const whole = await printItems(items, items.length);
    expect(whole).toHaveLength(5);
    expect(whole[2]).toBe("/**\n * A box.\n *\n * Source: a.md#box\n */\nexport interface Box<T = unknown> {\n  /** 内容 */\n  Item?: T;\n}\n");
    for (const batch of [1, 2, 3]) expect(await printItems(items, batch)).toEqual(whole);
  });

  it('prints plain declarations itself, and with ts-morph only what the memo does not hold', async () => {
    const store = new Map<string, string>();
    const memo: EmitMemo = { get: (k) => store.get(k), set: (k, v) => void store.set(k, v) };
    const asked: string[][] = [];
    const printer = { print: async (items: Parameters<typeof printItems>[0]) => (asked.push(items.map((i) => i.d.name)), printItems(items)), close: () => undefined };
    // `extends` is a shape print-plain leaves to ts-morph
    const decl = (names: string[]) => ({ interfaces: names.map((n) => (n.startsWith('Sub') ? { ...iface(n, 'x').d, extends: ['Base'] } : iface(n, 'x').d)), aliases: [] });
    const cold = await printDeclarations(decl(['Alpha', 'SubBeta', 'SubGamma']), '// h\n', memo, printer);
    const warm = await printDeclarations(decl(['Alpha', 'SubBeta', 'SubDelta']), '// h\n', memo, printer);
    expect(asked).toEqual([['SubBeta', 'SubGamma'], ['SubDelta']]);
    // only what ts-morph printed is remembered
    expect(store.size).toBe(3);
    expect(cold).toContain('export interface SubGamma extends Base {');
    expect(warm).toBe('// h\nexport interface Alpha {\n  x: string;\n}\nexport interface SubBeta extends Base {\n  x: string;\n}\nexport interface SubDelta extends Base {\n  x: string;\n}\n');
  });
});

describe('the printer worker', () => {
  // the compiled worker (`npm test` builds first); the printer itself runs from the sources
  const workerFile = fileURLToPath(new URL('../../dist/emit/ts/print-worker.js', import.meta.url));

  it('starts on the first print, prints the batches read one at a time as this thread prints them all at once', async () => {
    const items = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'].map((n, i) => (i % 2 ? { kind: 'alias' as const, d: { name: n, isExported: true, type: `'${n}'`, docs: [{ description: `${n} 说明` }] } } : iface(n, n.toLowerCase())));
    const printer = startTsPrinter(2, workerFile);
    expect(await printer.print(items)).toEqual(await printItems(items));
  });
});
