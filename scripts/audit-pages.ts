/**
 * npm run audit:pages: Lighthouse 12 (mobile defaults, simulated throttling) in Debian's Chromium on
 * the pages readers land on most: the home page, a city's indicators, an indicator, the article
 * reader and a comparison. Prints each category's score and exits 1 when one is under 0.95.
 * About 20 s a page on two cores; not part of npm test (its performance score moves with the
 * machine's load).
 *
 *   npm run audit:pages [-- --runs 3]   (each page's median of the runs; CHROME_PATH picks the browser)
 *
 * The server is our app over the database npm start builds (data/ledger.db), listening on a free
 * port of 127.0.0.1 with rate limiting and load shedding off; each page is asked for once before the
 * audit, as a browser's earlier visit would have, so Lighthouse measures the page and not its
 * first rendering. Scores and the failed audits' ids go to .bench/lighthouse.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/open.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { ensureDatabase } from '../src/start-database.ts';

const PAGES = {
  home: '/',
  'city indicators': '/cities/wuwei/indicators',
  indicator: '/indicators/000-i031',
  'article reader': '/sources/002',
  comparison: '/compare?metric=investment.funds_in_place&cities=wuwei,gansu',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET = 0.95;

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : undefined;
const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 1;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const path = join(PROJECT_ROOT, 'data', 'ledger.db');
  await ensureDatabase({ DATABASE_PATH: path, DATABASE_AUTO_BUILD: true }, (line) => console.log(line));
  const app = await buildApp({ db: openDatabase(path), rateLimitMax: 0, maxEventLoopDelay: 0, checkCpuPercent: 0 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  const results: Record<
    string,
    { url: string; scores: Record<string, number>; metrics: Record<string, number>; failed: string[]; shifted: string[]; ms: number }
  > = {};
  try {
    for (const [name, page] of Object.entries(PAGES).filter(([name]) => !only || only.includes(name))) {
      const url = `${base}${page}`;
      await fetch(url, { headers: { accept: 'text/html', 'accept-language': 'en-US' } });
      const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const metrics: Record<string, number[]> = Object.fromEntries(METRICS.map((m) => [m, []]));
      const failed = new Set<string>();
      // What moved, when something did: the elements Lighthouse charges the layout shifts to.
      const shifted = new Set<string>();
      const started = performance.now();
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
        for (const c of CATEGORIES) scores[c].push(lhr.categories[c]?.score ?? 0);
        for (const m of METRICS) metrics[m].push(lhr.audits[m]?.numericValue ?? Number.NaN);
        const shifts = (
          lhr.audits['layout-shifts']?.details as { items?: { node?: { selector?: string; snippet?: string } }[] } | undefined
        )?.items;
        for (const item of shifts ?? []) shifted.add(`${item.node?.selector ?? '?'} ${item.node?.snippet ?? ''}`.slice(0, 160));
        for (const audit of Object.values(lhr.audits))
          if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') failed.add(audit.id);
      }
      const ms = (performance.now() - started) / runs;
      results[name] = {
        url: page,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])),
        metrics: Object.fromEntries(METRICS.map((m) => [m, median(metrics[m])])),
        failed: [...failed],
        shifted: [...shifted],
        ms,
      };
      const line = CATEGORIES.map((c) => `${c} ${results[name].scores[c].toFixed(2)}`).join(', ');
      const m = results[name].metrics;
      const timings = `FCP ${Math.round(m['first-contentful-paint'])} ms, LCP ${Math.round(m['largest-contentful-paint'])} ms, TBT ${Math.round(m['total-blocking-time'])} ms, CLS ${m['cumulative-layout-shift'].toFixed(3)}, SI ${Math.round(m['speed-index'])} ms`;
      console.log(`${name.padEnd(16)} ${line}${failed.size ? `; failed: ${[...failed].join(', ')}` : ''}`);
      console.log(`${''.padEnd(16)} ${timings} (${(ms / 1000).toFixed(1)} s) ${page}`);
      for (const element of shifted) console.log(`${''.padEnd(16)} moved: ${element}`);
    }
  } finally {
    chrome.kill();
    await app.close();
  }
  mkdirSync(join(PROJECT_ROOT, '.bench'), { recursive: true });
  writeFileSync(
    join(PROJECT_ROOT, '.bench', 'lighthouse.json'),
    `${JSON.stringify({ date: new Date().toISOString(), runs, results }, null, 2)}\n`,
  );
  const under = Object.entries(results).flatMap(([name, r]) =>
    CATEGORIES.filter((c) => r.scores[c] < TARGET).map((c) => `${name} ${c} ${r.scores[c].toFixed(2)}`),
  );
  if (under.length > 0) {
    console.error(`under ${TARGET}: ${under.join('; ')}`);
    process.exit(1);
  }
  console.log(`every score at least ${TARGET}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
