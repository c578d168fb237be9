/**
 * The output as a run builds it, path → contents, held as UTF-8 bytes instead of strings. V8
 * keeps a string with one character beyond Latin-1 (any Chinese doc text) at two bytes per
 * character, and most outputs carry doc text: as bytes the whole output takes about half the
 * memory until it is written. It reads as a Map of strings (each get decodes); the writer and
 * the freshness check take the bytes as they are (`contentsOf`).
 */
export class OutputFiles extends Map<string, string> {
  // Map's own storage stays empty: every method below goes through this one
  readonly #bytes: Map<string, Buffer>;

  constructor(entries?: Iterable<readonly [string, string]>) {
    super();
    this.#bytes = new Map();
    for (const [rel, contents] of entries ?? []) this.set(rel, contents);
  }

  /** Stores contents already encoded (a large output built in pieces, never one string). */
  setBytes(rel: string, bytes: Buffer): this {
    this.#bytes.set(rel, bytes);
    return this;
  }

  bytes(rel: string): Buffer | undefined {
    return this.#bytes.get(rel);
  }

  override set(rel: string, contents: string): this {
    return this.setBytes(rel, Buffer.from(contents, 'utf8'));
  }

  override get(rel: string): string | undefined {
    return this.#bytes.get(rel)?.toString('utf8');
  }

  override has(rel: string): boolean {
    return this.#bytes.has(rel);
  }

  override delete(rel: string): boolean {
    return this.#bytes.delete(rel);
  }

  override clear(): void {
    this.#bytes.clear();
  }

  override get size(): number {
    return this.#bytes.size;
  }

  override keys(): MapIterator<string> {
    return this.#bytes.keys();
  }

  override *values(): MapIterator<string> {
    for (const bytes of this.#bytes.values()) yield bytes.toString('utf8');
  }

  override *entries(): MapIterator<[string, string]> {
    for (const [rel, bytes] of this.#bytes) yield [rel, bytes.toString('utf8')];
  }

  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  override forEach(callback: (contents: string, rel: string, map: Map<string, string>) => void, thisArg?: unknown): void {
    for (const [rel, contents] of this.entries()) callback.call(thisArg, contents, rel, this);
  }
}

/** One file's contents for writing or comparing: the stored bytes when there are, else the string. */
export function contentsOf(files: Map<string, string>, rel: string): string | Buffer | undefined {
  return files instanceof OutputFiles ? files.bytes(rel) : files.get(rel);
}

/**
 * Stores a file given as pieces: an OutputFiles encodes them one by one into one buffer, so the
 * joined text (tens of megabytes for types.ts at scale) never exists as a string.
 */
export function setPieces(files: Map<string, string>, rel: string, pieces: readonly string[]): void {
  if (!(files instanceof OutputFiles)) {
    files.set(rel, pieces.join(''));
    return;
  }
  let size = 0;
  for (const piece of pieces) size += Buffer.byteLength(piece, 'utf8');
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  for (const piece of pieces) at += bytes.write(piece, at, 'utf8');
  files.setBytes(rel, bytes);
}
