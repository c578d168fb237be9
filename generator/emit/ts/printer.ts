import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { printItems, type PrintItem } from './print-items.js';

/** Something that prints declarations: in this thread, or in a worker that preloads ts-morph. */
export interface TsPrinter {
  print(items: PrintItem[]): Promise<string[]>;
  close(): void;
}

export const inThreadPrinter: TsPrinter = { print: printItems, close: () => undefined };

/**
 * Starts a worker thread that loads ts-morph at once, so the ~second it takes on a slow machine
 * overlaps with parsing instead of following it. Falls back to this thread when the compiled
 * worker is not there (running from TypeScript sources). The worker serves one print (one run's
 * declarations) and then ends: its heap (the compiler, the trees) is not kept through the rest
 * of the run. A later print, or one after close(), prints in this thread.
 */
export function startTsPrinter(): TsPrinter {
  const file = fileURLToPath(new URL('./print-worker.js', import.meta.url));
  if (!existsSync(file)) return inThreadPrinter;
  const worker = new Worker(file);
  worker.unref();
  let done = false;
  let failed: Error | undefined;
  worker.once('error', (error) => {
    failed = error;
  });
  const close = (): void => {
    done = true;
    void worker.terminate();
  };
  return {
    print(items) {
      if (failed || done || items.length === 0) return printItems(items);
      done = true;
      return new Promise<string[]>((resolve, reject) => {
        worker.once('message', (msg: { ok: boolean; texts?: string[]; message?: string }) => (msg.ok ? resolve(msg.texts!) : reject(new Error(msg.message))));
        worker.postMessage(items);
      }).finally(close);
    },
    close,
  };
}
