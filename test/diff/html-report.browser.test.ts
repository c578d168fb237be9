import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize, type DocChange } from '../../generator/diff/changes.js';
import { diffHtml } from '../../generator/emit/diff-report/diff-html.js';
import { diffJson } from '../../generator/emit/diff-report/diff-json.js';

const CHROMIUM = '/usr/bin/chromium';
// CI installs Debian's chromium (.ci/run); elsewhere the test says plainly that it cannot run
const canRun = existsSync(CHROMIUM) || process.env.CI === 'true';

const changes: DocChange[] = [
  { kind: 'field-removed', breaking: true, product: 'rtc', event: 'RoomCreate', field: 'Timestamp', before: 'int64', file: 'docs-src/rtc/zh/callbacks.md', line: 1333 },
  { kind: 'enum-value-added', breaking: true, product: 'rtc', event: 'PushPublicStream', field: 'Status', after: '4', file: 'docs-src/rtc/zh/callbacks.md', line: 2086 },
  { kind: 'description-changed', breaking: false, product: 'rtc', event: 'RoomDestroy', field: 'RoomId', lang: 'zh', before: '房间 ID', after: '被销毁的房间 ID </script><script>window.__pwned = 1</script>', file: 'docs-src/rtc/zh/callbacks.md', line: 1358 },
  { kind: 'event-added', breaking: false, product: 'tiw', event: 'WhiteboardPushPaused', after: 'WhiteboardPushPaused', file: 'docs-src/tiw/en/x.txt', line: 3 },
  { kind: 'field-retyped', breaking: true, product: 'tiw', event: 'WhiteboardPushStopped', field: 'RoomId', before: 'integer', after: 'string', lang: 'en', file: 'docs-src/tiw/en/x.txt', line: 9 },
];

describe.skipIf(!canRun)('the HTML diff report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-html-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads without console errors, shows the JSON report counts, and filters to breaking changes', async () => {
    const summary = summarize(changes);
    const json = JSON.parse(diffJson(summary, changes)) as { summary: { breaking: number; nonBreaking: number } };
    const file = path.join(dir, 'report.html');
    await writeFile(file, diffHtml(summary, changes));
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(`file://${file}`);
    expect(Number(await page.textContent('#count-breaking'))).toBe(json.summary.breaking);
    expect(Number(await page.textContent('#count-non-breaking'))).toBe(json.summary.nonBreaking);
    expect(await page.locator('tr.change:visible').count()).toBe(changes.length);
    await page.check('#breaking-only');
    expect(await page.locator('tr.change:visible').count()).toBe(json.summary.breaking);
    expect(await page.locator('tr.change.non-breaking:visible').count()).toBe(0);
    expect(await page.textContent('#count-shown')).toBe(String(json.summary.breaking));
    await page.selectOption('#product', 'tiw');
    expect(await page.locator('tr.change:visible').count()).toBe(1);
    await page.uncheck('#breaking-only');
    expect(await page.locator('tr.change:visible').count()).toBe(2);
    await page.selectOption('#product', '');
    // a hostile description is text, not markup
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('text=被销毁的房间 ID </script>').count()).toBe(1);
    await mkdir(path.join(import.meta.dirname, '__screenshots__'), { recursive: true });
    await page.screenshot({ path: path.join(import.meta.dirname, '__screenshots__', 'diff-report.png'), fullPage: true });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });
});
