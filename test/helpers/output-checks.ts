import { Ajv2020 } from 'ajv/dist/2020.js';
import { ts } from 'ts-morph';
import { INTEGER_FORMATS } from '../../generator/emit/schema/schemas.js';

/** Syntax errors of generated TypeScript (parse only: fast, no type check). */
export function syntaxErrors(path: string, code: string): string[] {
  const file = ts.createSourceFile(path, code, ts.ScriptTarget.ES2022, true);
  return (file as unknown as { parseDiagnostics: Array<{ messageText: unknown }> }).parseDiagnostics.map((d) => `${path}: ${typeof d.messageText === 'string' ? d.messageText : JSON.stringify(d.messageText)}`);
}

/** Compiles a schema text with strict Ajv 2020; returns the error, if any. */
export function schemaError(text: string): string | undefined {
  try {
    const ajv = new Ajv2020({ strict: true });
    for (const f of INTEGER_FORMATS) ajv.addFormat(f, true);
    ajv.compile(JSON.parse(text));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
