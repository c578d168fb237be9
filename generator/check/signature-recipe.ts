import type { Diagnostic } from '../shared/diagnostic.js';
import { stageDiagnostic } from '../shared/stage-diagnostics.js';
import type { SignaturePart, SignatureScheme } from '../runtime/signature.js';
import { pushTo } from '../shared/push-to.js';

/** A recipe as a page states it: `sign = MD5(key + t)`, `Signature = HMAC-SHA256(key, body)`. */
export interface StatedRecipe {
  target: string;
  method: 'hash' | 'hmac';
  algorithm: string;
  parts: SignaturePart[];
  text: string;
  file: string;
  line: number;
}

// NAME = ALGO( a + b ) with ASCII or full-width brackets, as the live pages write it ("sign = MD5（key + t）")
const RECIPE = /([A-Za-z_][\w-]*)`?\s*=\s*`?(HMAC[-_ ]?SHA-?(?:1|256|512)|HMAC[-_ ]?MD5|MD5|SHA-?(?:1|256|512))\s*[（(]([^()（）\n]{1,160})[)）]/gi;

const normalAlgorithm = (spelled: string): { method: 'hash' | 'hmac'; algorithm: string } => {
  const upper = spelled.toUpperCase().replace(/[-_ ]/g, '');
  return upper.startsWith('HMAC') ? { method: 'hmac', algorithm: upper.slice(4).toLowerCase() } : { method: 'hash', algorithm: upper.toLowerCase() };
};

/** A named part: the key (`key`, `secret`, `密钥`), the raw body (`body`, `请求体`), else a field of the body. */
function partOf(name: string): SignaturePart {
  const bare = name.replace(/[`'"]/g, '').trim();
  if (/^(key|secret|.*key|.*secret|密钥|.*密钥)$/i.test(bare)) return 'key';
  if (/^(body|raw ?body|payload|request ?body|请求体|消息体)$/i.test(bare)) return 'body';
  return { field: bare };
}

/** Every recipe the pages state, with file and line. */
export function statedRecipes(doc: { file: string; text: string }): StatedRecipe[] {
  const out: StatedRecipe[] = [];
  const lines = doc.text.split('\n');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(RECIPE)) {
      const { method, algorithm } = normalAlgorithm(m[2]);
      let args = m[3].split(/\s*(?:\+|,|，|＋)\s*/).filter(Boolean);
      // HMAC(key, message): the first argument keys the HMAC; the message is the rest
      if (method === 'hmac' && args.length > 1) args = args.slice(1);
      out.push({ target: m[1], method, algorithm, parts: args.map(partOf), text: m[0], file: doc.file, line: i + 1 });
    }
  });
  return out;
}

const partName = (p: SignaturePart): string => (typeof p === 'string' ? p : 'field' in p ? p.field : p.header);
const recipeText = (method: string, algorithm: string, parts: SignaturePart[]): string => `${method === 'hmac' ? 'HMAC-' : ''}${algorithm.toUpperCase()}(${parts.map(partName).join(' + ')})`;

/**
 * Compares the schemes the config declares with the recipes the pages state: a different
 * algorithm, method, part order or signature name is a mismatch; a scheme without a stated
 * recipe, or a recipe without a scheme, is noted.
 */
export function signatureRecipeFindings<D extends { file: string; product: string; text: string }>(docs: D[], schemes: Record<string, SignatureScheme>, recipesOf: (doc: D) => StatedRecipe[] = statedRecipes): Diagnostic[] {
  const findings: Diagnostic[] = [];
  const byProduct = new Map<string, StatedRecipe[]>();
  for (const doc of docs) pushTo(byProduct, doc.product, ...recipesOf(doc));
  const products = [...new Set(docs.map((d) => d.product))].sort();
  for (const product of products) {
    const recipes = byProduct.get(product) ?? [];
    const scheme = Object.prototype.hasOwnProperty.call(schemes, product) ? schemes[product] : undefined;
    if (!scheme) {
      const first = recipes[0];
      if (first) findings.push(stageDiagnostic({ code: 'signature-scheme-undeclared', message: `The docs state the signature recipe "${first.text}" for ${product}, but the config declares no scheme for it (config "signatures"); verifySignature cannot check its callbacks.`, file: first.file, line: first.line, product }));
      continue;
    }
    const declared = recipeText(scheme.method, scheme.algorithm, scheme.parts);
    if (recipes.length === 0) {
      const first = docs.find((d) => d.product === product)!;
      findings.push(stageDiagnostic({ code: 'signature-recipe-unstated', message: `The config declares the signature scheme ${declared} for ${product}, but no page of ${product} states a recipe to check it against.`, file: first.file, line: 1, product }));
      continue;
    }
    const target = 'field' in scheme.signature ? scheme.signature.field : scheme.signature.header;
    for (const r of recipes) {
      const differences: string[] = [];
      if (r.method !== scheme.method || r.algorithm !== scheme.algorithm) differences.push(`the page says ${recipeText(r.method, r.algorithm, r.parts)}, the config ${declared}`);
      else if (r.parts.map(partName).join('\u0000').toLowerCase() !== scheme.parts.map(partName).join('\u0000').toLowerCase()) differences.push(`the page concatenates ${r.parts.map(partName).join(' + ')}, the config ${scheme.parts.map(partName).join(' + ')}`);
      if (r.target.toLowerCase() !== target.toLowerCase()) differences.push(`the page names the signature ${r.target}, the config ${target}`);
      if (differences.length) findings.push(stageDiagnostic({ code: 'signature-recipe-mismatch', message: `The signature recipe "${r.text}" differs from the configured scheme of ${product}: ${differences.join('; ')}. The package verifies by the config.`, file: r.file, line: r.line, product }));
    }
  }
  return findings;
}
