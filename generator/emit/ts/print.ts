import type { EmitMemo } from '../memo.js';
import { memoKey, noMemo } from '../memo.js';
import type { PrintItem } from './print-items.js';
import { printPlain } from './print-plain.js';
import { inThreadPrinter, type TsPrinter } from './printer.js';
import type { TsDeclarations } from './structures.js';

/**
 * Prints every declaration. The shapes the emit builds print without ts-morph (print-plain.ts),
 * for less than it takes to look them up; the rest goes to ts-morph, each remembered by the hash
 * of its structure, so it is never printed again, and ts-morph is not loaded when none is left.
 */
export async function printDeclarations(declarations: TsDeclarations, header: string, memo: EmitMemo = noMemo, printer: TsPrinter = inThreadPrinter): Promise<string> {
  return (await printDeclarationPieces(declarations, header, memo, printer)).join('');
}

/**
 * The text of types.ts as pieces (the header, then each declaration), for a caller that encodes
 * them one by one: at scale the joined text is tens of megabytes of two-byte characters.
 */
export async function printDeclarationPieces(declarations: TsDeclarations, header: string, memo: EmitMemo = noMemo, printer: TsPrinter = inThreadPrinter): Promise<string[]> {
  const items: PrintItem[] = [...declarations.interfaces.map((d) => ({ kind: 'interface' as const, d })), ...declarations.aliases.map((d) => ({ kind: 'alias' as const, d }))];
  const texts = items.map(printPlain);
  const missing = texts.flatMap((t, i) => (t === undefined ? [i] : []));
  if (missing.length === 0) return [header, ...(texts as string[])];
  // the rest as before: looked up in the memo (without one, no key is hashed), printed with ts-morph
  const keys = new Map(memo === noMemo ? [] : missing.map((i) => [i, memoKey('ts', PRINTER_VERSION, items[i].kind, JSON.stringify(items[i].d))]));
  const todo = missing.filter((i) => (texts[i] = keys.has(i) ? memo.get(keys.get(i)!) : undefined) === undefined);
  const printed = await printer.print(todo.map((i) => items[i]));
  todo.forEach((i, k) => {
    texts[i] = printed[k];
    if (keys.has(i)) memo.set(keys.get(i)!, printed[k]);
  });
  return [header, ...(texts as string[])];
}

/** Bumped when the printing changes, so old cached text is not reused. */
const PRINTER_VERSION = 'ts-morph-28-2';
