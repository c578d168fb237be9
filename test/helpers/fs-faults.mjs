// Preloaded with `node --import` into a CLI under test, to inject write faults the way a full or
// slow disk would (the tests run as root, so a read-only folder cannot make a write fail).
// Only writes under DOCS2TS_FAULT_PREFIX are touched, and only while a flag file exists:
//   DOCS2TS_FAULT_FAIL  — every write after the first two fails with ENOSPC (a mid-update failure)
//   DOCS2TS_FAULT_SLOW  — every write waits 300 ms first (an update long enough to interrupt)
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const prefix = process.env.DOCS2TS_FAULT_PREFIX;
const failFlag = process.env.DOCS2TS_FAULT_FAIL;
const slowFlag = process.env.DOCS2TS_FAULT_SLOW;
const original = fs.writeFile;
let failing = 0;
fs.writeFile = async (file, ...rest) => {
  if (prefix && typeof file === 'string' && file.startsWith(prefix)) {
    if (failFlag && existsSync(failFlag) && ++failing > 2) {
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC' });
    }
    if (slowFlag && existsSync(slowFlag)) await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return original(file, ...rest);
};
syncBuiltinESMExports();
