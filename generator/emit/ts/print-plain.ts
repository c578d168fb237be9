import type { PrintItem } from './print-items.js';

/**
 * Prints the declaration shapes the emit builds (exported interfaces of property signatures,
 * type aliases, one-paragraph-or-more JSDoc) without ts-morph, byte for byte as ts-morph 28
 * prints them (two-space indent, LF): loading ts-morph and its compiler costs about a second of
 * CPU on a cold run, printing this way a few milliseconds.
 *
 * ts-morph's writer (code-block-writer) tracks strings, comments and regular expressions in the
 * text it writes, and that state decides whether a line gets its indentation, and whether a
 * stray `*\/` is written before the next member. The template below is what it writes when that
 * state stays clean: code lines (names, types) without line breaks, and without `/` or
 * backticks outside string literals; doc text without `*\/`, a carriage return or a line
 * separator. The types must be valid TypeScript (what buildDeclarations writes): ts-morph parses
 * them, and a broken type ends the declaration elsewhere. Anything else (or any structure
 * key this module does not know) is declined (`undefined`) and goes to ts-morph.
 */
export function printPlain(item: PrintItem): string | undefined {
  return item.kind === 'interface' ? plainInterface(item.d) : plainAlias(item.d);
}

const INDENT = '  ';
const INTERFACE_KEYS = new Set(['name', 'isExported', 'docs', 'properties']);
const PROPERTY_KEYS = new Set(['name', 'type', 'hasQuestionToken', 'docs']);
const ALIAS_KEYS = new Set(['name', 'isExported', 'type', 'docs']);

type Interface = Extract<PrintItem, { kind: 'interface' }>['d'];
type Alias = Extract<PrintItem, { kind: 'alias' }>['d'];
type Docs = Interface['docs'];

function plainInterface(d: Interface): string | undefined {
  if (!knownKeys(d, INTERFACE_KEYS) || !plainCode(d.name)) return undefined;
  const docs = plainDocs(d.docs, '');
  const header = `${d.isExported ? 'export ' : ''}interface ${d.name} {`;
  if (docs === undefined || !plainLine(header)) return undefined;
  let text = `${docs}${header}\n`;
  for (const p of d.properties ?? []) {
    if (typeof p !== 'object' || p === null || !knownKeys(p, PROPERTY_KEYS) || !plainCode(p.name)) return undefined;
    // ts-morph leaves out an empty or blank type (`name;`); such text is not ours to mimic
    if (p.type !== undefined && !plainCode(p.type)) return undefined;
    const propertyDocs = plainDocs(p.docs, INDENT);
    const line = `${p.name}${p.hasQuestionToken ? '?' : ''}${p.type === undefined ? '' : `: ${p.type}`};`;
    if (propertyDocs === undefined || !plainLine(line)) return undefined;
    text += `${propertyDocs}${INDENT}${line}\n`;
  }
  return `${text}}\n`;
}

function plainAlias(d: Alias): string | undefined {
  if (!knownKeys(d, ALIAS_KEYS) || !plainCode(d.name) || !plainCode(d.type)) return undefined;
  const docs = plainDocs(d.docs, '');
  const line = `${d.isExported ? 'export ' : ''}type ${d.name} = ${d.type};`;
  return docs === undefined || !plainLine(line) ? undefined : `${docs}${line}\n`;
}

/** Every JSDoc block, each followed by a line break, as ts-morph's JSDoc printer writes them. */
function plainDocs(docs: Docs, indent: string): string | undefined {
  if (docs === undefined) return '';
  if (!Array.isArray(docs)) return undefined;
  let text = '';
  for (const doc of docs) {
    const description = typeof doc === 'string' ? doc : typeof doc === 'object' && doc !== null && knownKeys(doc, DOC_KEYS) && (doc.description === undefined || typeof doc.description === 'string') ? (doc.description ?? '') : undefined;
    if (description === undefined || !plainDoc(description)) return undefined;
    text += `${jsDoc(description, indent)}\n`;
  }
  return text;
}

const DOC_KEYS = new Set(['description']);

function jsDoc(description: string, indent: string): string {
  const lines = description.split('\n');
  // one line: `/** text */`, with no second space when the text is empty or ends with one
  if (lines.length === 1) return `${indent}/** ${description}${description === '' || description.endsWith(' ') ? '' : ' '}*/`;
  let text = `${indent}/**\n`;
  // a leading line break is not a line of the comment
  for (let i = lines[0] === '' ? 1 : 0; i < lines.length; i++) text += `${indent} *${lines[i] ? ` ${lines[i]}` : ''}\n`;
  return `${text}${indent} */`;
}

/** Names and types: text on one line. */
function plainCode(text: unknown): text is string {
  return typeof text === 'string' && text.trim() !== '' && !/[\n\r\u2028\u2029]/.test(text);
}

/**
 * A line of code as ts-morph's writer reads it: quotes open and close strings (a quote after a
 * backslash does neither), and outside a string there is no `/` (a comment or a regular
 * expression to it) and no backtick (a template string, which would outlive the line). A quote
 * still open at the end of the line is closed by the line break.
 */
function plainLine(line: string): boolean {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'" || c === '"') {
      if (line[i - 1] === '\\') continue;
      if (quote === c) quote = '';
      else if (quote === '') quote = c;
    } else if ((c === '/' || c === '`') && quote === '') return false;
  }
  return true;
}

/** Doc text: nothing that ends the comment early or breaks a line another way than `\n`. */
function plainDoc(text: string): boolean {
  return !text.includes('*/') && !/[\r\u2028\u2029]/.test(text);
}

function knownKeys(structure: object, known: Set<string>): boolean {
  return Object.entries(structure).every(([key, value]) => value === undefined || known.has(key));
}
