import { parentPort } from 'node:worker_threads';
import { pageUnit } from './page-unit.js';
import type { SourceDoc } from '../sources/types.js';
import type { Limits } from '../config/limits.js';

// A worker thread parses and drafts the documents it is sent; each unit goes back as its JSON text:
// JSON.parse on the receiving thread costs a third of a structured clone of the same object graph,
// and the text is what the unit cache writes, so that thread never serialises these units again.
parentPort?.on('message', ({ docs, limits }: { docs: SourceDoc[]; limits: Limits }) => {
  try {
    parentPort!.postMessage({ ok: true, units: docs.map((doc) => JSON.stringify(pageUnit(doc, limits))) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
// the modules above are loaded: the pool hands out pages from now on
parentPort?.postMessage({ ready: true });
