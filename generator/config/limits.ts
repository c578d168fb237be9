/**
 * Per-page limits (`limits` in docs2ts.config.json). Each bounds what one page can cost: what is
 * over a limit is skipped with a finding on its file and line, and the other pages are unaffected.
 */
export interface Limits {
  /** A page larger than this (bytes) is not read at all (`file-too-large`). */
  maxPageBytes: number;
  /** Rows of one table read; the rest are skipped (`table-too-many-rows`). */
  maxTableRows: number;
  /** Tables of one page read; later ones are skipped (`page-too-many-tables`). */
  maxTablesPerPage: number;
  /** A code block larger than this (bytes) is kept as raw text, never parsed as JSON (`example-too-large`). */
  maxExampleBytes: number;
  /** An example nesting deeper is kept as raw text, never parsed (`example-too-deep`). */
  maxExampleDepth: number;
}

/** Far above any vendor page (the largest table in docs-src has under 100 rows), low enough that one page stays within seconds. */
export const DEFAULT_LIMITS: Limits = {
  maxPageBytes: 16 * 1024 * 1024,
  maxTableRows: 5_000,
  maxTablesPerPage: 2_000,
  maxExampleBytes: 1024 * 1024,
  maxExampleDepth: 64,
};

/**
 * The deepest `maxExampleDepth` may be: every later stage (inference, checks, fixtures, tsc on the
 * generated tests) recurses over example values, and a few thousand levels overflow the stack.
 */
export const MAX_EXAMPLE_DEPTH_CEILING = 128;

/** Checks the config's `limits` object; a message says what is wrong, for ConfigError. */
export function readLimits(value: unknown): Limits {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('"limits" must be an object of limits');
  const raw = value as Record<string, unknown>;
  const known = Object.keys(DEFAULT_LIMITS);
  const out: Limits = { ...DEFAULT_LIMITS };
  for (const [key, v] of Object.entries(raw)) {
    if (!known.includes(key)) throw new Error(`"limits" has an unknown setting "${key}" (known: ${known.join(', ')})`);
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) throw new Error(`"limits.${key}" must be a whole number of at least 1`);
    out[key as keyof Limits] = v;
  }
  if (out.maxExampleDepth > MAX_EXAMPLE_DEPTH_CEILING) throw new Error(`"limits.maxExampleDepth" must be at most ${MAX_EXAMPLE_DEPTH_CEILING} (deeper examples overflow later stages)`);
  return out;
}
