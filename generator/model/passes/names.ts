import { cmp, compareDiagnostics, type Diagnostic } from '../../shared/diagnostic.js';
import { typeIdentifier } from '../../shared/identifier.js';
import { stageDiagnostic } from '../../shared/stage-diagnostics.js';
import { pascal } from '../../shared/pascal.js';
import { memoPerObject } from '../../shared/memo-per-object.js';
import type { ModelPass } from './pass.js';
import type { ApiAction, CallbackEvent, Envelope, Field, Model, SourceRef, TypeRef } from '../types.js';
import { pushTo } from '../../shared/push-to.js';

/**
 * Names the generated package's own code declares or uses next to the doc types (`Array<…>` and
 * `Record<…>` in types.ts, the envelope's type parameters, the runtime's exported types that
 * index.ts re-exports beside types.ts), and the JavaScript globals the runtime calls (`Object.keys`,
 * `new Map`): a doc type named after one would shadow it. A doc type never takes one of them.
 */
export const RESERVED_TYPE_NAMES = [
  'Array', 'Record', 'TType', 'TData', 'ValidationError', 'CallbackResult', 'CallbackHint', 'CallbackMatch', 'ApiResponses', 'ApiResponseResult',
  'CallbackReplies', 'CallbackHandlers', 'CallbackHandlerOptions', 'CallbackResponse', 'CallbackProblem', 'HandlerContext', 'SignatureScheme', 'SignaturePart', 'SignatureResult', 'VerifyOptions', 'HeaderBag',
  'Object', 'Map', 'Set', 'WeakMap', 'Promise', 'Error', 'JSON', 'Math', 'Date', 'RegExp', 'String', 'Number', 'Boolean', 'Symbol', 'Function', 'BigInt', 'Partial', 'Readonly', 'Pick', 'Omit',
];

/** Identifiers are capped: file names are built from them, and fileSegment keeps 120 characters. */
const MAX_NAME = 100;

/** Every object type of the package under its exported name, for source maps and undocumented-field walks. */
export interface NamedTypeIndex {
  fieldsOf(name: string): Field[] | undefined;
  /** The exported name of the object type a field leads into (through arrays), if any. */
  childOf(type: TypeRef): string | undefined;
  entries(): Array<[string, Field[]]>;
}

/**
 * Every exported identifier of the generated package, decided once here: the emitters, the
 * registry, the CLI and the reports read it and never name a type themselves. Keyed by the
 * model's objects, never by their names, so two things that wanted one name never share it.
 */
export interface ExportNames {
  event(e: CallbackEvent): string;
  /** By `Struct.id`; undefined for a reference to a struct the model does not have. */
  struct(id: string): string | undefined;
  request(a: ApiAction): string;
  response(a: ApiAction): string;
  /** The HTTP body type of an API whose responses are wrapped (`{ Response: … }`). */
  responseBody(a: ApiAction): string;
  envelope(env: Envelope): string;
  /** Union of the dated versions of one event; undefined when the event has a single version. */
  versions(product: string, eventType: string): string | undefined;
  /** Whole callback body of one event type (envelope with literal discriminator). */
  callback(product: string, eventType: string): string | undefined;
  /** Union of every callback body of a product, discriminated by its envelope or by a key of the bodies themselves. */
  productCallback(product: string): string | undefined;
  /** The reply the receiver of an event sends back, when the docs give one. */
  reply(e: CallbackEvent): string | undefined;
  /** Named type of an inline object (`Error.Code` → `WhiteboardPushStopped_Error`). */
  inline(type: TypeRef): string | undefined;
  index: NamedTypeIndex;
  /** `type-name-unsafe` and `type-name-collision`: each name that had to change, and why. */
  findings: Diagnostic[];
}

/**
 * The naming pass: gives events, APIs and structs the names they want (event type with its
 * version, action, struct label), settles every exported name with `exportNames`, and records
 * the result in the model, so `typeName` in model.json is the name the package exports. Its
 * findings join the model's diagnostics. Deciding again on the result changes nothing. Runs
 * after sorting: a clash is settled in the model's order.
 */
export const typeNames: ModelPass = {
  title: 'every exported type gets its one name (unique, safe, never a name the package uses)',
  run(model) {
    const wanted: Model = {
      ...model,
      events: model.events.map((e) => ({ ...e, typeName: e.version ? `${eventBaseName(e)}_${e.version.replace(/-/g, '')}` : eventBaseName(e) })),
      apis: model.apis.map((a) => ({ ...a, typeName: apiBaseName(a.action) })),
      structs: Object.fromEntries(
        Object.entries(model.structs).map(([id, s]) => {
          const owner = s.id.includes('~') ? s.id.slice(s.id.indexOf('~') + 1) : '';
          return [id, { ...s, typeName: owner ? `${s.name}_${owner}` : s.name }];
        }),
      ),
    };
    const names = exportNames(wanted);
    return {
      ...wanted,
      events: wanted.events.map((e) => ({ ...e, typeName: names.event(e) })),
      structs: Object.fromEntries(Object.entries(wanted.structs).map(([id, s]) => [id, { ...s, typeName: names.struct(s.id)! }])),
      envelopes: Object.fromEntries(Object.entries(wanted.envelopes).map(([key, env]) => [key, { ...env, typeName: names.envelope(env) }])),
      diagnostics: [...wanted.diagnostics, ...names.findings].sort(compareDiagnostics),
    };
  },
};

