import { Worker } from 'node:worker_threads';
import type { DocUnit } from '../model/index.js';
import type { SourceDoc } from '../sources/types.js';
import { pageUnit } from './page-unit.js';
import type { Limits } from '../config/limits.js';

type Reply = { ok: true; units: string[] } | { ok: false; message: string };

/** The units in page order; `json[i]` is unit i as JSON text when a worker built it (what the cache writes). */
export interface ParsedPages {
  units: DocUnit[];
  json: Array<string | undefined>;
}

/** Pages handed out per request: small enough to balance the threads, large enough to amortise a message. */
const BATCH_BYTES = 48_000;

/**
 * Parses pages on worker threads and on this one, from one shared queue (largest pages first),
 * so every thread stays busy until the queue is empty: a static split leaves a thread idle when
 * its share happens to be cheaper, or while a worker is still loading its modules.
 */
export async function parsePages(docs: SourceDoc[], workers: number, workerFile: string, limits: Limits): Promise<ParsedPages> {
  const order = docs.map((_, i) => i).sort((a, b) => docs[b].text.length - docs[a].text.length || a - b);
  let next = 0;
  const take = (): number[] => {
    const batch: number[] = [];
    let bytes = 0;
    while (next < order.length && (batch.length === 0 || bytes + docs[order[next]].text.length <= BATCH_BYTES)) {
      bytes += docs[order[next]].text.length;
      batch.push(order[next++]);
    }
    return batch;
  };
  const out: ParsedPages = { units: new Array<DocUnit>(docs.length), json: new Array<string | undefined>(docs.length) };
  const remote = Array.from({ length: workers }, () => runWorker(workerFile, take, docs, out, limits));
  // this thread takes pages one at a time and yields between them, so replies from the
  // workers are handled (and the workers fed) while it works
  while (next < order.length) {
    const i = order[next++];
    out.units[i] = pageUnit(docs[i], limits);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(remote);
  return out;
}

function runWorker(workerFile: string, take: () => number[], docs: SourceDoc[], out: ParsedPages, limits: Limits): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(workerFile);
    let batch: number[] = [];
    const feed = (): void => {
      batch = take();
      if (batch.length === 0) {
        void worker.terminate();
        resolve();
      } else worker.postMessage({ docs: batch.map((i) => docs[i]), limits });
    };
    worker.on('message', (msg: Reply) => {
      if (!msg.ok) {
        void worker.terminate();
        reject(new Error(msg.message));
        return;
      }
      batch.forEach((docIndex, k) => {
        out.units[docIndex] = JSON.parse(msg.units[k]) as DocUnit;
        out.json[docIndex] = msg.units[k];
      });
      feed();
    });
    worker.once('error', reject);
    feed();
  });
}
