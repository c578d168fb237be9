import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../generator/diff/changes.js';
import { diffModels } from '../../generator/diff/model-diff.js';
import { loadSnapshot } from '../../generator/diff/snapshot.js';
import { diffHtml } from '../../generator/emit/diff-report/diff-html.js';
import { diffJson } from '../../generator/emit/diff-report/diff-json.js';
import type { DiffReport } from '../../generator/emit/diff-report/report.js';
import { chromiumStatus } from '../support/chromium.js';
import { expectedChanges, HOSTILE_TEXT, scriptedCorpus } from './scripted-corpus.js';

// .ci/run installs Debian's chromium and requires it; elsewhere a missing browser is a skip that says why
const chromiumAt = chromiumStatus();
/** Where the screenshot lands for a person to look at (ignored by git). */
export const SCREENSHOT = path.join(import.meta.dirname, '__screenshots__', 'diff-report.png');

describe.runIf(chromiumAt.kind !== 'found')('the HTML diff report without Chromium', () => {
  it('is skipped with the reason and the install command, or fails where Chromium is required', (ctx) => {
    if (chromiumAt.kind === 'skip') ctx.skip(chromiumAt.reason);
    if (chromiumAt.kind === 'fail') throw new Error(chromiumAt.reason);
  });
});

describe.runIf(chromiumAt.kind === 'found')('the HTML diff report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let report: DiffReport;
  beforeAll(async () => {
    const corpus = await scriptedCorpus();
    dir = corpus.dir;
    const changes = diffModels(await loadSnapshot(corpus.oldDocs, dir), await loadSnapshot(corpus.newDocs, dir));
    report = { title: 'Documentation changes: old → new', summary: summarize(changes), changes };
    // one browser for the file; launch() gives it a fresh temporary profile; nothing that talks to the network
    browser = await chromium.launch({
      executablePath: chromiumAt.kind === 'found' ? chromiumAt.executablePath : undefined,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('loads without console errors or requests, shows the JSON report counts, and filters', async () => {
    const json = JSON.parse(diffJson(report)) as { summary: { breaking: number; nonBreaking: number; bump: string }; changes: Array<{ product: string; breaking: boolean }> };
    expect(json.summary.breaking).toBe(expectedChanges.filter((c) => c[3]).length);
    const file = path.join(dir, 'report.html');
    await writeFile(file, diffHtml(report));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url() !== `file://${file}`) requests.push(r.url());
    });
    await page.goto(`file://${file}`);

    expect(Number(await page.textContent('#count-breaking'))).toBe(json.summary.breaking);
    expect(Number(await page.textContent('#count-non-breaking'))).toBe(json.summary.nonBreaking);
    expect(await page.textContent('#bump')).toBe(json.summary.bump);
    const total = json.changes.length;
    expect(await page.locator('tr.change:visible').count()).toBe(total);
    expect(await page.textContent('#count-shown')).toBe(`${total} of ${total}`);

    // a hostile description is text, not markup: shown verbatim, nothing ran, no image element
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('td.after', { hasText: HOSTILE_TEXT }).count()).toBe(1);
    // both languages of one field, before and after side by side
    const groupId = page.locator('tr.change', { hasText: 'GroupId' });
    expect(await groupId.locator('td:nth-child(6)').allTextContents()).toEqual(['en', 'zh']);
    expect(await groupId.first().locator('td.before').textContent()).toBe('Group ID of the whiteboard');

    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    await page.check('#breaking-only');
    expect(await page.locator('tr.change:visible').count()).toBe(json.summary.breaking);
    expect(await page.locator('tr.change.non-breaking:visible').count()).toBe(0);
    expect(await page.textContent('#count-shown')).toBe(`${json.summary.breaking} of ${total}`);
    // an event with no breaking change loses its heading too
    expect(await page.locator('tbody.event:visible', { hasText: 'RoomDestroy' }).count()).toBe(0);

    await page.selectOption('#product', 'tiw');
    expect(await page.locator('tr.change:visible').count()).toBe(json.changes.filter((c) => c.product === 'tiw' && c.breaking).length);
    await page.uncheck('#breaking-only');
    expect(await page.locator('tr.change:visible').count()).toBe(json.changes.filter((c) => c.product === 'tiw').length);
    await page.selectOption('#product', '');
    expect(await page.locator('tr.change:visible').count()).toBe(total);

    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });
});