/**
 * The exported names for a model, computed once per model object. On a model the naming pass has
 * run over, the names are the model's own `typeName`s (they are already safe and unique).
 */
export const exportNames: (model: Model) => ExportNames = memoPerObject((model: Model) => decideNames(model));

type Where = { sources: SourceRef[]; product?: string; event?: string; version?: string | null };

function decideNames(model: Model): ExportNames {
  // case-insensitive: schema and fixture files are named after types, and macOS/Windows folders are not case-sensitive
  const taken = new Map<string, { what: string; product?: string }>();
  for (const name of RESERVED_TYPE_NAMES) taken.set(name.toLowerCase(), { what: 'a name the package itself uses' });
  const findings: Diagnostic[] = [];
  const claim = (wanted: string, what: string, where: Where, fromDocs: boolean): string => {
    const base = typeIdentifier(wanted).slice(0, MAX_NAME);
    const at = where.sources[0] ?? { file: 'model.json', line: 1 };
    const context = { file: at.file, line: at.line, ...(where.product ? { product: where.product } : {}), ...(where.event ? { event: where.event } : {}), ...(where.version ? { version: where.version } : {}) };
    if (fromDocs && base !== wanted) {
      const why = base === 'Unnamed' ? 'has no letter or digit to build an identifier from' : 'cannot be used as it is';
      findings.push(stageDiagnostic({ code: 'type-name-unsafe', message: `The type name ${JSON.stringify(wanted)} of ${what} ${why}; it is emitted as ${base}.`, ...context }));
    }
    let name = base;
    // a doc name taken by another product or by the package first tries its product's prefix
    // (`Record` of tiw → `TiwRecord`), then a number
    const holder = taken.get(name.toLowerCase());
    const prefixed = where.product ? typeIdentifier(`${pascal(where.product)}${base}`).slice(0, MAX_NAME) : undefined;
    if (holder && holder.product !== where.product && fromDocs && prefixed && !taken.has(prefixed.toLowerCase())) name = prefixed;
    // the number keeps the name within the cap, so deciding again on the result gives the same name
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_NAME - String(n).length)}${n}`;
    if (name !== base) {
      findings.push(stageDiagnostic({ code: 'type-name-collision', message: `The type name ${base} of ${what} is already taken by ${taken.get(base.toLowerCase())?.what}; it is emitted as ${name}.`, ...context }));
    }
    taken.set(name.toLowerCase(), { what, ...(where.product ? { product: where.product } : {}) });
    return name;
  };

  const events = new Map<CallbackEvent, string>();
  for (const e of model.events) events.set(e, claim(e.typeName, `event ${e.id}`, { sources: e.sources, product: e.product, event: e.eventType, version: e.version }, true));
  const structs = new Map<string, string>();
  for (const s of Object.values(model.structs)) structs.set(s.id, claim(s.typeName, `struct ${s.id}`, s, true));
  const apis = new Map<ApiAction, { request: string; response: string; body: string }>();
  for (const a of model.apis) {
    const where = { sources: a.sources, product: a.product };
    const request = claim(`${a.typeName}Request`, `the request of API ${a.id}`, where, true);
    const response = claim(`${a.typeName}Response`, `the response of API ${a.id}`, where, true);
    const body = a.responseWrapper ? claim(`${a.typeName}ResponseBody`, `the response body of API ${a.id}`, where, true) : '';
    apis.set(a, { request, response, body });
  }
  const envelopes = new Map<Envelope, string>();
  for (const env of Object.values(model.envelopes)) envelopes.set(env, claim(env.typeName, `the callback envelope of ${env.product}`, env, true));

  const groups = versionGroups(model);
  const versions = new Map<string, string>();
  for (const [key, list] of groups) {
    if (list.length > 1) versions.set(key, claim(`${list[0].eventType}Versions`, `the version union of ${key}`, list[0], false));
  }
  const callbacks = new Map<string, string>();
  const productCallbacks = new Map<string, string>();
  for (const [envKey, env] of Object.entries(model.envelopes)) {
    for (const e of model.events) {
      const key = `${e.product}/${e.eventType}`;
      if (e.envelope !== envKey || callbacks.has(key)) continue;
      // named after the exported event name without its version suffix: `RecordStopped_20201201` → `RecordStoppedCallback`
      callbacks.set(key, claim(`${events.get(e)!.replace(/_\d{8}$/, '')}Callback`, `the callback body of ${key}`, e, false));
    }
    if (model.events.some((e) => e.envelope === envKey) && !productCallbacks.has(env.product)) {
      productCallbacks.set(env.product, claim(`${pascal(env.product)}Callback`, `the callback union of ${env.product}`, env, false));
    }
  }
  // bodies without an envelope that carry their own discriminator (a command or a code at the top level)
  for (const e of flatEvents(model)) {
    if (!productCallbacks.has(e.product)) productCallbacks.set(e.product, claim(`${pascal(e.product)}Callback`, `the callback union of ${e.product}`, e, false));
  }
  const replies = new Map<CallbackEvent, string>();
  for (const e of model.events) {
    if (e.reply) replies.set(e, claim(`${events.get(e)!}Reply`, `the reply to event ${e.id}`, { sources: e.reply.sources.length ? e.reply.sources : e.sources, product: e.product, event: e.eventType, version: e.version }, false));
  }

  // inline objects last: they are named after their owner, which must be settled first
  const inline = new Map<TypeRef, string>();
  const objects: Array<[string, Field[]]> = [];
  const visit = (owner: string, fields: Field[], where: Where): void => {
    objects.push([owner, fields]);
    for (const f of fields) {
      const t = itemsOf(f.type);
      if (t.kind !== 'object' || inline.has(t)) continue;
      const name = claim(`${owner}_${f.name}`, `the inline object ${owner}.${f.name}`, { ...where, sources: f.sources.length ? f.sources : where.sources }, false);
      inline.set(t, name);
      visit(name, t.fields, where);
    }
  };
  for (const e of model.events) visit(events.get(e)!, e.fields, { sources: e.sources, product: e.product, event: e.eventType, version: e.version });
  for (const s of Object.values(model.structs)) visit(structs.get(s.id)!, s.fields, s);
  for (const env of Object.values(model.envelopes)) visit(envelopes.get(env)!, env.fields, env);
  for (const [e, name] of replies) visit(name, e.reply!.fields, { sources: e.sources, product: e.product, event: e.eventType, version: e.version });
  for (const a of model.apis) {
    visit(apis.get(a)!.request, a.input, a);
    visit(apis.get(a)!.response, a.output, a);
  }

  const byName = new Map(objects);
  const index: NamedTypeIndex = {
    fieldsOf: (name) => byName.get(name),
    childOf: (type) => {
      const t = itemsOf(type);
      return t.kind === 'ref' ? structs.get(t.struct) : t.kind === 'object' ? inline.get(t) : undefined;
    },
    entries: () => objects,
  };
  return {
    event: (e) => events.get(e) ?? typeIdentifier(e.typeName),
    struct: (id) => structs.get(id),
    request: (a) => apis.get(a)!.request,
    response: (a) => apis.get(a)!.response,
    responseBody: (a) => apis.get(a)!.body,
    envelope: (env) => envelopes.get(env)!,
    versions: (product, eventType) => versions.get(`${product}/${eventType}`),
    callback: (product, eventType) => callbacks.get(`${product}/${eventType}`),
    productCallback: (product) => productCallbacks.get(product),
    reply: (e) => replies.get(e),
    inline: (type) => inline.get(type),
    index,
    findings: findings.sort(compareDiagnostics),
  };
}

/** Events whose whole body is their payload and names them by a top-level key (no envelope around them). */
export function flatEvents(model: Pick<Model, 'events'>): CallbackEvent[] {
  return model.events.filter((e) => !e.envelope && e.discriminator && e.discriminator.payloadPath.length === 0);
}

/** Events grouped by event type, versions in date order (undated first). */
export function versionGroups(model: Pick<Model, 'events'>): Map<string, CallbackEvent[]> {
  const groups = new Map<string, CallbackEvent[]>();
  for (const e of model.events) {
    const key = `${e.product}/${e.eventType}`;
    pushTo(groups, key, e);
  }
  for (const list of groups.values()) list.sort((a, b) => cmp(a.version ?? '', b.version ?? ''));
  return groups;
}

/**
 * An event's name as code reads it: a numeric code is named by its product and key (`cmd` 1001 of
 * classroom → `ClassroomCmd1001`), a command by its words (`Group.CallbackAfterSendMsg` →
 * `GroupCallbackAfterSendMsg`, `send_msg` → `SendMsg`); a plain event type stays as written.
 */
/**
 * An API's type name: its Action as stated (`DescribeInstances`), or for a REST operation named
 * by its request line the PascalCase of its words (`GET /v2/{project_id}/volumes` → `GetV2ProjectIdVolumes`).
 */
export function apiBaseName(action: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(action)) return action;
  return pascal(action.replace(/\b[A-Z]{2,}\b/g, (w) => w[0] + w.slice(1).toLowerCase()));
}

export function eventBaseName(e: Pick<CallbackEvent, 'eventType' | 'product' | 'discriminator'>): string {
  const d = e.discriminator;
  if (!d) return e.eventType;
  if (typeof d.value === 'number') return `${pascal(e.product)}${pascal(d.key)}${d.value < 0 ? `Minus${-d.value}` : d.value}`;
  return pascal(e.eventType) || e.eventType;
}

function itemsOf(t: TypeRef): TypeRef {
  while (t.kind === 'array') t = t.items;
  return t;
}
