import { describe, expect, it } from 'vitest';
import { signatureRecipeFindings, statedRecipes } from '../../generator/check/signature-recipe.js';
import { readSignatureSchemes } from '../../generator/config/signatures.js';
import type { SignatureScheme } from '../../generator/runtime/signature.js';

const md5: SignatureScheme = { method: 'hash', algorithm: 'md5', parts: ['key', { field: 't' }], encoding: 'hex', signature: { field: 'sign' } };
const page = (text: string, product = 'p') => ({ file: `docs-src/${product}/en/page.md`, product, text });

describe('statedRecipes', () => {
  it('reads NAME = ALGO(a + b) in ASCII and full-width brackets, and HMAC(key, message)', () => {
    expect(statedRecipes(page('intro\n| sign | string | Security signature. sign = MD5(key + t). |\n事件通知安全签名 sign = MD5（key + t）。'))).toMatchObject([
      { target: 'sign', method: 'hash', algorithm: 'md5', parts: ['key', { field: 't' }], line: 2 },
      { target: 'sign', method: 'hash', algorithm: 'md5', parts: ['key', { field: 't' }], line: 3 },
    ]);
    expect(statedRecipes(page('The header `Signature = HMAC-SHA256(SecretKey, body)` signs the request.'))).toMatchObject([{ target: 'Signature', method: 'hmac', algorithm: 'sha256', parts: ['body'] }]);
  });
  it('leaves ordinary prose and equations alone', () => {
    expect(statedRecipes(page('The file md5 = the checksum. total = sum(a + b).'))).toEqual([]);
  });
});

describe('signatureRecipeFindings', () => {
  it('is silent when the page states the configured recipe', () => {
    expect(signatureRecipeFindings([page('sign = MD5(key + t)')], { p: md5 })).toEqual([]);
  });
  it('reports a different algorithm, part order or signature name, at the line of the recipe', () => {
    const [a] = signatureRecipeFindings([page('x\nsign = SHA256(key + t)')], { p: md5 });
    expect(a).toMatchObject({ code: 'signature-recipe-mismatch', severity: 'warning', file: 'docs-src/p/en/page.md', line: 2, product: 'p' });
    expect(a.message).toContain('the page says SHA256(key + t), the config MD5(key + t)');
    const [b] = signatureRecipeFindings([page('signature = MD5(t + key)')], { p: md5 });
    expect(b.message).toContain('the page concatenates t + key, the config key + t');
    expect(b.message).toContain('the page names the signature signature, the config sign');
  });
  it('notes a scheme with no recipe to check, and a recipe with no scheme', () => {
    expect(signatureRecipeFindings([page('nothing here')], { p: md5 })).toMatchObject([{ code: 'signature-recipe-unstated', severity: 'info', line: 1 }]);
    expect(signatureRecipeFindings([page('sign = MD5(key + t)', 'q')], {})).toMatchObject([{ code: 'signature-scheme-undeclared', severity: 'info', product: 'q' }]);
  });
});

describe('readSignatureSchemes (config "signatures")', () => {
  it('accepts the templates and names the setting it refuses', () => {
    expect(readSignatureSchemes({ p: { ...md5, time: { field: 't', meaning: 'expires' } } })).toEqual({ p: { ...md5, time: { field: 't', meaning: 'expires' } } });
    expect(() => readSignatureSchemes({ p: { ...md5, algorithm: 'crc32' } })).toThrow('"signatures.p".algorithm must be one of md5, sha1, sha256, sha512');
    expect(() => readSignatureSchemes({ p: { ...md5, parts: [{ field: 't' }] } })).toThrow('must include "key" for a hash');
    expect(() => readSignatureSchemes({ p: { ...md5, signature: { field: 'a', header: 'b' } } })).toThrow('"signatures.p".signature must be');
    expect(() => readSignatureSchemes({ p: { ...md5, extra: 1 } })).toThrow('unknown setting "extra"');
  });
});
