import { parentPort } from 'node:worker_threads';
import { pageUnit } from './page-unit.js';
import type { SourceDoc } from '../sources/types.js';

// A worker thread parses and drafts the documents it is sent; results go back as plain data.
parentPort?.on('message', (docs: SourceDoc[]) => {
  try {
    parentPort!.postMessage({ ok: true, units: docs.map(pageUnit) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
