import { parentPort } from 'node:worker_threads';
import { loadTsMorph, printItems, type PrintItem } from './print-items.js';

parentPort?.on('message', (items: PrintItem[]) => void print(items));
// Loads ts-morph as soon as the worker starts, while the main thread parses the docs (a message
// that comes meanwhile waits for it); a failure here is met again, and reported, by the print.
try {
  loadTsMorph();
} catch {
  // reported by print()
}

async function print(items: PrintItem[]): Promise<void> {
  try {
    parentPort!.postMessage({ ok: true, texts: await printItems(items) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}
