import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../shared/diagnostic.js';
import { cmp } from '../shared/diagnostic.js';
import { OUTPUT_MARKER } from '../shared/output-marker.js';
import { pageFailed } from '../shared/page-failed.js';
import { detectFormat, detectLang } from './detect.js';
import { parseManifest, type ManifestEntry } from './manifest.js';
import type { SourceDoc, SourceSet } from './types.js';
import { DEFAULT_LIMITS } from '../config/limits.js';
import { stageDiagnostic, type StageDiagnosticCode } from '../shared/stage-diagnostics.js';
import type { PageReading, PageStamps } from './page-stamps.js';

export type { SourceDoc, SourceSet } from './types.js';

/** Files in the docs folder that are configuration, not pages. */
export const MANIFEST_FILE = 'manifest.json';
export const BASELINE_FILE = 'findings-baseline.json';
/** `docs2ts diff`'s accepted breaking changes (generator/diff/accept.ts). */
export const ACCEPTED_CHANGES_FILE = 'accepted-changes.json';
/** Local corrections of wrong docs (generator/config/overrides.ts, applied by model/passes/overrides.ts). */
export const OVERRIDES_FILE = 'overrides.json';


export interface ReadSourcesOptions {
  /** Paths in diagnostics and the model are relative to this folder (default: cwd). */
  root?: string;
  /** Folders never read as pages (the output and the cache folder, wherever they are). */
  exclude?: string[];
  /** Pages larger than this are refused (config `limits.maxPageBytes`). */
  maxPageBytes?: number;
  /** The last run's readings by page stamp: an unchanged page is not read or hashed (its text is read on demand). */
  stamps?: PageStamps;
}

/** Finds every page under `docsDir` (`PRODUCT/…`), reads and classifies it. The only stage that reads files. */
export async function readSources(docsDir: string, options: ReadSourcesOptions = {}): Promise<SourceSet> {
  const root = options.root ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const rel = (abs: string): string => path.relative(root, abs).split(path.sep).join('/');
  const manifestPath = path.join(docsDir, MANIFEST_FILE);
  let manifest = new Map<string, ManifestEntry>();
  const manifestText = await readFile(manifestPath, 'utf8').catch(() => undefined);
  if (manifestText !== undefined) {
    const parsed = parseManifest(manifestText, rel(manifestPath));
    manifest = parsed.entries;
    diagnostics.push(...parsed.diagnostics);
  }
  const files = await listFiles(docsDir, (options.exclude ?? []).map((d) => path.resolve(d)), (shown) => {
    diagnostics.push(stageDiagnostic({ code: 'file-name-invalid-utf8', message: 'The file name is not valid UTF-8 (undecodable bytes shown as U+FFFD); the file was skipped: rename it.', file: rel(shown), line: 1 }));
  });
  const docs: SourceDoc[] = [];
  for (const abs of files) {
    const inDocs = path.relative(docsDir, abs).split(path.sep).join('/');
    if (inDocs === MANIFEST_FILE || inDocs === BASELINE_FILE || inDocs === ACCEPTED_CHANGES_FILE || inDocs === OVERRIDES_FILE) continue;
    const file = rel(abs);
    const entry = manifest.get(inDocs);
    // one unreadable page (vanished, no permission, a folder swapped in) is a finding, not the end of the run
    const doc = await readPage(abs, file, inDocs, entry, diagnostics, options.maxPageBytes ?? DEFAULT_LIMITS.maxPageBytes, options.stamps).catch((error: unknown) => {
      diagnostics.push(pageFailed(file, 'read', error));
      return undefined;
    });
    if (doc) docs.push(doc);
  }
  for (const [key, entry] of [...manifest].sort(([a], [b]) => cmp(a, b))) {
    if (!files.some((f) => path.relative(docsDir, f).split(path.sep).join('/') === key)) {
      diagnostics.push(stageDiagnostic({ code: 'manifest-missing-file', message: `The manifest lists ${key}, which is not in the docs folder.`, file: rel(manifestPath), line: entry.line ?? 1 }));
    }
  }
  const overridesPath = path.join(docsDir, OVERRIDES_FILE);
  const overridesText = await readFile(overridesPath, 'utf8').catch(() => undefined);
  return { docs, diagnostics, ...(overridesText === undefined ? {} : { overrides: { text: overridesText, file: rel(overridesPath) } }) };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether raw bytes (a file name as the file system holds it) are valid UTF-8. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

async function listFiles(dir: string, exclude: string[], badName: (shown: string) => void): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    // names as bytes: a name that is not UTF-8 would come back with U+FFFD and name no file at all
    const raw = await readdir(d, { withFileTypes: true, encoding: 'buffer' });
    const entries: Array<{ name: string; isDirectory(): boolean; isFile(): boolean }> = [];
    for (const e of raw) {
      const name = Buffer.from(e.name).toString('utf8');
      if (isUtf8(e.name)) entries.push({ name, isDirectory: () => e.isDirectory(), isFile: () => e.isFile() });
      else if (!name.startsWith('.')) badName(path.join(d, name));
    }
    // sorted by code unit, never by locale or file-system order
    entries.sort((a, b) => cmp(a.name, b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (exclude.includes(path.resolve(full)) || (await stat(path.join(full, OUTPUT_MARKER)).then(() => true, () => false))) continue;
        await walk(full);
      }
      else if (e.isFile()) out.push(full);
    }
  };
  await walk(dir);
  return out;
}

