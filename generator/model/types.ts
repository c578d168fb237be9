import type { Diagnostic, Lang } from '../shared/diagnostic.js';
import type { SourceFormat } from '../sources/types.js';

/** Bumped on any incompatible change of the model's shape; see model/model.schema.json. */
export const MODEL_VERSION = '1.2.0';

export type { Lang };

/** Text in each language the docs give it in. */
export type Localized = Partial<Record<Lang, string>>;

export interface SourceRef {
  file: string;
  line: number;
  lang: Lang;
}

export type IntegerFormat = 'int32' | 'int64' | 'uint32' | 'uint64';

/** The type of a field. `unknown` is explicit: there is never a silent `any`. */
export type TypeRef =
  | { kind: 'string' }
  | { kind: 'integer'; format?: IntegerFormat }
  | { kind: 'number'; format?: 'float' | 'double' }
  | { kind: 'boolean' }
  | { kind: 'array'; items: TypeRef }
  /** A reference to `Model.structs[struct]`. */
  | { kind: 'ref'; struct: string }
  /** An inline object, e.g. from dotted names (`Error.Code`) or an example. */
  | { kind: 'object'; fields: Field[] }
  /** One of several types, as the docs spell it (`String/Number`). */
  | { kind: 'union'; types: TypeRef[] }
  | { kind: 'unknown' };

export interface EnumValue {
  value: string | number;
  description?: Localized;
}

export interface EnumSpec {
  values: EnumValue[];
  /**
   * closed: the docs list the values as the complete set (emitted as a literal union).
   * open: the values are examples only (emitted as known literals plus the base type).
   */
  closed: boolean;
  /** Where the values were read: a description, a `| 值 | 含义 |` table, or the example column. */
  source: 'description' | 'value-table' | 'example-column' | 'override';
  /** The doc line (the overrides file's line when `source` is `override`). */
  line: number;
}

export type TypeSource = 'documented' | 'inferred-from-example';

export interface Field {
  name: string;
  type: TypeRef;
  /** The type cell as written, e.g. `**Array of [RecordFile](#recordfile)**`. */
  typeSpelling?: string;
  typeSource: TypeSource;
  required: boolean;
  /** Why `required` is what it is, in words: `required column "否"`, `description says "仅…时有效"`. */
  requiredReason: string;
  nullable: boolean;
  description: Localized;
  enum?: EnumSpec;
  /** The value in the table's example column, parsed when it is a literal. */
  example?: unknown;
  sources: SourceRef[];
  /**
   * What each language's page says of the field, kept only when the event or API is documented
   * in more than one language (the merged facts above cannot show a disagreement).
   */
  perLang?: Partial<Record<Lang, FieldFacts>>;
  /**
   * Set when `docs-src/overrides.json` corrects the field locally: the facts above are the
   * overridden ones, `documented` what the docs say (null for a field the docs do not list).
   */
  override?: {
    reason: string;
    source: { file: string; line: number };
    documented: OverrideFacts | null;
  };
}

/** The facts an override can change: what the docs say, or what the override makes of them. */
export interface OverrideFacts {
  type: TypeRef;
  /** The type cell as written, when the docs give one. */
  typeSpelling?: string;
  required: boolean;
  nullable: boolean;
  enumValues?: Array<string | number>;
  enumClosed?: boolean;
}

/** One field an entry of overrides.json changed: both facts, the reason, and both places. */
export interface AppliedOverride {
  product: string;
  event: string;
  version: string | null;
  /** The entry's path from the payload: `Info.RoomId`, `Items[].Id`. */
  path: string;
  action: 'set' | 'add' | 'remove';
  reason: string;
  /** The entry in the overrides file. */
  source: { file: string; line: number };
  /** What the docs say; null for a field the docs do not list (added). */
  documented: OverrideFacts | null;
  /** What the model says now; null for a removed field. */
  overridden: OverrideFacts | null;
  /** The doc line the override contradicts (the field's row, or the event's section for an added field). */
  contradicts: { file: string; line: number } | null;
}

