#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm ci` through `prepare`).
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of our modules on disk, so a later run skips compiling
// them; Node 20 has no such switch and runs as before. Must come before dist/ is imported.
module.enableCompileCache?.();
const { main } = await import('../dist/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`docs2ts: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
