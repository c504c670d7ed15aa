/**
 * The pages in a real browser (Debian's Chromium, driven by playwright-core), one launch for the
 * file: the journeys readers make, axe-core on every kind of page in both languages, the keyboard,
 * and script-injection payloads in every reflected place. Screenshots of each journey go to
 * test/artifacts/ (gitignored) for a person to look at.
 *
 * The journeys run under the Content-Security-Policy the server really sends, on a host name that is
 * not loopback (as a container's would be). The audits run with the policy bypassed: axe is injected
 * as a script, and a payload must be kept from running by escaping alone, not by the policy.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, TEST_HOST } from './chromium.ts';
import { openApp } from './helper.ts';
import { reflectedPlaces } from './reflected.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core');

let app: Awaited<ReturnType<typeof openApp>>;
let chromiumProcess: Browser;
/** Under the policy the server sends. */
let browser: BrowserContext;
/** With the policy bypassed: axe is injected as a script, and payloads must be stopped by escaping alone. */
let audit: BrowserContext;
let base: string;

beforeAll(async () => {
  app = await openApp({ rateLimitMax: 0 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://${TEST_HOST}:${(app.server.address() as AddressInfo).port}`;
  chromiumProcess = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  browser = await chromiumProcess.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  audit = await chromiumProcess.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', bypassCSP: true });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await chromiumProcess?.close();
  await app?.closeAll();
});

/** JSON from the same server, as a program gets it. */
async function json<T>(path: string): Promise<T> {
  const response = await app.inject({ url: path, headers: { accept: 'application/json' } });
  expect(response.statusCode, path).toBe(200);
  return response.json() as T;
}

/** A page that fails its test on any script error, console error or failed request. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Chromium ignores Cross-Origin-Opener-Policy on a non-https origin and says so: harmless here.
    if (m.type() === 'error' && !m.text().includes('Cross-Origin-Opener-Policy')) problems.push(`console: ${m.text()}`);
  });
  // Aborted is not failed: moving to the next page aborts what the last still loads (its icon), and a
  // CSV link, a download, aborts the navigation it began as.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.setDefaultTimeout(10_000);
  return { page, problems };
}

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(ARTIFACTS, `pages-${name}.png`), fullPage });

describe('journeys', () => {
  it('a journalist searches 張掖, opens a Zhangye figure, copies its citation and follows the quote into the article', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${base}/`);
    await page
      .getByRole('searchbox', { name: /Search records and the passages they quote/ })
      .last()
      .fill('張掖');
    await page
      .getByRole('searchbox', { name: /Search records and the passages they quote/ })
      .last()
      .press('Enter');
    await page.waitForURL(/\/search\?q=/);
    await expect.poll(() => page.locator('mark').first().textContent()).toBe('张掖');
    await shot(page, 'journalist-1-search');

    // The first indicator the search finds that is Zhangye's own.
    const hits = await json<{ data: { type: string; id: string }[] }>('/search?q=張掖&type=indicator&limit=50');
    let figure: { id: string; label_en: string; city: string } | undefined;
    for (const hit of hits.data) {
      const indicator = await json<{ id: string; label_en: string; city: string }>(`/indicators/${hit.id}`);
      if (indicator.city === 'zhangye') {
        figure = indicator;
        break;
      }
    }
    if (!figure) throw new Error('the search finds no figure of Zhangye');
    await page.locator(`a[href="/indicators/${figure.id}"]`).first().click();
    await page.waitForURL(new RegExp(`/indicators/${figure.id}$`));
    await expect.poll(() => page.locator('h1').textContent()).toContain(figure.label_en);

    // The copy button is the script's: it copies the text citation (by selection: http on a host is not a secure context).
    await page.evaluate(() => {
      document.addEventListener('copy', () => {
        (window as unknown as { copied: string }).copied = String(window.getSelection());
      });
    });
    const copy = page.locator('button.copy[data-copy="cite-text"]');
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copied');
    const copied = await page.evaluate(() => (window as unknown as { copied?: string }).copied);
    const citation = (await app.inject(`/indicators/${figure.id}/cite?format=text`)).body;
    expect(copied?.trim()).toBe(citation.trim());
    await shot(page, 'journalist-2-figure');

    const quoteLink = page.locator('.quote figcaption a').first();
    const target = String(await quoteLink.getAttribute('href'));
    const passage = target.split('#')[1];
    await quoteLink.click();
    await page.waitForURL(new RegExp(`#${passage}$`));
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(passage);
    await expect.poll(() => page.locator(`[id="${passage}"]`).isVisible()).toBe(true);
    // Scrolled to: the passage stands in the window.
    await expect
      .poll(async () => {
        const box = await page.locator(`[id="${passage}"]`).boundingBox();
        return Boolean(box && box.y < 900 && box.y + box.height > 0);
      })
      .toBe(true);
    await shot(page, 'journalist-3-article');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('a journalist copies quotes from every article in both languages, and from a figure’s page, and gets the article’s words alone; a repair’s note keeps its confidence on one line', async () => {
    const { page, problems } = await watchedPage();
    /** Each paragraph that the reader marks, selected whole, as the selection reads it. */
    const selectedParagraphs = (selector: string) =>
      page.evaluate((s) => {
        const selection = window.getSelection() as Selection;
        return [...document.querySelectorAll(s)].map((p) => {
          const range = document.createRange();
          range.selectNodeContents(p);
          selection.removeAllRanges();
          selection.addRange(range);
          return selection.toString().trim();
        });
      }, selector);
    const articleP = '#article-text p:has(.fig, .excluded, .damaged)';
    for (const id of ['000', '001', '002', '003', '004']) {
      const text = (await app.inject(`/sources/${id}/text`)).body;
      for (const lang of ['zh', 'en']) {
        await page.goto(`${base}/sources/${id}?lang=${lang}`);
        const copied = await selectedParagraphs(articleP);
        expect(copied.length, `${id} ${lang}`).toBeGreaterThan(2);
        expect(
          copied.filter((c) => !text.includes(c)),
          `${id} ${lang}`,
        ).toEqual([]);
        // And a repair's note, beside the quote, keeps 可信度 (Confidence) on one line: the lines each one spans.
        const confidenceLines = await page.evaluate(
          (word) =>
            [...document.querySelectorAll('#article-text .repair-note')].map((note) => {
              const walker = document.createTreeWalker(note, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = String(node.textContent).indexOf(word);
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + word.length);
                return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
              }
              return 0;
            }),
          lang === 'zh' ? '可信度' : 'Confidence',
        );
        expect(confidenceLines, `${id} ${lang}`).toEqual(id === '002' ? [1, 1, 1] : []);
      }
    }
    await page.goto(`${base}/indicators/000-i031?lang=zh`);
    const quotes = await selectedParagraphs('.quote blockquote p');
    const articles = await Promise.all(['000', '003'].map(async (id) => (await app.inject(`/sources/${id}/text`)).body));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.filter((q) => !articles.some((a) => a.includes(q)))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();

    // And Ctrl+C puts the same on the clipboard (readable on a loopback origin, a secure context).
    const loopback = await chromiumProcess.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const reader = await loopback.newPage();
    await reader.goto(`${base.replace(TEST_HOST, '127.0.0.1')}/sources/000?lang=zh`);
    await reader
      .locator('#article-text .fig')
      .first()
      .evaluate((fig) => {
        const range = document.createRange();
        range.selectNodeContents(fig.closest('p') as HTMLElement);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      });
    await reader.keyboard.press('Control+C');
    const clipboard = await reader.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toMatch(/\d/);
    expect((await app.inject('/sources/000/text')).body).toContain(clipboard.trim());
    await loopback.close();
  }, 60_000);

  it('a researcher compares funds in place for Wuwei and Gansu, sees why Gansu is apart, compares its scope and downloads the CSV', async () => {
    const { page, problems } = await watchedPage();
    const url = '/compare?metric=investment.funds_in_place&cities=wuwei,gansu';
    const asked = await json<{ data: { indicator: string }[]; meta: { left_out: { scope: string | null }[] } }>(url);
    const gansu = await json<{ data: { indicator: string }[] }>(`${url}&scope=out_of_province`);
    await page.goto(`${base}${url}`);
    const chart = page.locator('figure.chart svg[role="group"]');
    await expect.poll(() => chart.count()).toBe(1);
    for (const row of asked.data) await expect.poll(() => chart.locator(`a[href="/indicators/${row.indicator}"]`).count()).toBe(1);
    const leftOut = page.locator('.left-out');
    await expect.poll(() => leftOut.locator(`a[href="/indicators/${gansu.data[0].indicator}"]`).count()).toBe(1);
    await shot(page, 'researcher-1-compare');

    await leftOut.locator('a[href*="scope=out_of_province"]').click();
    await page.waitForURL(/scope=out_of_province/);
    await expect.poll(() => page.locator(`figure.chart a[href="/indicators/${gansu.data[0].indicator}"]`).count()).toBe(1);
    await shot(page, 'researcher-2-scope');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.data-links a[type="text/csv"]').click()]);
    const saved = readFileSync(String(await download.path()));
    const api = await app.inject(`${url}&scope=out_of_province&format=csv`);
    expect(saved.equals(api.rawPayload)).toBe(true);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('an English reader switches a city page to Chinese, and the links that follow stay in Chinese; the search field shows its placeholder whole in both', async () => {
    const { page, problems } = await watchedPage();
    // The placeholder's overflow, in pixels: its text put in as a value runs over as the placeholder would.
    const placeholderOverflow = () =>
      page.locator('#site-q').evaluate((input: HTMLInputElement) => {
        input.value = input.placeholder;
        const over = input.scrollWidth - input.clientWidth;
        input.value = '';
        return over;
      });
    const city = await json<{ name_en: string; name_zh: string }>('/cities/wuwei');
    await page.goto(`${base}/cities/wuwei`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.locator('h1').textContent()).toContain(city.name_en);
    expect(await placeholderOverflow()).toBeLessThanOrEqual(0);
    await shot(page, 'reader-1-english');
    await page.locator('a.lang-switch').click();
    await page.waitForURL(/lang=zh/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.locator('h1').textContent()).toContain(city.name_zh);
    expect(await placeholderOverflow()).toBeLessThanOrEqual(0);
    await shot(page, 'reader-2-chinese');
    await page.locator('nav[aria-label="主导航"] a', { hasText: '指标' }).click();
    await page.waitForURL(/\/indicators\?lang=zh/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('a fact-checker pastes a paragraph into /check, sees each figure marked with its verdict, and opens the record one was compared with', async () => {
    const { page, problems } = await watchedPage();
    const paragraph = '武威市2023年招商引资到位资金约429亿元，实施项目629个。甘肃2023年省外招商引资到位资金5961.26亿元。';
    const checked = (
      await app.inject({ method: 'POST', url: '/check', headers: { accept: 'application/json' }, payload: { text: paragraph } })
    ).json() as { results: { text: string; verdict: string; matches: { indicator: { id: string } }[] }[] };
    await page.goto(`${base}/`);
    await page.locator('nav a[href="/check"]').click();
    await page.waitForURL(/\/check$/);
    await page.locator('#check-text').fill(paragraph);
    await Promise.all([page.waitForURL(/\/check$/), page.locator('.check-form button[type="submit"]').click()]);
    const marks = page.locator('.checked-text a.verdict');
    await expect.poll(() => marks.count()).toBe(checked.results.length);
    for (const [k, r] of checked.results.entries()) {
      expect(await marks.nth(k).getAttribute('class')).toBe(`verdict v-${r.verdict}`);
      expect(await marks.nth(k).locator('mark').textContent()).toBe(r.text);
    }
    expect(await page.locator('#check-text').inputValue()).toBe(paragraph);
    await shot(page, 'fact-checker-1-check', true);
    const contradicted = checked.results.findIndex((r) => r.verdict === 'contradicted');
    expect(contradicted).toBeGreaterThanOrEqual(0);
    const record = checked.results[contradicted].matches[0].indicator.id;
    await marks.nth(contradicted).click();
    // The record compared with, as its figure is listed (the explanation links it too).
    await page.locator(`#figure-${contradicted + 1} ul.figures a[href="/indicators/${record}"]`).click();
    await page.waitForURL(new RegExp(`/indicators/${record}$`));
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('the city page and a comparison read at a phone’s width, with nothing wider than the screen', async () => {
    const { page, problems } = await watchedPage();
    // 320 px: the narrowest phone, and a desktop zoomed to 400 % (WCAG's reflow). English's search buttons are the widest.
    await page.setViewportSize({ width: 320, height: 740 });
    // The longest metric key is one word to a browser: its metric's page and a figure of it must wrap it.
    const metrics = (await app.inject('/metrics?limit=500&fields=key,records')).json().data as { key: string; records: number }[];
    const longest = metrics.filter((m) => m.records > 0).sort((a, b) => b.key.length - a.key.length)[0].key;
    const figure = (await app.inject(`/indicators?metric=${longest}&limit=1&fields=id`)).json().data[0].id;
    for (const path of [
      '/?lang=en',
      '/cities/wuwei?lang=en',
      '/cities/wuwei/indicators?lang=zh',
      '/problems?lang=zh',
      `/metrics/${longest}?lang=en`,
      `/indicators/${figure}?lang=zh`,
      // The filters a list says under its heading and in its caption, one long word to a browser.
      `/indicators?metric=${longest},tourism.revenue&lang=en`,
      '/cities/wuwei/indicators?metric=investment.funds_in_place,tourism.revenue&sort=-value_base&lang=zh',
    ]) {
      await page.goto(`${base}${path}`);
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
      expect(widths.page, path).toBeLessThanOrEqual(widths.screen);
    }
    // At this width a table is cards, each cell named by its label: a Chinese page's with its own colon (ui18), and a
    // figure as written, in a list of figures too, is never broken.
    await page.goto(`${base}/cities/wuwei/indicators?lang=zh`);
    const label = await page.evaluate(
      () => getComputedStyle(document.querySelector('.table-wrap td[data-label]:not(:first-child)') as Element, '::before').content,
    );
    expect(label).toMatch(/："$/);
    await page.goto(`${base}/indicators/000-i031?lang=en`);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('ul.figures .written') as Element).whiteSpace)).toBe('nowrap');
    // A refusal's values as the Chinese detail quotes them ("unt0"、"unt1"、…), where no line breaks beside a
    // quotation mark: wrapped at a desktop's width too (in a page of its own, whose console says the 400).
    const refused = await browser.newPage();
    for (const width of [320, 1280]) {
      await refused.setViewportSize({ width, height: 800 });
      await refused.goto(`${base}/indicators?unit=${Array.from({ length: 50 }, (_, k) => `unt${k}`).join(',')}&lang=zh`);
      const widths = await refused.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
      expect(widths.page, `a refusal at ${width} px`).toBeLessThanOrEqual(widths.screen);
    }
    // And its table of what the page accepts, whose English names a long key in plain text (ui18: 481 px at 390).
    await refused.setViewportSize({ width: 320, height: 800 });
    await refused.goto(`${base}/indicators?year=20x3&lang=en`);
    const table = await refused.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
      // A name on two lines has two boxes (rev36: corroborat/ed).
      broken: [...document.querySelectorAll('table.params th code')].filter((c) => c.getClientRects().length > 1).map((c) => c.textContent),
    }));
    expect(table.page, 'the parameters of a refusal').toBeLessThanOrEqual(table.screen);
    expect(table.broken).toEqual([]);
    // A missing address's routes, listed in Chinese with 、 (no line breaks before a slash): each link on one line (rev36).
    await refused.goto(`${base}/downloads?lang=zh`);
    const split = await refused.evaluate(() =>
      [...document.querySelectorAll('.problem-detail a')].filter((a) => a.getClientRects().length > 1).map((a) => a.textContent),
    );
    expect(split).toEqual([]);
    // …and a record's data links, 引用 among them (page20: 引 / 用 at 390 px), nothing wider than the screen.
    for (const width of [320, 360, 390, 414]) {
      await refused.setViewportSize({ width, height: 800 });
      await refused.goto(`${base}/indicators/000-i031?lang=zh`);
      const links = await refused.evaluate(() => ({
        split: [...document.querySelectorAll('.data-links a')].filter((a) => a.getClientRects().length > 1).map((a) => a.textContent),
        page: document.documentElement.scrollWidth,
        screen: window.innerWidth,
      }));
      expect(links.split, `${width} px`).toEqual([]);
      expect(links.page, `${width} px`).toBeLessThanOrEqual(links.screen);
    }
    await refused.close();
    // A tablet, or a desktop zoomed to 125 %: the table's evidence column is whole, not scrolled out of sight.
    for (const width of [800, 1000]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${base}/cities/wuwei/indicators?lang=en`);
      const table = await page.evaluate(() => {
        const wrap = document.querySelector('.table-wrap') as HTMLElement;
        return { scroll: wrap.scrollWidth, width: wrap.clientWidth };
      });
      expect(table.scroll, `${width} px`).toBeLessThanOrEqual(table.width);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/cities/wuwei`);
    await shot(page, 'phone-city');
    // A table's row is a card of labelled lines there: an empty cell (a metric with no comparison) is no bare label.
    await page.goto(`${base}/metrics?lang=zh`);
    const cells = await page.evaluate(() =>
      [...document.querySelectorAll('.table-wrap td[data-label]')]
        .filter((td) => td.textContent === '')
        .map((td) => getComputedStyle(td).display),
    );
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((display) => display !== 'none')).toEqual([]);
    // A list's filter group is named for a screen reader inside its box, not shown a second time beside the box's summary.
    await page.goto(`${base}/indicators?lang=en`);
    const legend = await page.evaluate(() => {
      const shown = document.querySelector('.query-form legend');
      const style = shown && getComputedStyle(shown);
      return style && [style.position, style.clipPath, shown.getBoundingClientRect().height];
    });
    expect(legend).toEqual(['absolute', 'inset(50%)', 1]);
    // A chart of a few bars fits the screen whole: its box does not scroll, and every bar and its label is in view.
    await page.goto(`${base}/compare?metric=investment.funds_in_place&within=zhangye`);
    const fit = await page.evaluate(() => {
      const box = document.querySelector('.chart-svg') as HTMLElement;
      const marks = [...box.querySelectorAll('a')].map((a) => a.getBoundingClientRect());
      return { scroll: box.scrollWidth, width: box.clientWidth, marks: marks.length, right: Math.max(...marks.map((m) => m.right)) };
    });
    expect(fit.marks).toBeGreaterThan(0);
    expect(fit.scroll).toBeLessThanOrEqual(fit.width);
    expect(fit.right).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('accessibility', () => {
  let page: Page;
  beforeAll(async () => {
    page = await audit.newPage();
  });

  /** axe-core's violations of a page (WCAG 2.2 A and AA, with its target size, and best practice). */
  async function violations(path: string) {
    await page.goto(`${base}${path}`);
    await page.addScriptTag({ path: AXE });
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  }

  it('axe finds no violation on any kind of page, in either language', async () => {
    // Every kind of page once, the languages taking turns (each takes a second or two).
    const projects = await json<{ data: { id: string; events: unknown[] }[] }>('/projects?limit=500');
    const project = projects.data.find((p) => p.events.length > 0) ?? projects.data[0];
    const paths = [
      '/',
      '/cities',
      '/cities/wuwei',
      '/indicators?within=zhangye',
      '/cities/wuwei/indicators',
      '/indicators/000-i031',
      '/initiatives',
      '/initiatives/attract-big-strong-leading',
      '/complaints',
      '/complaints/000-c01',
      '/projects',
      `/projects/${project.id}`,
      '/cities/zhangye/projects',
      '/metrics',
      '/metrics/investment.funds_in_place',
      '/scopes',
      '/sources',
      '/sources/000',
      '/sources/002?view=simplified',
      '/passages/002-p013',
      '/passages?source=002',
      '/conflicts',
      '/compare?metric=investment.funds_in_place&cities=wuwei,gansu',
      '/compare?metric=problems.resolved&cities=gansu,wuwei',
      '/search?q=張掖',
      '/check',
      `/check?claim=${encodeURIComponent('甘肃2023年省外招商引资到位资金5961.26亿元')}`,
      '/problems',
      '/problems/rate-limited',
      '/no-such-page',
      '/indicators?unit=dollars',
    ];
    const found: Record<string, string[]> = {};
    for (const [k, path] of paths.entries()) {
      const url = `${path}${path.includes('?') ? '&' : '?'}lang=${k % 2 === 0 ? 'en' : 'zh'}`;
      const v = await violations(url);
      if (v.length > 0) found[url] = v;
    }
    // At a phone's width too, where a target's clear space is least (an area's figure cards, a list's cards).
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      for (const url of ['/cities/wuwei?lang=en', '/cities/wuwei/indicators?lang=zh']) {
        const v = await violations(url);
        if (v.length > 0) found[`${url} at 375 px`] = v;
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    expect(found).toEqual({});
  }, 120_000);

  it('reaches the chart’s marks, the article’s figures and the copy buttons by keyboard, showing a figure’s label on focus', async () => {
    const tabTo = async (selector: string, most = 120) => {
      for (let k = 0; k < most; k++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
      }
      return false;
    };
    await page.goto(`${base}/compare?metric=investment.funds_in_place&cities=wuwei,gansu`);
    expect(await tabTo('svg a')).toBe(true);
    await page.goto(`${base}/sources/000`);
    expect(await tabTo('.fig a')).toBe(true);
    const tip = await page.evaluate(() => {
      const describedBy = document.activeElement?.getAttribute('aria-describedby');
      const element = describedBy ? document.getElementById(describedBy) : null;
      return element ? { text: element.textContent, width: element.getBoundingClientRect().width } : null;
    });
    expect(tip?.width).toBeGreaterThan(50);
    expect(tip?.text).toMatch(/: /);
    // It covers the line below: Escape hides it, the focus kept, and it shows again when the focus comes back.
    const tipWidth = () =>
      page.evaluate(() => {
        const describedBy = document.activeElement?.getAttribute('aria-describedby');
        return (describedBy ? document.getElementById(describedBy)?.getBoundingClientRect().width : undefined) ?? 0;
      });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.matches('.fig a') ?? false)).toBe(true);
    expect(await tipWidth()).toBeLessThan(2);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await tipWidth()).toBeGreaterThan(50);
    // At a phone's width it is a bar along the bottom of the screen, inside it (the rule hiding it on Escape had
    // outweighed the phone's placing it, and put it below the screen).
    await page.setViewportSize({ width: 390, height: 800 });
    const inView = await page.evaluate(() => {
      const describedBy = document.activeElement?.getAttribute('aria-describedby');
      const box = describedBy ? document.getElementById(describedBy)?.getBoundingClientRect() : undefined;
      return box ? box.top >= 0 && box.bottom <= window.innerHeight && box.width > 200 : false;
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(inView).toBe(true);
    await page.goto(`${base}/indicators/000-i031`);
    expect(await tabTo('button.copy')).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').length)).toBe(0);
  }, 60_000);
});

describe('as a screen reader and a zoomed keyboard meet them', () => {
  it('names a checked figure apart from its note’s number, and an English page’s figure links in English', async () => {
    const page = await audit.newPage();
    await page.goto(`${base}/check?lang=en&claim=${encodeURIComponent('In 2023 Wuwei implemented 629 investment-promotion projects')}`);
    // The note's number seen after the figure had run into it: "6291 (supported)".
    const names = await page.locator('.checked-text a').evaluateAll((links) => links.map((a) => a.textContent));
    expect(await page.getByRole('link', { name: '629 (figure 1: supported)', exact: true }).count()).toBe(1);
    expect(names).toHaveLength(1);
    // An English name is voiced in English though the link stands in the article's Chinese; its digits are shown as the article's.
    await page.goto(`${base}/sources/000?lang=en`);
    const langs = await page
      .locator('.fig > a')
      .evaluateAll((links) => links.map((a) => [a.closest('[lang]')?.getAttribute('lang'), a.firstElementChild?.getAttribute('lang')]));
    expect(langs.length).toBeGreaterThan(20);
    expect(new Set(langs.map((l) => l.join(' ')))).toEqual(new Set(['en zh-Hans']));
    await page.close();
  });

  it('scrolls a figure reached by Tab at 200 % zoom above the tip pinned along the bottom, never under it', async () => {
    const page = await audit.newPage();
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(`${base}/sources/002?lang=en`);
    let figures = 0;
    const covered: string[] = [];
    for (let k = 0; k < 90 && figures < 40; k++) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const focused = document.activeElement;
        if (!focused?.closest('.fig')) return null;
        const box = focused.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return { name: focused.textContent ?? '', shown: top !== null && (top === focused || focused.contains(top)) };
      });
      if (!seen) continue;
      figures++;
      if (!seen.shown) covered.push(seen.name);
    }
    // Paging with the keyboard scrolls a screen as ever: the room kept below is the figures', not the page's.
    await page.goto(`${base}/cities/wuwei/indicators?lang=en`);
    await page.locator('h1').click();
    await page.keyboard.press('PageDown');
    // Scrolled smoothly: read once it stops.
    let paged = -1;
    for (let k = 0; k < 20 && paged !== (await page.evaluate(() => window.scrollY)); k++) {
      paged = await page.evaluate(() => window.scrollY);
      await page.waitForTimeout(100);
    }
    await page.close();
    expect(paged).toBeGreaterThan(320);
    expect(figures).toBeGreaterThan(20);
    expect(covered).toEqual([]);
  }, 60_000);
});

describe('script injection', () => {
  const payloads = [
    '<script>window.injected=1;alert(1)</script>',
    '"><img src=x onerror="window.injected=1;alert(1)">',
    '\'><svg onload="window.injected=1;alert(1)">',
    '</title><script>window.injected=1</script>',
  ];

  it('runs no payload in any reflected place, opens no dialog, and shows the payload as text', async () => {
    const page = await audit.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const payload of payloads) {
      for (const path of reflectedPlaces(payload)) {
        await page.goto(`${base}${path}`);
        expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected), path).toBeUndefined();
        expect(await page.locator('img[src="x"], body svg[onload], script:not([src])').count(), path).toBe(0);
      }
      // Reflected where a reader sees it: as text, whole.
      await page.goto(`${base}/search?q=${encodeURIComponent(payload)}`);
      expect(await page.locator('h1').textContent()).toContain(payload);
      // And typed into the search box, as a reader would.
      await page.locator('#site-q').fill(payload);
      await page.locator('#site-q').press('Enter');
      await page.waitForURL(/\/search\?q=/);
      expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    }
    expect(dialogs).toEqual([]);
    await page.close();
  }, 90_000);
});
