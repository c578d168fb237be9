/**
 * The helpers every generated validator shares (written once at the top of `validators.ts`).
 * Errors have Ajv's shape and wording (`instancePath`, `keyword`, `params`, `message`), so the
 * package's `validate.ts`, the fixture tests and users reading `validate_X.errors` see what
 * Ajv would report, in Ajv's order (allErrors mode). No `schemaPath`: nothing reads it.
 */
export const RUNTIME_HELPERS = `const hasOwn = Object.prototype.hasOwnProperty;
function fail(e, p, keyword, params, message) { e.push({ instancePath: p, keyword, params, message }); }
function typeError(e, p, type) { fail(e, p, "type", { type }, "must be " + type); }
function isObject(x) { return x !== null && typeof x === "object" && !Array.isArray(x); }
function isNumber(x) { return typeof x === "number" && isFinite(x); }
function isInteger(x) { return typeof x === "number" && Number.isInteger(x); }
function has(x, k) { return x[k] !== undefined && hasOwn.call(x, k); }
function requireAll(x, p, e, keys) { for (const k of keys) if (!has(x, k)) fail(e, p, "required", { missingProperty: k }, "must have required property '" + k + "'"); }
function oneOfValues(x, p, e, values) { if (!values.includes(x)) fail(e, p, "enum", { allowedValues: values }, "must be equal to one of the allowed values"); }
function atMost(x, p, e, limit) { if (x > limit) fail(e, p, "maximum", { comparison: "<=", limit }, "must be <= " + limit); }
function atLeast(x, p, e, limit) { if (x < limit) fail(e, p, "minimum", { comparison: ">=", limit }, "must be >= " + limit); }
function anyOf(x, p, e, branches) {
  const before = e.length;
  for (const branch of branches) {
    const start = e.length;
    branch(x, p, e);
    if (e.length === start) { e.length = before; return; }
  }
  fail(e, p, "anyOf", {}, "must match a schema in anyOf");
}
function eachItem(x, p, e, check) { for (let i = 0; i < x.length; i++) check(x[i], p + "/" + i, e); }
function validator(check) {
  const validate = (data) => { const e = []; check(data, "", e); validate.errors = e.length ? e : null; return e.length === 0; };
  validate.errors = null;
  return validate;
}
`;
