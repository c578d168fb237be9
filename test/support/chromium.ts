import { existsSync } from 'node:fs';

/** Set by `.ci/run` (which installs Chromium): there, a missing browser is a failure, not a skip. */
export const REQUIRE_CHROMIUM = 'DOCS2TS_REQUIRE_CHROMIUM';
/** Debian's package; playwright-core drives it, nothing is downloaded from npm. */
export const INSTALL_CHROMIUM = 'sudo apt-get install chromium';
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export type ChromiumStatus =
  | { kind: 'found'; executablePath: string }
  | { kind: 'skip'; reason: string }
  | { kind: 'fail'; reason: string };

/** Where Chromium is (DOCS2TS_CHROMIUM first), or why the browser tests cannot run. */
export function chromiumStatus(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): ChromiumStatus {
  const candidates = env.DOCS2TS_CHROMIUM ? [env.DOCS2TS_CHROMIUM] : CANDIDATES;
  const executablePath = candidates.find((file) => exists(file));
  if (executablePath) return { kind: 'found', executablePath };
  const missing = `Chromium not found (looked at ${candidates.join(', ')})`;
  if (env[REQUIRE_CHROMIUM] === '1') return { kind: 'fail', reason: `${missing}, and ${REQUIRE_CHROMIUM}=1 requires it: install it with "${INSTALL_CHROMIUM}" or point DOCS2TS_CHROMIUM at it` };
  return { kind: 'skip', reason: `${missing}: install it with "${INSTALL_CHROMIUM}" to run the browser tests (or set DOCS2TS_CHROMIUM)` };
}