export interface FieldFacts {
  type: TypeRef;
  typeSource: TypeSource;
  required: boolean;
  nullable: boolean;
  enumValues?: Array<string | number>;
  file: string;
  line: number;
}

/** A JSON example from the docs; `value` is absent when the text is not valid JSON. */
export interface Example {
  /** payload: EventData only; envelope: the whole callback body; response/request: API examples. */
  kind: 'payload' | 'envelope' | 'response' | 'request';
  title?: string;
  raw: string;
  value?: unknown;
  /** `overLimit`: valid JSON over a limit (nesting depth), never read, and given no fixture. */
  error?: { message: string; line: number; column: number; overLimit?: boolean };
  /** Best-effort repair of invalid JSON (trailing commas, full-width punctuation), used only to infer types. */
  repaired?: unknown;
  /**
   * Where the event's own object sits in the example when the example wraps it (a reliable-delivery
   * response that lists events: `['Response', 'EventSet', 0]`); absent when it is the whole example.
   */
  payloadPath?: Array<string | number>;
  /** For a whole callback body (`kind: 'envelope'`): the key that names the event and the member that carries the payload. */
  envelope?: { discriminator: string; payload: string };
  source: SourceRef;
}

/**
 * The value a callback body carries to name its event: `CallbackCommand` = `Group.CallbackAfterSendMsg`,
 * `event_type` = `1`. `payloadPath` is where the payload sits below the discriminator's object: empty
 * when the payload's fields are the body's own, `['data']` when a `data` member carries them.
 */
export interface EventDiscriminator {
  key: string;
  value: string | number;
  payloadPath: string[];
  /** The recogniser and the evidence, in words: `code table at line 12`, `"固定为 X" in the row at line 40`. */
  evidence: string;
}

/** What the receiver must answer: a documented reply table and its examples. */
export interface EventReply {
  fields: Field[];
  examples: Example[];
  sources: SourceRef[];
}

export interface CallbackEvent {
  /** `product/EventType` or `product/EventType@version`. */
  id: string;
  product: string;
  eventType: string;
  /** The dated version (`2020-12-01`), or null for an undated event. */
  version: string | null;
  /** Unique TypeScript name of the payload type, version folded in. */
  typeName: string;
  /** Short name per language (the heading, e.g. `推流结束`). */
  title: Localized;
  summary: Localized;
  sources: SourceRef[];
  fields: Field[];
  examples: Example[];
  /** Key of `Model.envelopes` when the product's callback envelope is known. */
  envelope?: string;
  /** How the body names this event, when the page says so (numeric codes, command strings). */
  discriminator?: EventDiscriminator;
  /** A name the docs give a numeric code (`直播推流` for `event_type = 1`), kept as an alias. */
  alias?: Localized;
  /** The reply the receiver must send, when the page documents one. */
  reply?: EventReply;
  /** URL query parameters of the callback request, when the page documents them. */
  query?: Field[];
}

export interface ErrorCode {
  code: string;
  description: Localized;
  line: number;
}

export interface ApiAction {
  /** `product/Action@apiVersion`. */
  id: string;
  product: string;
  action: string;
  apiVersion: string | null;
  /** Base TypeScript name; emitters add `Request` / `Response`. */
  typeName: string;
  summary: Localized;
  domain?: string;
  rateLimit?: { count: number; per: string };
  regions?: string[];
  sources: SourceRef[];
  input: Field[];
  output: Field[];
  errors: ErrorCode[];
  examples: Example[];
  /** Key that wraps every response body, e.g. `Response` (Tencent Cloud API 3.0), when the examples show one. */
  responseWrapper?: string;
}

export interface Struct {
  /** Stable id: `product/Name`, or `product/Name~Owner` when one name has several shapes. */
  id: string;
  product: string;
  name: string;
  typeName: string;
  /** Anchor ids that point at this definition. */
  anchors: string[];
  description: Localized;
  fields: Field[];
  sources: SourceRef[];
  /** Ids of events and APIs that use the struct (directly or through another struct). */
  usedBy: string[];
}

