// npm links the bins of dependencies into node_modules/.bin, never a package's own: link ours,
// so `npx docs2ts …` works inside this repository as it does in a project that depends on it.
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const bin = path.join('node_modules', '.bin');
if (existsSync('node_modules')) {
  mkdirSync(bin, { recursive: true });
  const link = path.join(bin, 'docs2ts');
  rmSync(link, { force: true });
  symlinkSync(path.join('..', '..', 'bin', 'docs2ts.js'), link);
}
