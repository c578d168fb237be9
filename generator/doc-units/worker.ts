import { parentPort } from 'node:worker_threads';
import { pageUnit } from './page-unit.js';
import type { SourceDoc } from '../sources/types.js';
import type { Limits } from '../config/limits.js';

// A worker thread parses and drafts the documents it is sent; results go back as plain data.
parentPort?.on('message', ({ docs, limits }: { docs: SourceDoc[]; limits: Limits }) => {
  try {
    parentPort!.postMessage({ ok: true, units: docs.map((doc) => pageUnit(doc, limits)) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
