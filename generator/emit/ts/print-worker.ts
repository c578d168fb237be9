import { parentPort, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { loadTsMorph, printItems, type PrintItem } from './print-items.js';

parentPort?.on('message', (msg: { port: MessagePort; batches: number }) => void print(msg));
// Loads ts-morph as soon as the worker starts, while the main thread posts the batches (a message
// that comes meanwhile waits for it); a failure here is met again, and reported, by the print.
try {
  loadTsMorph();
} catch {
  // reported by print()
}

/**
 * The batches wait on `port`, each one a message; they are read one at a time, so this heap holds
 * one batch's declarations and trees, never every declaration at once.
 */
async function print({ port, batches }: { port: MessagePort; batches: number }): Promise<void> {
  try {
    for (let id = 0; id < batches; id++) {
      const items = receiveMessageOnPort(port)?.message as PrintItem[] | undefined;
      if (!items) throw new Error(`declaration batch ${id} of ${batches} is missing`);
      parentPort!.postMessage({ id, ok: true, texts: await printItems(items) });
    }
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  } finally {
    port.close();
  }
}
