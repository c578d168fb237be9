import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { PRINT_BATCH, printItems, type PrintItem } from './print-items.js';

/** Something that prints declarations: in this thread, or in a worker that preloads ts-morph. */
export interface TsPrinter {
  print(items: PrintItem[]): Promise<string[]>;
  close(): void;
}

export const inThreadPrinter: TsPrinter = { print: printItems, close: () => undefined };

/**
 * A printer that prints in a worker thread, started on the first print: ts-morph (a second of
 * CPU to load on a slow machine) is loaded there only when some declaration needs it (see
 * print-plain.ts), and the caller goes on meanwhile. Falls back to this thread when the compiled
 * worker is not there (running from TypeScript sources). The worker serves one print (one run's
 * declarations) and then ends: its heap (the compiler, the trees) is not kept through the rest
 * of the run. A later print, or one after close(), prints in this thread. The items go to the
 * worker in batches (`batch` items, one message each) that it reads one at a time: it never
 * holds a copy of every declaration, only of the batch it prints.
 */
export function startTsPrinter(batch = PRINT_BATCH, file = fileURLToPath(new URL('./print-worker.js', import.meta.url))): TsPrinter {
  if (!existsSync(file)) return inThreadPrinter;
  let worker: Worker | undefined;
  let done = false;
  const close = (): void => {
    done = true;
    void worker?.terminate();
  };
  return {
    print(items) {
      if (done || items.length === 0) return printItems(items);
      done = true;
      worker = new Worker(file);
      worker.unref();
      // every batch is posted now (the worker prints while this thread goes on with the emit),
      // on a port of their own that the worker reads a batch at a time
      const { port1, port2 } = new MessageChannel();
      const batches = Math.ceil(items.length / batch);
      for (let id = 0; id < batches; id++) port1.postMessage(items.slice(id * batch, (id + 1) * batch));
      // `items` stays out of the closures that wait for the texts: once posted, the caller's
      // declarations can be collected while the worker prints
      return receiveTexts(worker, port2, batches).finally(() => {
        port1.close();
        close();
      });
    },
    close,
  };
}

/** Hands the worker the port its batches wait on, and gathers its replies in batch order. */
function receiveTexts(worker: Worker, port: MessagePort, batches: number): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    const texts = new Array<string[]>(batches);
    let received = 0;
    worker.on('message', (msg: { id: number; ok: boolean; texts?: string[]; message?: string }) => {
      if (!msg.ok) return reject(new Error(msg.message));
      texts[msg.id] = msg.texts!;
      if (++received === batches) resolve(texts.flat());
    });
    worker.once('error', reject);
    worker.postMessage({ port, batches }, [port]);
  });
}
