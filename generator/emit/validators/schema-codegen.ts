import { createHash } from 'node:crypto';
import type { JsonSchema } from '../schema/schemas.js';
import { INTEGER_FORMATS } from '../schema/schemas.js';
import { stringLiteral, typeIdentifier } from '../text-safety.js';

/**
 * Validator code from our own schema walker, for the shapes the model's schemas use: objects,
 * required, primitive types and type arrays, integer ranges, enums, arrays, local `$ref`s (also
 * recursive) and `anyOf`. Anything else makes `compile` answer `undefined`, and the caller falls
 * back to Ajv. The checks follow Ajv's order and wording in allErrors mode (type first unless the
 * type's own keyword group checks it, then $ref, enum, anyOf, then the number, string, array and
 * object groups), so the errors are the ones Ajv would give.
 *
 * Code is shared: every check function is named by the hash of its body, so two schemas with
 * the same struct, field shape or enum share one declaration.
 */
export class ValidatorCodegen {
  private readonly declarations = new Map<string, string>();

  /** The name of the check function for a whole schema document, or undefined if it cannot be expressed. */
  compile(schema: JsonSchema): string | undefined {
    if (unsupported(schema, schema)) return undefined;
    return new DocumentCodegen(schema, this).functionFor(schema);
  }

  /** Every declaration made so far, in the order they were first needed. */
  source(): string {
    return [...this.declarations.values()].join('\n');
  }

  /** Declares `code` under `name` once; a different body under the same name is a hash collision. */
  declare(name: string, code: string): string {
    const existing = this.declarations.get(name);
    if (existing !== undefined && existing !== RESERVED && existing !== code) throw new Error(`validator code: two declarations hash to ${name}`);
    this.declarations.set(name, code);
    return name;
  }

  /** Every declaration made so far, name and code, in order. */
  entries(): Array<[string, string]> {
    return [...this.declarations];
  }

  has(name: string): boolean {
    return this.declarations.has(name);
  }

  /** Holds a name (and its place) while its body is built: a recursive reference finds it. */
  reserve(name: string): void {
    this.declarations.set(name, RESERVED);
  }
}

const RESERVED = '';

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);
const ANNOTATIONS = new Set(['title', 'description', '$comment']);
const NODE_KEYWORDS = new Set(['type', 'enum', '$ref', 'anyOf', 'properties', 'required', 'additionalProperties', 'items', 'minimum', 'maximum', 'format', ...ANNOTATIONS]);
const ROOT_KEYWORDS = new Set([...NODE_KEYWORDS, '$schema', '$id', '$defs']);

