// a type-only import: erased, so ts-morph is still loaded only when something is printed
import type { Project } from 'ts-morph';
import type { TsDeclarations } from './structures.js';

let project: Promise<Project> | undefined;

async function newProject(): Promise<Project> {
  const { Project, IndentationText, QuoteKind } = await import('ts-morph');
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
export async function printItems(items: PrintItem[], batch = PRINT_BATCH): Promise<string[]> {
  if (items.length === 0) return [];
  // one project per thread, made on first use: watch prints again and again on a warm printer
  project ??= newProject();
  const p = await project;
  const texts: string[] = [];
  for (let start = 0; start < items.length; start += batch) texts.push(...printBatch(p, items.slice(start, start + batch)));
  return texts;
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