/** The callback envelope of a product (`EventType`, `EventData`, `Sign`, …), known from examples. */
export interface Envelope {
  product: string;
  typeName: string;
  /** Name of the discriminator field, e.g. `EventType`. */
  discriminator: string;
  /** Name of the payload field, e.g. `EventData`. */
  payloadField: string;
  fields: Field[];
  sources: SourceRef[];
}

/** A row of an index table: an event the page says it documents. */
export interface CatalogueEntry {
  product: string;
  eventType: string;
  version: string | null;
  anchor?: string;
  group?: string;
  description?: string;
  file: string;
  line: number;
}

export interface DocumentInfo {
  file: string;
  product: string;
  lang: Lang;
  format: SourceFormat;
  hash: string;
  origin?: string;
}

/** What one table, list or code block of a page became, or why nothing did. */
export interface BlockUse {
  kind: 'table' | 'code' | 'list';
  line: number;
  /**
   * The role it was given, in words that name the target: `payload of live/1`, `struct StreamOnlineInfo`,
   * `values of state`, `reply of Group.CallbackAfterSendMsg`, `example of X`, `envelope`, `catalogue`.
   * Absent when the block was not used.
   */
  role?: string;
  /** The recogniser (or reader step) that claimed it: `named-section`, `numeric-codes`, `api-page`, … */
  claimedBy?: string;
  /** Why the block was not used, when `role` is absent. */
  reason?: string;
  /** What finds the block on the page: a table's header cells, a code block's language and first line, a list's first item. */
  excerpt?: string;
  /** Tables: what their columns make them (`params`, `values`, `catalogue`, `errors`, `other`). */
  tableKind?: 'params' | 'values' | 'catalogue' | 'errors' | 'other';
  /** Code blocks: the text is JSON (an example, wherever it is attached), not a URL or a program. */
  json?: boolean;
}

/** The per-page account of what the tool understood: every table, list and code block, and the yield. */
export interface PageCoverage {
  file: string;
  product: string;
  lang: Lang;
  /** Recognisers that found something on the page, in the order they ran. */
  shapes: string[];
  blocks: BlockUse[];
  events: number;
  apis: number;
  structs: number;
}

/**
 * What docs2ts learned of a product's wire format from its pages: the key that names an event
 * (a string or a number), where the payload sits (a member, or the body itself), whether events
 * answer with a documented reply, and the key API responses are wrapped in. A product's config
 * entry overrides any of it (`source: 'config'`).
 */
export interface ProductProfile {
  product: string;
  discriminator: {
    key: string;
    kind: 'string' | 'number';
    /** Where the payload sits in a body: `['data']`, or `[]` when the body is the payload. */
    payloadPath: string[];
    source: 'documented' | 'inferred' | 'config';
  } | null;
  /** Events whose bodies name themselves otherwise (or not at all): recognised only with a hint. */
  unrecognisedEvents: string[];
  replies: boolean;
  responseWrapper: string | null;
  /** The page shapes met on the product's pages (recogniser ids). */
  shapes: string[];
}

export interface Model {
  modelVersion: string;
  documents: DocumentInfo[];
  events: CallbackEvent[];
  apis: ApiAction[];
  structs: Record<string, Struct>;
  envelopes: Record<string, Envelope>;
  catalogue: CatalogueEntry[];
  /** One entry per page, sorted by file: what each block of the page became. */
  coverage: PageCoverage[];
  /** Per product: how its callback bodies and API responses are laid out, as read from its pages (or set in the config). */
  profiles: Record<string, ProductProfile>;
  /** Everything the reader and model builder noticed on the way (parse + model stages). */
  diagnostics: Diagnostic[];
  /** The local corrections of docs-src/overrides.json that changed a field; absent when none did. */
  overrides?: AppliedOverride[];
}
