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
function missing(e, p, k) { fail(e, p, "required", { missingProperty: k }, "must have required property '" + k + "'"); }
function enumError(e, p, values) { fail(e, p, "enum", { allowedValues: values }, "must be equal to one of the allowed values"); }
function maximumError(e, p, limit) { fail(e, p, "maximum", { comparison: "<=", limit }, "must be <= " + limit); }
function minimumError(e, p, limit) { fail(e, p, "minimum", { comparison: ">=", limit }, "must be >= " + limit); }
function anyOfError(e, p) { fail(e, p, "anyOf", {}, "must match a schema in anyOf"); }
// one scratch list for every call (validators never call back into user code, so never re-enter):
// a valid value allocates nothing
const scratch = [];
function validator(check) {
  const validate = (data) => {
    scratch.length = 0;
    check(data, "", scratch);
    validate.errors = scratch.length ? scratch.slice() : null;
    return validate.errors === null;
  };
  validate.errors = null;
  return validate;
}
`;