async function readPage(abs: string, file: string, inDocs: string, entry: ManifestEntry | undefined, diagnostics: Diagnostic[], maxPageBytes: number, stamps: PageStamps | undefined): Promise<SourceDoc | undefined> {
  const stats = await stat(abs, { bigint: true });
  const size = Number(stats.size);
  const segments = inDocs.split('/');
  const product = entry?.product ?? (segments.length > 1 ? sanitizeProduct(segments[0]) : 'default');
  const report = (code: StageDiagnosticCode, message: string): void => {
    diagnostics.push(stageDiagnostic({ code, message, file, line: 1, product }));
  };
  if (size > maxPageBytes) {
    report('file-too-large', `The page is ${megabytes(size)}, over the ${megabytes(maxPageBytes)} limit for one page (limits.maxPageBytes); it was skipped.`);
    return undefined;
  }
  const page = (reading: PageReading, text: () => string): SourceDoc => {
    for (const note of reading.notes) report(note, NOTE_MESSAGES[note]);
    return {
      file,
      product,
      lang: entry?.lang ?? reading.lang,
      format: entry?.format ?? reading.format,
      origin: entry?.origin,
      detected: { lang: !entry?.lang, format: !entry?.format, product: !entry?.product },
      get text() {
        return text();
      },
      hash: reading.hash,
    };
  };
  const known = stamps?.lookup(inDocs, stats);
  if (known) {
    // unchanged since the last run: read only if a later stage needs the text (a page not in the unit cache)
    let text: string | undefined;
    return page(known, () => (text ??= decodePage(readFileSync(abs)).text));
  }
  const bytes = await readFile(abs);
  if (bytes.subarray(0, 8192).includes(0)) {
    report('binary-file', 'The file contains NUL bytes: it is binary, not a documentation page; it was skipped.');
    return undefined;
  }
  const { text, invalidUtf8 } = decodePage(bytes);
  const reading: PageReading = {
    hash: createHash('sha256').update(bytes).digest('hex'),
    lang: detectLang(text),
    format: detectFormat(text, inDocs),
    notes: [...(invalidUtf8 ? ['invalid-utf8' as const] : []), ...(text.trim() === '' ? ['empty-document' as const] : [])],
  };
  stamps?.record(inDocs, stats, reading);
  return page(reading, () => text);
}

const NOTE_MESSAGES: Record<PageReading['notes'][number], string> = {
  'invalid-utf8': 'The file is not valid UTF-8; undecodable bytes were replaced with U+FFFD.',
  'empty-document': 'The page is empty; nothing was read from it.',
};

/** A page's bytes as text: UTF-8 (undecodable bytes replaced), no BOM, `\n` line ends. */
function decodePage(bytes: Uint8Array): { text: string; invalidUtf8: boolean } {
  let text: string;
  let invalidUtf8 = false;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    invalidUtf8 = true;
  }
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), invalidUtf8 };
}

/** Folder names become product ids; anything odd is folded to a safe lowercase name. */
export function sanitizeProduct(name: string): string {
  const safe = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(safe) ? safe : `p-${safe || 'default'}`;
}

/** `16 MB`, or bytes when under one MB (a tiny limit in a test). */
function megabytes(bytes: number): string {
  return bytes >= 1048576 ? `${Number((bytes / 1048576).toFixed(1))} MB` : `${bytes} bytes`;
}
