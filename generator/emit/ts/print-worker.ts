import { parentPort } from 'node:worker_threads';
import { printItems, type PrintItem } from './print-items.js';

// Loads ts-morph as soon as the worker starts, while the main thread parses the docs.
const loading = import('ts-morph');
parentPort?.on('message', (items: PrintItem[]) => void print(items));

async function print(items: PrintItem[]): Promise<void> {
  try {
    await loading;
    parentPort!.postMessage({ ok: true, texts: await printItems(items) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}
