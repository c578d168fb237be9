import { recognise } from './recognise.js';
import type { EventEntry, RuntimeRegistry } from './registry.js';
import { verifyWithScheme, type HeaderBag, type SignatureScheme, type VerifyOptions } from './signature.js';
import { createValidation, parseBody, type ValidationError } from './validate.js';

export interface CallbackHandlerOptions {
  /** `strict` (default): a body that breaks the docs is refused (400) and so is a handler's reply that breaks them (500). `lenient`: a recognised event is dispatched anyway, its violations in `context.errors`. */
  mode?: 'strict' | 'lenient';
  /** Only this product's callbacks (two products may use one event name). */
  product?: string;
  /** The signing key, one for all or one per product: when given, a callback without a valid signature is refused (401). */
  key?: string | Record<string, string>;
  /** Clock and tolerance of the signature's time check. */
  verify?: VerifyOptions;
  /** The body of an error response (default `{ error, message, errors }`). */
  errorReply?: (problem: CallbackProblem) => unknown;
}

export interface CallbackProblem {
  status: 400 | 401 | 500;
  reason: 'invalid-json' | 'unrecognised' | 'invalid' | 'signature' | 'handler-failed' | 'invalid-reply';
  message: string;
  errors: ValidationError[];
  product?: string;
  event?: string;
}

/** What to send back: the status and the JSON body (`null`: an empty body). */
export interface CallbackResponse {
  status: number;
  body: unknown;
}

export interface HandlerContext {
  product: string;
  event: string;
  version: string | null;
  typeName: string;
  /** Violations of a body dispatched in lenient mode; empty in strict mode. */
  errors: ValidationError[];
  headers: HeaderBag;
}

export type AnyCallbackHandler = (payload: unknown, body: unknown, context: HandlerContext) => unknown;

/** The handler over one registry: recognise, verify the signature, validate, dispatch by event, answer as the docs prescribe. */
export function createHandlerWith(
  registry: RuntimeRegistry,
  signatures: Record<string, SignatureScheme>,
  handlers: Record<string, AnyCallbackHandler | undefined>,
  options: CallbackHandlerOptions = {},
): (rawBody: string | Uint8Array, headers?: HeaderBag) => Promise<CallbackResponse> {
  const validation = createValidation(registry);
  const strict = options.mode !== 'lenient';
  const fail = (problem: CallbackProblem): CallbackResponse => ({
    status: problem.status,
    body: options.errorReply ? options.errorReply(problem) : { error: problem.reason, message: problem.message, ...(problem.errors.length ? { errors: problem.errors } : {}) },
  });
  return async (rawBody, headers = {}) => {
    const text = typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody);
    const parsed = parseBody(text);
    if (!parsed.ok) return fail({ status: 400, reason: 'invalid-json', message: parsed.errors[0].message, errors: [] });
    const hint = options.product ? { product: options.product } : {};
    const recognised = recognise(registry, parsed.value, hint);
    if (!recognised.ok) return fail({ status: 400, reason: 'unrecognised', message: 'cannot recognise the event: ' + recognised.reason, errors: [] });
    const product = recognised.candidates[0].entry.product;
    const key = typeof options.key === 'string' ? options.key : options.key && Object.prototype.hasOwnProperty.call(options.key, product) ? options.key[product] : undefined;
    if (options.key !== undefined) {
      const verified = key ? await verifyWithScheme(Object.prototype.hasOwnProperty.call(signatures, product) ? signatures[product] : undefined, text, headers, key, options.verify) : { ok: false as const, message: 'no key for ' + product };
      if (!verified.ok) return fail({ status: 401, reason: 'signature', message: verified.message, errors: [], product });
    }
    const result = validation.validateCallback(parsed.value, hint);
    let entry: EventEntry | undefined;
    let payload: unknown;
    let errors: ValidationError[] = [];
    if (result.ok) {
      entry = registry.events.find((e) => e.typeName === result.typeName);
      payload = result.value;
    } else if (!strict && result.typeName) {
      const candidate = recognised.candidates.find((c) => c.entry.typeName === result.typeName);
      entry = candidate?.entry;
      payload = candidate?.payload;
      errors = result.errors;
    }
    if (!entry) return fail({ status: 400, reason: 'invalid', message: 'the callback does not match the docs', errors: result.ok ? [] : result.errors, product, ...(result.ok ? {} : result.event !== undefined ? { event: result.event } : {}) });
    const handler = Object.prototype.hasOwnProperty.call(handlers, entry.eventType) ? handlers[entry.eventType] : undefined;
    let reply: unknown;
    if (handler) {
      try {
        reply = await handler(payload, parsed.value, { product: entry.product, event: entry.eventType, version: entry.version, typeName: entry.typeName, errors, headers });
      } catch {
        // the handler's error stays on the server: its message may hold anything
        return fail({ status: 500, reason: 'handler-failed', message: 'the handler of ' + entry.eventType + ' failed', errors: [], product, event: entry.eventType });
      }
    }
    // nothing returned: the docs' own reply example, when they prescribe a reply
    if (reply === undefined) reply = entry.reply?.example;
    if (reply !== undefined && entry.reply && strict) {
      const replyErrors = validation.validatePayload(entry.reply.typeName, reply);
      if (replyErrors.length) return fail({ status: 500, reason: 'invalid-reply', message: 'the reply to ' + entry.eventType + ' does not match the docs', errors: replyErrors, product, event: entry.eventType });
    }
    return { status: 200, body: reply === undefined ? null : reply };
  };
}

/** Violations of a reply to an event, against the reply the docs prescribe for it. */
export function validateReplyWith(registry: RuntimeRegistry, event: string, reply: unknown, product?: string): ValidationError[] {
  const entry = registry.events.find((e) => e.eventType === event && e.reply && (!product || e.product === product));
  if (!entry?.reply) return [{ path: '', keyword: 'reply', message: 'the docs prescribe no reply to ' + event }];
  return createValidation(registry).validatePayload(entry.reply.typeName, reply);
}

/** The parts of Node's IncomingMessage and ServerResponse the adapter uses (no Node types needed). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  headers: HeaderBag;
}
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string): unknown;
}

/** A `node:http` request listener (also Express without a body parser): reads the raw body, answers JSON. */
export function toNodeListener(handle: (rawBody: string | Uint8Array, headers?: HeaderBag) => Promise<CallbackResponse>): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of req) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
    const raw = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const c of chunks) {
      raw.set(c, offset);
      offset += c.length;
    }
    const response = await handle(raw, req.headers);
    res.statusCode = response.status;
    if (response.body === null) return void res.end();
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(response.body));
  };
}