/** Ajv's keyword groups per data type: a single type whose group is in use is checked inside it. */
const GROUPS: Record<string, string[]> = {
  number: ['maximum', 'minimum', 'format'],
  string: ['format'],
  array: ['items'],
  object: ['required', 'additionalProperties', 'properties'],
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Why the walker cannot express a schema (a path to the first offending keyword), or undefined. */
export function unsupported(node: unknown, root: JsonSchema, at = '#', isRoot = true): string | undefined {
  if (node === true) return undefined;
  if (!isPlainObject(node)) return at;
  for (const [key, value] of Object.entries(node)) {
    const here = `${at}/${key}`;
    if (!(isRoot ? ROOT_KEYWORDS : NODE_KEYWORDS).has(key)) return here;
    switch (key) {
      case 'type': {
        const list = Array.isArray(value) ? value : [value];
        if (list.length === 0 || new Set(list).size !== list.length || !list.every((t) => typeof t === 'string' && TYPES.has(t))) return here;
        break;
      }
      case 'enum':
        if (!Array.isArray(value) || value.length === 0 || !value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) return here;
        break;
      case '$ref':
        if (typeof value !== 'string' || defName(value, root) === undefined) return here;
        break;
      case 'anyOf':
        if (!Array.isArray(value) || value.length === 0) return here;
        for (const [i, branch] of value.entries()) {
          const why = unsupported(branch, root, `${here}/${i}`, false);
          if (why) return why;
        }
        break;
      case 'properties':
      case '$defs':
        if (!isPlainObject(value)) return here;
        for (const [name, sub] of Object.entries(value)) {
          const why = unsupported(sub, root, `${here}/${name}`, false);
          if (why) return why;
        }
        break;
      case 'required':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return here;
        break;
      case 'additionalProperties':
        if (!alwaysValid(value)) return here;
        break;
      case 'items': {
        const why = unsupported(value, root, here, false);
        if (why) return why;
        break;
      }
      case 'minimum':
      case 'maximum':
        if (typeof value !== 'number' || !Number.isFinite(value)) return here;
        break;
      case 'format':
        // formats are registered as always valid (see INTEGER_FORMATS); any other needs Ajv
        if (typeof value !== 'string' || !INTEGER_FORMATS.includes(value)) return here;
        break;
      default:
    }
  }
  return undefined;
}

/** The `$defs` member a local reference names (`#/$defs/Name`), if the root has it. */
function defName(ref: string, root: JsonSchema): string | undefined {
  const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
  if (!m) return undefined;
  const name = m[1].replace(/~1/g, '/').replace(/~0/g, '~');
  const defs = root.$defs;
  return isPlainObject(defs) && Object.prototype.hasOwnProperty.call(defs, name) ? name : undefined;
}

/** A schema that accepts everything: `true`, or only annotations. */
function alwaysValid(node: unknown): boolean {
  return node === true || (isPlainObject(node) && Object.keys(node).every((k) => ANNOTATIONS.has(k)));
}

function typesOf(node: Record<string, unknown>): string[] {
  const t = node.type;
  return t === undefined ? [] : Array.isArray(t) ? (t as string[]) : [t as string];
}

function groupUsed(node: Record<string, unknown>, type: string): boolean {
  return (GROUPS[type] ?? []).some((k) => node[k] !== undefined);
}

function typeTest(type: string, x: string): string {
  switch (type) {
    case 'string':
    case 'boolean':
      return `typeof ${x} === "${type}"`;
    case 'number':
      return `isNumber(${x})`;
    case 'integer':
      return `isInteger(${x})`;
    case 'null':
      return `${x} === null`;
    case 'object':
      return `isObject(${x})`;
    default:
      return `Array.isArray(${x})`;
  }
}

const functionBody = (statements: string[]): string => statements.join('\n  ');

/** JSON pointer segment (RFC 6901), as Ajv writes it in `instancePath`. */
const pointerSegment = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Code generation inside one schema document (its `$defs` resolve against it). */
class DocumentCodegen {
  private readonly defs: Record<string, unknown>;
  private readonly defNames = new Map<string, string>();

  constructor(
    private readonly root: JsonSchema,
    private readonly out: ValidatorCodegen,
  ) {
    this.defs = isPlainObject(root.$defs) ? root.$defs : {};
  }

  /** A function `(x, p, e)` that checks `node`, declared once per distinct body. */
  functionFor(node: unknown): string {
    const body = functionBody(this.statements(node, 'x', 'p'));
    return this.out.declare(`check_${hash(body)}`, `function check_${hash(body)}(x, p, e) {\n  ${body}\n}`);
  }

  /**
   * A `$defs` member's function, named by the member and everything it reaches, so the same
   * struct in many documents is one function (and a recursive one can call itself).
   */
  private defFunction(ref: string): string {
    const name = defName(ref, this.root)!;
    const known = this.defNames.get(name);
    if (known) return known;
    const closure = this.reachableDefs(name);
    const fn = `def_${typeIdentifier(name)}_${hash(JSON.stringify([name, closure.map((n) => [n, withoutAnnotations(this.defs[n])])]))}`;
    this.defNames.set(name, fn);
    if (!this.out.has(fn)) {
      this.out.reserve(fn);
      const body = functionBody(this.statements(this.defs[name], 'x', 'p'));
      this.out.declare(fn, `function ${fn}(x, p, e) {\n  ${body}\n}`);
    }
    return fn;
  }

  /** Whether a \`$defs\` member reaches itself through its references. */
  private recursive(name: string): boolean {
    return this.reachableDefs(name, false).includes(name);
  }

  /** The \`$defs\` members reachable from one (itself included when \`withStart\`), sorted. */
  private reachableDefs(start: string, withStart = true): string[] {
    const seen = new Set<string>(withStart ? [start] : []);
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!isPlainObject(node)) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const name = defName(value, this.root);
          if (name && !seen.has(name)) {
            seen.add(name);
            visit(this.defs[name]);
          }
        } else if (key !== 'enum' && key !== 'required') visit(value);
      }
    };
    visit(this.defs[start]);
    return [...seen].sort();
  }

  private constant(value: unknown): string {
    const text = JSON.stringify(value);
    const name = `values_${hash(text)}`;
    return this.out.declare(name, `const ${name} = ${text.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')};`);
  }

  /**
   * Statements that check the value \`x\` (an expression) at path \`p\` (an expression, only
   * evaluated to report an error), pushing errors to \`e\`. Nested objects, items and anyOf
   * branches are inlined, as Ajv does, so a valid value builds no path strings; \`depth\` keeps
   * the names of nested locals apart.
   */
  private statements(nodeIn: unknown, x: string, p: string, depth = 0): string[] {
    if (alwaysValid(nodeIn)) return [];
    const node = nodeIn as Record<string, unknown>;
    const types = typesOf(node);
    const single = types.length === 1 ? types[0] : undefined;
    const inGroup = single !== undefined && groupUsed(node, single);
    const typeParam = single !== undefined ? JSON.stringify(single) : JSON.stringify(types);
    const wrongType = `typeError(e, ${p}, ${typeParam});`;
    const out: string[] = [];
    if (types.length > 0 && !inGroup) out.push(`if (!(${types.map((t) => typeTest(t, x)).join(' || ')})) ${wrongType}`);
    if (typeof node.$ref === 'string') {
      // a struct that cannot reach itself is inlined like any nested object; a recursive one is a function
      const name = defName(node.$ref, this.root)!;
      out.push(this.recursive(name) ? `${this.defFunction(node.$ref)}(${x}, ${p}, e);` : this.statements(this.defs[name], x, p, depth + 1).join(' '));
    }
    if (Array.isArray(node.enum)) {
      const values = this.constant(node.enum);
      // a short list is compared inline, as Ajv does; a long one is searched
      const test = node.enum.length <= 8 ? node.enum.map((value) => `${x} !== ${typeof value === 'string' ? stringLiteral(value) : JSON.stringify(value)}`).join(' && ') : `!${values}.includes(${x})`;
      out.push(`if (${test}) enumError(e, ${p}, ${values});`);
    }
    if (Array.isArray(node.anyOf) && !node.anyOf.some(alwaysValid)) out.push(this.anyOf(node.anyOf, x, p, depth));
    // the typed groups, in Ajv's order; a single type whose group is in use is checked here
    const group = (type: string, test: string, checks: string[]): void => {
      if (!groupUsed(node, type)) return;
      const own = single === type;
      if (checks.length === 0 && !own) return;
      const body = checks.length ? `{ ${checks.join(' ')} }` : '{}';
      out.push(`if (${test}) ${body}${own ? ` else ${wrongType}` : ''}`);
    };
    const numberChecks: string[] = [];
    if (typeof node.maximum === 'number') numberChecks.push(`if (${x} > ${node.maximum}) maximumError(e, ${p}, ${node.maximum});`);
    if (typeof node.minimum === 'number') numberChecks.push(`if (${x} < ${node.minimum}) minimumError(e, ${p}, ${node.minimum});`);
    group('number', `isNumber(${x})`, numberChecks);
    group('string', `typeof ${x} === "string"`, []);
    group('array', `Array.isArray(${x})`, this.itemChecks(node, x, p, depth));
    group('object', `isObject(${x})`, this.objectChecks(node, x, p, depth));
    return out;
  }

  /** Each branch in turn until one adds no error; then the branches' errors are dropped, else anyOf fails. */
  private anyOf(branches: unknown[], x: string, p: string, depth: number): string {
    const [before, start, ok] = [`before${depth}`, `start${depth}`, `ok${depth}`];
    const tries = branches.map((b, i) => `${i ? `if (!${ok}) ` : ''}{ const ${start} = e.length; ${this.statements(b, x, p, depth + 1).join(' ')} ${ok} = e.length === ${start}; }`);
    return `{ const ${before} = e.length; let ${ok} = false; ${tries.join(' ')} if (${ok}) e.length = ${before}; else anyOfError(e, ${p}); }`;
  }

  private itemChecks(node: Record<string, unknown>, x: string, p: string, depth: number): string[] {
    if (node.items === undefined || alwaysValid(node.items)) return [];
    const [i, v] = [`i${depth}`, `v${depth}`];
    return [`for (let ${i} = 0; ${i} < ${x}.length; ${i}++) { const ${v} = ${x}[${i}]; ${this.statements(node.items, v, `${p} + "/" + ${i}`, depth + 1).join(' ')} }`];
  }

  private objectChecks(node: Record<string, unknown>, x: string, p: string, depth: number): string[] {
    const checks: string[] = [];
    // one named read per key (a loop over the keys would make every read a slow keyed one)
    for (const key of Array.isArray(node.required) ? (node.required as string[]) : []) {
      const k = stringLiteral(key);
      checks.push(`if (${x}[${k}] === undefined || !hasOwn.call(${x}, ${k})) missing(e, ${p}, ${k});`);
    }
    const properties = isPlainObject(node.properties) ? node.properties : {};
    const v = `v${depth}`;
    for (const [key, sub] of Object.entries(properties)) {
      // Ajv never validates a property named __proto__ (`required` still sees it)
      if (key === '__proto__' || alwaysValid(sub)) continue;
      const k = stringLiteral(key);
      const check = this.statements(sub, v, `${p} + ${stringLiteral(`/${pointerSegment(key)}`)}`, depth + 1).join(' ');
      checks.push(`{ const ${v} = ${x}[${k}]; if (${v} !== undefined && hasOwn.call(${x}, ${k})) { ${check} } }`);
    }
    return checks;
  }
}

/** A schema without `title` and `description`; keys under `properties` and `$defs` are names and stay. */
export function withoutAnnotations<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations) as T;
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (key === 'title' || key === 'description') continue;
    if (key === 'properties' || key === '$defs') out[key] = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([name, sub]) => [name, withoutAnnotations(sub)]));
    else if (key === 'items' || key === 'anyOf' || key === 'allOf' || key === 'oneOf' || key === 'not' || key === 'additionalProperties') out[key] = withoutAnnotations(value);
    else out[key] = value;
  }
  return out as T;
}
