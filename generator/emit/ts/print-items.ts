import { createRequire } from 'node:module';
// type-only imports: erased, so ts-morph is still loaded only when something is printed
import type { Project } from 'ts-morph';
import type * as TsMorph from 'ts-morph';
import type { TsDeclarations } from './structures.js';

let project: Project | undefined;

/**
 * ts-morph through require, not import(): importing a CommonJS package from ESM makes Node scan
 * its source for export names first (cjs-module-lexer over the bundled TypeScript compiler), a
 * quarter of the time it takes to load. A second call returns the loaded module.
 */
export function loadTsMorph(): typeof TsMorph {
  return createRequire(import.meta.url)('ts-morph') as typeof TsMorph;
}

function newProject(): Project {
  const { Project, IndentationText, QuoteKind } = loadTsMorph();
  return new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single } });
}

export type PrintItem = { kind: 'interface'; d: TsDeclarations['interfaces'][number] } | { kind: 'alias'; d: TsDeclarations['aliases'][number] };

/**
 * How many declarations share one scratch source file. The file is dropped after each batch, so
 * ts-morph's tree (several times the printed text) stays the size of a batch instead of the
 * whole types.ts; a declaration's text does not depend on its neighbours.
 */
export const PRINT_BATCH = 500;

/** Prints declarations with ts-morph (loaded here, lazily); returns each one's text, in order. */
export function printItems(items: PrintItem[], batch = PRINT_BATCH): Promise<string[]> {
  // a promise either way (a worker or this thread prints); a failure to load is a rejection
  return new Promise((resolve) => {
    if (items.length === 0) return resolve([]);
    // one project per thread, made on first use: watch prints again and again on a warm printer
    const p = (project ??= newProject());
    const texts: string[] = [];
    for (let start = 0; start < items.length; start += batch) texts.push(...printBatch(p, items.slice(start, start + batch)));
    resolve(texts);
  });
}

function printBatch(project: Project, items: PrintItem[]): string[] {
  const file = project.createSourceFile('declarations.ts', '', { overwrite: true });
  // bulk adds: ts-morph re-reads the file after each manipulation, so one call per kind
  const interfaces = items.flatMap((item, i) => (item.kind === 'interface' ? [{ d: item.d, i }] : []));
  const aliases = items.flatMap((item, i) => (item.kind === 'alias' ? [{ d: item.d, i }] : []));
  const texts = new Array<string>(items.length);
  file.addInterfaces(interfaces.map((x) => x.d)).forEach((node, k) => {
    texts[interfaces[k].i] = `${node.getFullText().replace(/^\n+/, '')}\n`;
  });
  file.addTypeAliases(aliases.map((x) => x.d)).forEach((node, k) => {
    texts[aliases[k].i] = `${node.getFullText().replace(/^\n+/, '')}\n`;
  });
  project.removeSourceFile(file);
  return texts;
}
