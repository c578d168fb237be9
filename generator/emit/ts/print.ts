import type { EmitMemo } from '../memo.js';
import { memoKey, noMemo } from '../memo.js';
import type { PrintItem } from './print-items.js';
import { inThreadPrinter, type TsPrinter } from './printer.js';
import type { TsDeclarations } from './structures.js';

/**
 * Prints every declaration; each is remembered by the hash of its structure, so an unchanged
 * declaration is never printed again, and ts-morph is not even loaded when nothing changed.
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
  // without a memo there is nothing to look up: no key is hashed (a cold run at scale)
  if (memo === noMemo) return [header, ...(await printer.print(items))];
  const keys = items.map((item) => memoKey('ts', PRINTER_VERSION, item.kind, JSON.stringify(item.d)));
  const texts = keys.map((k) => memo.get(k));
  const missing = texts.flatMap((t, i) => (t === undefined ? [i] : []));
  const printed = await printer.print(missing.map((i) => items[i]));
  missing.forEach((i, k) => {
    texts[i] = printed[k];
    memo.set(keys[i], printed[k]);
  });
  return [header, ...(texts as string[])];
}

/** Bumped when the printing changes, so old cached text is not reused. */
const PRINTER_VERSION = 'ts-morph-28-2';
