import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/** Makes the folder of each file about to be written, once: thousands of files share few folders. */
export class ParentFolders {
  private readonly made: Set<string>;

  constructor(...existing: string[]) {
    this.made = new Set(existing);
  }

  async ensure(file: string): Promise<void> {
    const dir = path.dirname(file);
    if (this.made.has(dir)) return;
    await mkdir(dir, { recursive: true });
    this.made.add(dir);
  }
}
