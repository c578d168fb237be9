import { describe, expect, it } from 'vitest';
import { chromiumStatus } from './chromium.js';

describe('whether the browser tests can run', () => {
  const none = () => false;
  it('finds Debian chromium, or the executable DOCS2TS_CHROMIUM names', () => {
    expect(chromiumStatus({}, (f) => f === '/usr/bin/chromium')).toEqual({ kind: 'found', executablePath: '/usr/bin/chromium' });
    expect(chromiumStatus({ DOCS2TS_CHROMIUM: '/opt/c/chrome' }, (f) => f === '/opt/c/chrome')).toEqual({ kind: 'found', executablePath: '/opt/c/chrome' });
  });
  it('skips with the reason and the install command when it is missing', () => {
    const status = chromiumStatus({}, none);
    expect(status.kind).toBe('skip');
    expect(status.kind === 'skip' && status.reason).toMatch(/^Chromium not found \(looked at \/usr\/bin\/chromium, \/usr\/bin\/chromium-browser\): install it with "sudo apt-get install chromium"/);
  });
  it('fails instead when DOCS2TS_REQUIRE_CHROMIUM=1 (set by .ci/run)', () => {
    const status = chromiumStatus({ DOCS2TS_REQUIRE_CHROMIUM: '1' }, none);
    expect(status.kind).toBe('fail');
    expect(status.kind === 'fail' && status.reason).toMatch(/DOCS2TS_REQUIRE_CHROMIUM=1 requires it/);
  });
});
