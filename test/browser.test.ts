/**
 * Swagger UI in a real browser (Debian's Chromium, driven by playwright-core):
 * open /docs, try GET /cities/{slug}/indicators with wuwei, and see a 200 with
 * data, under the Content-Security-Policy the API really sends.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, TEST_HOST } from './chromium.ts';
import { openApp } from './helper.ts';

let app: Awaited<ReturnType<typeof openApp>>;
let browser: BrowserContext;
let base: string;
const profile = mkdtempSync(join(tmpdir(), 'ledger-chromium-'));

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  app = await openApp({ rateLimitMax: 0 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://${TEST_HOST}:${(app.server.address() as AddressInfo).port}`;
  // This machine's network is closed: every background connection Chromium would make is turned off.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 1600 },
    args: CHROMIUM_ARGS,
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.closeAll();
  rmSync(profile, { recursive: true, force: true });
});

describe('Swagger UI', () => {
  it('tries GET /cities/{slug}/indicators with wuwei and shows a 200 with data', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // Chromium ignores Cross-Origin-Opener-Policy on a non-https origin and says so: harmless here.
      if (m.type() === 'error' && !m.text().includes('Cross-Origin-Opener-Policy')) problems.push(`console: ${m.text()}`);
    });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    // Fail in seconds, naming what the browser reported, if Swagger UI never renders.
    page.setDefaultTimeout(10_000);

    await page.goto(`${base}/docs`, { waitUntil: 'load' });
    const operation = page.locator('#operations-cities-listCityIndicators');
    // Rendering the OpenAPI document (about 290 KB) and expanding an operation takes Swagger UI seconds on a
    // busy machine (two test files in parallel on two cores): the wait guards a hang, not speed.
    await operation
      .locator('.opblock-summary')
      .click({ timeout: 30_000 })
      .catch((error: Error) => {
        throw new Error(`Swagger UI did not render: ${error.message}\n${problems.join('\n')}`);
      });
    await operation.getByRole('button', { name: 'Try it out' }).click({ timeout: 30_000 });
    await operation.locator('input[placeholder="slug"]').fill('wuwei');
    await operation.getByRole('button', { name: 'Execute' }).click();

    const status = operation.locator('.live-responses-table .response .response-col_status').first();
    await expect.poll(async () => (await status.textContent())?.trim(), { timeout: 15_000 }).toBe('200');
    // Swagger UI fills every parameter with its documented example, and those are chosen from the
    // real data so that together they still find Wuwei's 2023 investment figure.
    const requestUrl = await operation.locator('.request-url pre').first().textContent();
    const body = await operation.locator('.live-responses-table .response-col_description pre').first().textContent();
    expect(body, `${requestUrl}`).not.toContain('"data": []');
    expect(body).toContain('"city": "wuwei"');
    expect(body).toContain('"evidence"');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'swagger-ui-wuwei-indicators.png'), fullPage: false });
    // A Content-Security-Policy that blocked Swagger UI would show here.
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
