import type { TsDeclarations } from './structures.js';

/** Prints the structures with ts-morph, loaded here only: no other stage pays for it. */
export async function printDeclarations(declarations: TsDeclarations, header: string): Promise<string> {
  const { Project, IndentationText, QuoteKind } = await import('ts-morph');
  const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single } });
  const file = project.createSourceFile('types.ts', header);
  file.addInterfaces(declarations.interfaces);
  file.addTypeAliases(declarations.aliases);
  return file.getFullText();
}
