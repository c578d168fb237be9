import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SignatureScheme } from '../runtime/signature.js';
import { readSignatureSchemes } from './signatures.js';
import type { ProfileOverride } from '../model/passes/profiles.js';
import { DEFAULT_LIMITS, readLimits, type Limits } from './limits.js';

export { DEFAULT_LIMITS, type Limits } from './limits.js';

/** Settings a project can keep in `docs2ts.config.json` or under `docs2ts` in package.json; flags override them. */
export interface Config {
  docs: string;
  out: string;
  packageName: string;
  packageVersion: string;
  enumPolicy: 'closed' | 'open';
  cacheDir: string;
  /** Signature scheme per product (see `SignatureScheme`): the package verifies callbacks with it, the check compares it with the docs' prose. */
  signatures: Record<string, SignatureScheme>;
  /** Per product: how its bodies name events and where the payload sits, over what the pages show. */
  profiles: Record<string, ProfileOverride>;
  /** Per-page limits (rows, tables, example size and depth, page size); over one is a finding, not a hang. */
  limits: Limits;
}

export const defaults: Config = {
  docs: 'docs-src',
  out: 'generated',
  packageName: '@docs2ts/generated',
  packageVersion: '0.1.0',
  enumPolicy: 'closed',
  cacheDir: '.docs2ts-cache',
  signatures: {},
  profiles: {},
  limits: DEFAULT_LIMITS,
};

export class ConfigError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
  }
}

const CONFIG_FILE = 'docs2ts.config.json';

/** Reads the config of the project in `cwd`: the config file wins over package.json. */
export async function loadConfig(cwd: string): Promise<{ config: Config; file?: string }> {
  const configPath = path.join(cwd, CONFIG_FILE);
  const text = await readFile(configPath, 'utf8').catch(() => undefined);
  if (text !== undefined) return { config: validate(parse(text, CONFIG_FILE), CONFIG_FILE), file: CONFIG_FILE };
  const pkgText = await readFile(path.join(cwd, 'package.json'), 'utf8').catch(() => undefined);
  if (pkgText !== undefined) {
    const pkg = parse(pkgText, 'package.json') as { docs2ts?: unknown };
    if (pkg.docs2ts !== undefined) return { config: validate(pkg.docs2ts, 'package.json#docs2ts'), file: 'package.json' };
  }
  return { config: { ...defaults } };
}

function parse(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, `not valid JSON (${(error as Error).message})`);
  }
}

export function validate(value: unknown, file: string): Config {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(file, 'expected an object of settings');
  const raw = value as Record<string, unknown>;
  const known = Object.keys(defaults);
  for (const key of Object.keys(raw)) if (!known.includes(key)) throw new ConfigError(file, `unknown setting "${key}" (known: ${known.join(', ')})`);
  const out: Config = { ...defaults };
  for (const key of ['docs', 'out', 'packageName', 'packageVersion', 'cacheDir'] as const) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] !== 'string' || raw[key] === '') throw new ConfigError(file, `"${key}" must be a non-empty string`);
    out[key] = raw[key];
  }
  if (raw.enumPolicy !== undefined) {
    if (raw.enumPolicy !== 'closed' && raw.enumPolicy !== 'open') throw new ConfigError(file, '"enumPolicy" must be "closed" or "open"');
    out.enumPolicy = raw.enumPolicy;
  }
  if (raw.signatures !== undefined) {
    try {
      out.signatures = readSignatureSchemes(raw.signatures);
    } catch (error) {
      throw new ConfigError(file, (error as Error).message);
    }
  }
  if (raw.profiles !== undefined) out.profiles = validateProfiles(raw.profiles, file);
  if (raw.limits !== undefined) {
    try {
      out.limits = readLimits(raw.limits);
    } catch (error) {
      throw new ConfigError(file, (error as Error).message);
    }
  }
  if (!/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(out.packageName)) throw new ConfigError(file, `"packageName" ${JSON.stringify(out.packageName)} is not a valid npm package name`);
  return out;
}

function validateProfiles(value: unknown, file: string): Record<string, ProfileOverride> {
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(value)) throw new ConfigError(file, '"profiles" must be an object of products');
  const out: Record<string, ProfileOverride> = {};
  for (const [product, entry] of Object.entries(value)) {
    const at = `"profiles.${product}"`;
    if (!isObject(entry)) throw new ConfigError(file, `${at} must be an object`);
    for (const key of Object.keys(entry)) if (key !== 'discriminator' && key !== 'responseWrapper') throw new ConfigError(file, `${at} has an unknown setting "${key}" (known: discriminator, responseWrapper)`);
    const profile: ProfileOverride = {};
    if (entry.discriminator !== undefined) {
      const d = entry.discriminator;
      if (!isObject(d) || typeof d.key !== 'string' || d.key === '' || !Array.isArray(d.payloadPath) || d.payloadPath.length > 1 || !d.payloadPath.every((k) => typeof k === 'string' && k !== '')) {
        throw new ConfigError(file, `${at}.discriminator must be { "key": "name", "payloadPath": [] or ["member"] }`);
      }
      profile.discriminator = { key: d.key, payloadPath: d.payloadPath as string[] };
    }
    if (entry.responseWrapper !== undefined) {
      if (entry.responseWrapper !== null && (typeof entry.responseWrapper !== 'string' || entry.responseWrapper === '')) throw new ConfigError(file, `${at}.responseWrapper must be a key or null`);
      profile.responseWrapper = entry.responseWrapper;
    }
    out[product] = profile;
  }
  return out;
}
