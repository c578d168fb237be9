import { describe, expect, it } from 'vitest';
import { emitPackage, startTypes } from '../../generator/emit/index.js';
import { printItems } from '../../generator/emit/ts/print-items.js';
import type { TsPrinter } from '../../generator/emit/ts/printer.js';
import { event, field, tinyModel } from '../helpers/tiny-model.js';

const model = tinyModel({ events: [event('RoomCreated', [field('RoomId', { kind: 'string' }), field('Size', { kind: 'integer', format: 'int32' })])] });
// a key ending in a backslash, then a `/` in a string: ts-morph's writer reads the `/` as outside
// a string, so print-plain leaves this declaration to ts-morph
const odd = tinyModel({ events: [event('RoomCreated', [field('RoomId', { kind: 'string' })]), event('Odd', [field('a\\', { kind: 'string' }, { enum: { values: [{ value: 'x/y' }], closed: true, source: 'description', line: 3 } })])] });
const options = { packageName: 'x', packageVersion: '1.0.0' };
const asking = (asked: string[][]): TsPrinter => ({ print: async (items) => (asked.push(items.map((i) => i.d.name)), printItems(items)), close: () => undefined });

describe('types printed ahead of the emit (startTypes)', () => {
  it('prints what the emit builds without the printer: ts-morph is not asked for anything', async () => {
    const asked: string[][] = [];
    const types = startTypes(model, { printer: asking(asked) });
    const files = await emitPackage(model, [], { ...options, printer: asking(asked), types });
    expect(asked).toEqual([]);
    expect(files.get('src/types.ts')).toBe((await emitPackage(model, [], options)).get('src/types.ts'));
  });

  it('hands what print-plain declines to the printer at once, and emitPackage writes that text without printing again', async () => {
    const asked: string[][] = [];
    const printer = asking(asked);
    const types = startTypes(odd, { printer });
    // asked before anything is awaited: the printer works while the caller goes on
    expect(asked).toEqual([['Odd']]);
    const files = await emitPackage(odd, [], { ...options, printer, types });
    expect(asked).toHaveLength(1);
    expect(files.get('src/types.ts')).toBe((await types).join(''));
    expect(files.get('src/types.ts')).toContain('export interface Odd {');
    expect(files.get('src/types.ts')).toBe((await emitPackage(odd, [], options)).get('src/types.ts'));
  });

  it('a printer failing before emitPackage waits for it fails the emit, not the process', async () => {
    const printer: TsPrinter = { print: () => Promise.reject(new Error('printer died')), close: () => undefined };
    const types = startTypes(odd, { printer });
    // the rejection happens with nobody awaiting it yet (the checks run meanwhile)
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(emitPackage(odd, [], { ...options, printer, types })).rejects.toThrow('printer died');
  });
});
