/**
 * The operator console end to end in headless Chromium (Debian's, driven by playwright-core,
 * nothing downloaded): an operator types in Web Chat, the bot answers, the inspector shows what
 * the pipeline decided, the NLU picture and the stats charts render. Leaves a screenshot in
 * artifacts/console.png. Without Chromium it is skipped locally and fails in CI.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { App } from '../../src/app.js';
import { startConsole, type ConsoleServer } from '../../src/console/server.js';
import { ContentReloader } from '../../src/content/reload.js';
import { silentLogger } from '../../src/util/log.js';
import { testApp } from '../helpers/app.js';

/** A real `npm run nlu -- eval --folds 2` report, its lists of examples cut short. */
const REPORT = 'test/console/fixtures/nlu-eval.json';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present && !process.env.CI) process.stderr.write(`console browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)\n`);

describe.skipIf(!present && !process.env.CI)('the operator console in a browser', () => {
  let app: App;
  let server: ConsoleServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!present) throw new Error(`CI needs Chromium at ${CHROMIUM}: .ci/run installs Debian's chromium and fonts-noto-cjk`);
    app = await testApp();
    // A reloader as the bot runs one (not watching here: no edit is made).
    const reloader = new ContentReloader(app, { root: '.', cacheDir: '.cache/nlu', threshold: 0.45, log: silentLogger });
    server = await startConsole(app, { port: 0, host: '127.0.0.1', token: '', nluReport: REPORT, reloader }, silentLogger);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('chats through Web Chat and shows the turn, the NLU picture and the stats', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1250 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);

    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill('有个自称网信办的人打电话说要停我的号，还问我家保姆几点出门');
    await box.press('Enter');

    // The bot's reply in the transcript, and the inspector's entry for the same turn.
    await expect.poll(() => page.locator('#webchat').innerText(), { timeout: 20_000 }).toMatch(/诈骗/);
    const turn = page.locator('#turns li[data-turn="1"]');
    await turn.waitFor({ timeout: 20_000 });
    const entry = await turn.innerText();
    expect(entry).toContain('describe_call');
    expect(entry).toContain('cyberspace_admin');
    expect(entry).toContain('organisation.cac');
    expect(entry).toContain('verdict_high');
    expect(entry).toMatch(/risk high/);

    // The confusion matrix is a picture: one shaded cell per (expected, predicted) pair.
    const cells = page.locator('#intent-matrix svg rect.cell');
    await cells.first().waitFor();
    const labels = (JSON.parse(readFileSync(REPORT, 'utf8')) as { intent: { kfold: { labels: string[] } } }).intent.kfold.labels.length;
    expect(await cells.count()).toBe(labels * labels);
    expect(await page.locator('#scam-matrix svg rect.cell').count()).toBeGreaterThan(4);

    // Stats follow the turn just made: it shows in the scam-type chart.
    await expect.poll(() => page.locator('#by-scam-type svg').innerHTML(), { timeout: 10_000 }).toContain('cyberspace_admin');
    expect(await page.locator('#by-day svg rect.bar').count()).toBeGreaterThan(0);
    expect(await page.locator('#scam-types li[data-id="cyberspace_admin"]').count()).toBe(1);

    mkdirSync('artifacts', { recursive: true });
    await page.screenshot({ path: 'artifacts/console.png', fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);
});
