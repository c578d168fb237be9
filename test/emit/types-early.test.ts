import { describe, expect, it } from 'vitest';
import { emitPackage, startTypes } from '../../generator/emit/index.js';
import { printItems } from '../../generator/emit/ts/print-items.js';
import type { TsPrinter } from '../../generator/emit/ts/printer.js';
import { event, field, tinyModel } from '../helpers/tiny-model.js';

const model = tinyModel({ events: [event('RoomCreated', [field('RoomId', { kind: 'string' }), field('Size', { kind: 'integer', format: 'int32' })])] });
const options = { packageName: 'x', packageVersion: '1.0.0' };

describe('types printed ahead of the emit (startTypes)', () => {
  it('hands the declarations to the printer at once, and emitPackage writes that text without printing again', async () => {
    const asked: string[][] = [];
    const printer: TsPrinter = { print: async (items) => (asked.push(items.map((i) => i.d.name)), printItems(items)), close: () => undefined };
    const types = startTypes(model, { printer });
    // asked before anything is awaited: the printer works while the caller goes on
    expect(asked).toHaveLength(1);
    const files = await emitPackage(model, [], { ...options, printer, types });
    expect(asked).toHaveLength(1);
    expect(files.get('src/types.ts')).toBe((await types).join(''));
    expect(files.get('src/types.ts')).toBe((await emitPackage(model, [], options)).get('src/types.ts'));
  });

  it('a printer failing before emitPackage waits for it fails the emit, not the process', async () => {
    const printer: TsPrinter = { print: () => Promise.reject(new Error('printer died')), close: () => undefined };
    const types = startTypes(model, { printer });
    // the rejection happens with nobody awaiting it yet (the checks run meanwhile)
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(emitPackage(model, [], { ...options, printer, types })).rejects.toThrow('printer died');
  });
});
