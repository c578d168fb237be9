import { describe, expect, it } from 'vitest';
import { printItems } from '../../generator/emit/ts/print-items.js';
import { printDeclarations } from '../../generator/emit/ts/print.js';
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

  it('prints only what the memo does not hold', async () => {
    const store = new Map<string, string>();
    const memo: EmitMemo = { get: (k) => store.get(k), set: (k, v) => void store.set(k, v) };
    const asked: string[][] = [];
    const printer = { print: async (items: Parameters<typeof printItems>[0]) => (asked.push(items.map((i) => i.d.name)), printItems(items)), close: () => undefined };
    const decl = (names: string[]) => ({ interfaces: names.map((n) => iface(n, 'x').d), aliases: [] });
    const cold = await printDeclarations(decl(['Alpha', 'Beta']), '// h\n', memo, printer);
    const warm = await printDeclarations(decl(['Alpha', 'Gamma']), '// h\n', memo, printer);
    expect(asked).toEqual([['Alpha', 'Beta'], ['Gamma']]);
    expect(cold).toContain('export interface Beta');
    expect(warm).toBe('// h\nexport interface Alpha {\n  x: string;\n}\nexport interface Gamma {\n  x: string;\n}\n');
  });
});
