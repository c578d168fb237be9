import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../shared/diagnostic.js';
import type { SourceSet } from '../sources/types.js';
import { markerContents, OUTPUT_MARKER } from './output-folder.js';
import { RACY_MS, stampOf } from './write-output.js';

/**
 * What `generate` wrote last time, and from what: when the inputs hash to the same key and the
 * output folder still holds exactly the files the last run left there (the manifest's stamps,
 * trusted by git's racy-clean rule as the writer trusts them), the run has nothing to do. Output
 * is a pure function of the key's inputs, so this gives the files a full run would.
 */
export interface RunRecord {
  key: string;
  /** The output folder (absolute) and the manifest write this record goes with. */
  outDir: string;
  manifestWrittenAt: number;
  /** The summary line without its time, and the input findings `generate` prints on stderr. */
  summary: string;
  inputFindings: Diagnostic[];
}

export const RUN_RECORD = 'last-generate.json';

/**
 * The hash of everything the output is made from: the generator's code (and the runtime sources
 * it copies), the Node version, the settings, the working folder, and every page as read
 * (path, content hash, classification) with the reading's own findings and the overrides file.
 */
export function runKey(parts: { fingerprint: string; runtime: Map<string, string>; settings: unknown; sources: SourceSet }): string {
  const { docs, diagnostics, overrides } = parts.sources;
  const pages = docs.map((d) => [d.file, d.hash, d.product, d.lang, d.format, d.origin ?? null, d.detected]);
  const text = JSON.stringify({ v: 1, node: process.version, cwd: process.cwd(), fingerprint: parts.fingerprint, runtime: [...parts.runtime], settings: parts.settings, pages, diagnostics, overrides: overrides ?? null });
  return createHash('sha256').update(text).digest('hex');
}

export function readRunRecord(cacheDir: string): RunRecord | undefined {
  try {
    const data = JSON.parse(readFileSync(path.join(cacheDir, RUN_RECORD), 'utf8')) as Partial<RunRecord>;
    if (typeof data.key !== 'string' || typeof data.outDir !== 'string' || typeof data.manifestWrittenAt !== 'number' || typeof data.summary !== 'string' || !Array.isArray(data.inputFindings)) return undefined;
    return data as RunRecord;
  } catch {
    return undefined;
  }
}

/** Remembers this run (after its output is written); a record that cannot be written only costs time. */
export function writeRunRecord(cacheDir: string, record: Omit<RunRecord, 'manifestWrittenAt'>, manifest: string): void {
  try {
    const written = (JSON.parse(readFileSync(manifest, 'utf8')) as { writtenAt?: unknown }).writtenAt;
    if (typeof written !== 'number') return;
    const file = path.join(cacheDir, RUN_RECORD);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify({ ...record, manifestWrittenAt: written } satisfies RunRecord));
    renameSync(`${file}.${process.pid}.tmp`, file);
  } catch {
    // the next run is a full one
  }
}

/**
 * Whether the output folder is, file for file, what the run of `record` left: the manifest is
 * that run's (same folder, same write), each file it lists has the stamp written then (and not
 * one too close to that write to prove anything), and the folder's marker lists those files.
 */
export function outputUnchanged(record: RunRecord, outDir: string, manifest: string): boolean {
  try {
    const data = JSON.parse(readFileSync(manifest, 'utf8')) as { outDir?: unknown; writtenAt?: unknown; stamps?: Record<string, string> };
    if (data.outDir !== outDir || record.outDir !== outDir || data.writtenAt !== record.manifestWrittenAt || !data.stamps) return false;
    const writtenAt = data.writtenAt;
    const files = Object.keys(data.stamps);
    if (files.length === 0) return false;
    for (const rel of files) {
      const s = statSync(path.join(outDir, rel), { bigint: true });
      if (stampOf(s) !== data.stamps[rel] || Number(s.mtimeMs) >= writtenAt - RACY_MS) return false;
    }
    return readFileSync(path.join(outDir, OUTPUT_MARKER), 'utf8') === markerContents(files);
  } catch {
    return false;
  }
}
