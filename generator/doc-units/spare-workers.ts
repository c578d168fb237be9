import { Worker } from 'node:worker_threads';

/** A parse worker, and whether it has loaded its modules yet (its first message says so). */
export interface ParseWorker {
  worker: Worker;
  loaded: boolean;
}

/** Starts a parse worker (worker.ts). */
export function startParseWorker(workerFile: string): ParseWorker {
  const started: ParseWorker = { worker: new Worker(workerFile), loaded: false };
  const onMessage = (msg: unknown): void => {
    if (!(msg && typeof msg === 'object' && 'ready' in msg)) return;
    started.worker.off('message', onMessage);
    started.loaded = true;
  };
  started.worker.on('message', onMessage);
  return started;
}

/** Parse workers started ahead of the parse, loading their modules meanwhile. */
const spares: ParseWorker[] = [];

/**
 * Starts parse workers now, so they load the parser (remark, micromark: half a second of CPU on
 * a slow machine) on another core while this thread loads its own modules and reads the pages.
 * The next parse takes them (and then parses even a small corpus on them, see buildDocUnits);
 * unused, they do not keep the process alive, and `releaseSpareWorkers` ends them. This module
 * loads nothing of the parser itself.
 */
export function prestartWorkers(workerFile: string, count: number): ParseWorker[] {
  for (let i = spares.length; i < count; i++) {
    const spare = startParseWorker(workerFile);
    spare.worker.unref();
    // a worker that failed to start is not handed out (the parse starts its own, and reports its error)
    spare.worker.once('error', () => {
      const at = spares.indexOf(spare);
      if (at >= 0) spares.splice(at, 1);
    });
    spares.push(spare);
  }
  return [...spares];
}

/** A prestarted worker for the parse to use, if one waits. */
export function takeSpareWorker(): ParseWorker | undefined {
  const spare = spares.shift();
  spare?.worker.ref();
  return spare;
}

/** How many prestarted workers wait for a parse. */
export function spareWorkers(): number {
  return spares.length;
}

/** Ends the prestarted workers no parse took. */
export function releaseSpareWorkers(): void {
  for (const spare of spares.splice(0)) void spare.worker.terminate();
}
