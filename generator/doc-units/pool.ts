import type { DocUnit } from '../model/index.js';
import type { SourceDoc } from '../sources/types.js';
import { pageUnit } from './page-unit.js';
import { startParseWorker, takeSpareWorker, type ParseWorker } from './spare-workers.js';
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
  // a small corpus in smaller batches: a worker's first batch must not be all of it
  const total = docs.reduce((n, doc) => n + doc.text.length, 0);
  const batchBytes = Math.min(BATCH_BYTES, Math.ceil(total / ((workers + 1) * 2)));
  let next = 0;
  const take = (): number[] => {
    const batch: number[] = [];
    let bytes = 0;
    while (next < order.length && (batch.length === 0 || bytes + docs[order[next]].text.length <= batchBytes)) {
      bytes += docs[order[next]].text.length;
      batch.push(order[next++]);
    }
    return batch;
  };
  const out: ParsedPages = { units: new Array<DocUnit>(docs.length), json: new Array<string | undefined>(docs.length) };
  const remote = Array.from({ length: workers }, () => runWorker(takeSpareWorker() ?? startParseWorker(workerFile), take, docs, out, limits));
  // a worker that has loaded the parser (started ahead) takes the largest pages; one still loading
  // gets its first batch after this thread has claimed the largest page, so it holds none back
  for (const run of remote) if (run.loaded) run.start();
  let mine = next < order.length ? order[next++] : undefined;
  for (const run of remote) if (!run.loaded) run.start();
  // this thread takes pages one at a time and yields between them, so replies from the
  // workers are handled (and the workers fed) while it works
  while (mine !== undefined) {
    out.units[mine] = pageUnit(docs[mine], limits);
    await new Promise<void>((resolve) => setImmediate(resolve));
    mine = next < order.length ? order[next++] : undefined;
  }
  await Promise.all(remote.map((run) => run.done));
  return out;
}

interface WorkerRun {
  loaded: boolean;
  /** Sends the first batches (the worker reads them once it has loaded). */
  start(): void;
  done: Promise<void>;
}

/**
 * Batches a worker holds at a time: the next one waits in its port while it parses one, so it
 * does not sit idle while this thread, busy with a large page of its own, cannot answer it.
 */
const IN_FLIGHT = 2;

function runWorker({ worker, loaded }: ParseWorker, take: () => number[], docs: SourceDoc[], out: ParsedPages, limits: Limits): WorkerRun {
  let start = (): void => undefined;
  const done = new Promise<void>((resolve, reject) => {
    // the batches sent and not answered yet, oldest first (the worker answers in order)
    const sent: number[][] = [];
    const feed = (): void => {
      const batch = take();
      if (batch.length > 0) {
        sent.push(batch);
        worker.postMessage({ docs: batch.map((i) => docs[i]), limits });
      } else if (sent.length === 0) {
        void worker.terminate();
        resolve();
      }
    };
    start = () => {
      for (let i = 0; i < IN_FLIGHT; i++) feed();
    };
    worker.on('message', (msg: Reply | { ready: true }) => {
      if ('ready' in msg) return;
      if (!msg.ok) {
        void worker.terminate();
        reject(new Error(msg.message));
        return;
      }
      sent.shift()!.forEach((docIndex, k) => {
        out.units[docIndex] = JSON.parse(msg.units[k]) as DocUnit;
        out.json[docIndex] = msg.units[k];
      });
      feed();
    });
    worker.once('error', reject);
  });
  return { loaded, start: () => start(), done };
}
