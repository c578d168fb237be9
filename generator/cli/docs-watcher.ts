import { watch as watchFs, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';

export interface DocsWatcherEvents {
  /** Something under the folder changed (a path relative to it, when the platform names one). */
  change(name: string | undefined): void;
  /** The folder is gone (deleted, or renamed away). */
  gone(): void;
  /** The folder is there again (recreated, or a new folder put at its path). */
  back(): void;
}

/**
 * Watches a folder's contents and the folder itself. A recursive fs.watch sees changes inside,
 * but says nothing useful when the folder is deleted (and keeps watching a dead inode if it is
 * recreated), so the folder's identity is also polled: gone, back, or replaced by another folder.
 */
export class DocsWatcher {
  private watcher: FSWatcher | undefined;
  private poller: NodeJS.Timeout | undefined;
  private identity: string | undefined;
  private present = true;
  private closed = false;

  constructor(
    private readonly dir: string,
    private readonly on: DocsWatcherEvents,
    private readonly pollMs = 500,
  ) {}

  async start(): Promise<void> {
    this.identity = await this.currentIdentity();
    this.present = this.identity !== undefined;
    if (this.present) this.open();
    this.schedulePoll();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.poller);
    this.watcher?.close();
    this.watcher = undefined;
  }

  private open(): void {
    this.watcher?.close();
    try {
      this.watcher = watchFs(this.dir, { recursive: true }, (_event, name) => this.on.change(name ? String(name) : undefined));
      // a watched folder that vanishes can surface as an error event: the poll decides what it means
      this.watcher.on('error', () => {
        this.watcher?.close();
        this.watcher = undefined;
      });
    } catch {
      // gone between the stat and the watch: the next poll sees it
      this.watcher = undefined;
    }
  }

  private schedulePoll(): void {
    if (this.closed) return;
    this.poller = setTimeout(() => void this.poll(), this.pollMs);
  }

  private async poll(): Promise<void> {
    const now = await this.currentIdentity();
    if (this.closed) return;
    if (now === undefined && this.present) {
      this.present = false;
      this.watcher?.close();
      this.watcher = undefined;
      this.on.gone();
    } else if (now !== undefined && (!this.present || now !== this.identity || !this.watcher)) {
      const wasPresent = this.present;
      this.present = true;
      this.open();
      if (wasPresent) this.on.change(undefined);
      else this.on.back();
    }
    this.identity = now;
    this.schedulePoll();
  }

  private async currentIdentity(): Promise<string | undefined> {
    const info = await stat(this.dir).catch(() => undefined);
    return info?.isDirectory() ? `${info.dev}:${info.ino}` : undefined;
  }
}
