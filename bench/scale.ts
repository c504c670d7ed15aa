/**
 * Scale: each query shape of the API timed against the synthetic database at 1k rows and at 1M rows,
 * through buildApp and app.inject, with the answer and record caches off so every run does the work.
 * Runs alternate between the two databases; the figure is the median.
 */
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/open.ts';
import { median } from './lib.ts';
import { notable } from './synthetic.ts';

/** `judged: false`: shown for what it tells, with no target (the default is judged); `status`, the answer expected (200 unless said). */
export type Shape = { name: string; url: (rows: number) => string; judged?: boolean; status?: number };

const n = notable();

/**
 * The shapes: the heaviest value of each filter (the top area, the top metric), the same URL at both
 * sizes, chosen so the 1k answer is a full page where the shape allows (the 1M one always is): the
 * two sizes then serialize the same amount, and the difference is the query's. The searches take
 * terms with a full page at 1k (签, 签约 from the top metric 签约项目, and 招商引资); a rare phrase of
 * common characters (武威) is timed as a shape of its own.
 */
export const SHAPES: Shape[] = [
  { name: 'city', url: () => `/cities/${n.topCounty}/indicators` },
  { name: 'within', url: () => `/indicators?within=${n.topPrefecture}` },
  { name: 'metric', url: () => `/indicators?metric=${n.topMetric}` },
  { name: 'year range', url: () => '/indicators?year=2023' },
  { name: 'min/max', url: () => '/indicators?min=1000000&max=100000000' },
  { name: 'sort by value_base', url: () => '/indicators?sort=-value_base' },
  // 90% of the way through the rows at each size.
  { name: 'deep page', url: (rows) => `/indicators?offset=${Math.floor(rows * 0.9)}` },
  // 200 values of each field at both sizes (the 1k database has 249 cities): the same amount sent, as
  // for the other shapes. At the default of 1,000, the 1M answer sends four times the 1k one's values.
  { name: 'facets', url: () => '/indicators?facets=city,unit&facet_limit=200&limit=1' },
  { name: 'facets, default 1,000 values', url: () => '/indicators?facets=city,unit&limit=1', judged: false },
  // An export is every row of its set. One article's rows are the same set at both sizes (110 rows: its
  // own and those of the next article that cite it); a county's rows of a year grow with the table
  // (8 → ~7,000), so that export's time grows with what it sends: shown, not judged.
  { name: 'CSV of a filtered set', url: () => `/indicators?source=${n.source}&format=csv` },
  { name: 'CSV, a set that grows', url: () => `/indicators?city=${n.topCounty}&year=2023&format=csv`, judged: false },
  { name: 'q, one character', url: () => `/indicators?q=${encodeURIComponent('签')}` },
  { name: 'q, two characters', url: () => `/indicators?q=${encodeURIComponent('签约')}` },
  { name: 'q, four characters', url: () => `/indicators?q=${encodeURIComponent('招商引资')}` },
  // A rare phrase of common characters has no full page at 1k, so its page cannot send the same at
  // both sizes. 政渭 (a county's name: 2 rows at 1k, 60 at 1M) with limit=1 sends one row at both,
  // and the difference is the search's. 武威 (no row at 1k, 60 at 1M, as before this round) sends
  // nothing at 1k and a page at 1M: shown, not judged.
  { name: 'q, rare two characters', url: () => `/indicators?q=${encodeURIComponent('政渭')}&limit=1` },
  { name: 'q, rare, no row at 1k', url: () => `/indicators?q=${encodeURIComponent('武威')}`, judged: false },
  // Five hits at both sizes (7 at 1k, 97 at 1M): the same amount sent, as for the other shapes.
  { name: '/search, two characters', url: () => `/search?q=${encodeURIComponent('武威')}&limit=5` },
  // The three areas have 22 rows of the top metric at 1k: a page of 20 is full at both sizes. The
  // default page of 50 sends 22 rows at 1k and 50 at 1M: shown, not judged.
  { name: '/compare', url: () => `/compare?metric=${n.topMetric}&cities=${n.province},${n.topPrefecture},${n.topCounty}&limit=20` },
  {
    name: '/compare, default page of 50',
    url: () => `/compare?metric=${n.topMetric}&cities=${n.province},${n.topPrefecture},${n.topCounty}`,
    judged: false,
  },
  // A city no area has: the 400 names the nearest of the 10,000 areas (both sizes have them all), so
  // what it shows is the cost of a refused value's suggestions, not of the rows. Shown, not judged.
  { name: 'a refused city', url: () => '/indicators?city=gansu', judged: false, status: 400 },
];

/** Rows matched, and whether that is all of them (an indicator list may count up to a bound). */
export type Matched = { rows: number; exact: boolean };
export type ShapeResult = {
  name: string;
  urls: [string, string];
  matched: [Matched, Matched];
  ms: [number, number];
  runs: number;
  judged: boolean;
};

type App = Awaited<ReturnType<typeof buildApp>>;

/** Every request a miss: the benchmark times queries, not the answer or record caches. */
const NO_CACHES = { rateLimitMax: 0, maxEventLoopDelay: 0, checkCpuPercent: 0, answerCacheBytes: 0, recordCacheBytes: 0 };

async function timeOnce(app: App, url: string, status = 200): Promise<{ ms: number; matched: Matched }> {
  const started = performance.now();
  const response = await app.inject({ url });
  const ms = performance.now() - started;
  if (response.statusCode !== status) throw new Error(`${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`);
  if (status !== 200) return { ms, matched: { rows: 0, exact: true } };
  const csv = String(response.headers['content-type']).startsWith('text/csv');
  // Rows matched: meta.total of a page (a lower bound when meta.total_exact is false), data lines of a CSV export.
  if (csv) return { ms, matched: { rows: response.body.split('\r\n').length - 2, exact: true } };
  const { meta } = response.json() as { meta: { total: number; total_exact?: boolean } };
  return { ms, matched: { rows: meta.total, exact: meta.total_exact !== false } };
}

export async function runScale(
  databases: { small: { path: string; rows: number }; large: { path: string; rows: number } },
  log: (line: string) => void,
  { maxRuns = 7, minRuns = 3, budgetMs = 2500 } = {},
): Promise<ShapeResult[]> {
  const small = openDatabase(databases.small.path);
  const large = openDatabase(databases.large.path);
  const apps = [await buildApp({ db: small, ...NO_CACHES }), await buildApp({ db: large, ...NO_CACHES })];
  const rows = [databases.small.rows, databases.large.rows];
  const results: ShapeResult[] = [];
  try {
    for (const shape of SHAPES) {
      const urls = [shape.url(rows[0]), shape.url(rows[1])] as [string, string];
      // One run each to warm up (statement cache, pages, JIT); it also sizes the number of runs.
      const warm = [await timeOnce(apps[0], urls[0], shape.status), await timeOnce(apps[1], urls[1], shape.status)];
      const runs = Math.max(minRuns, Math.min(maxRuns, Math.floor(budgetMs / Math.max(warm[1].ms, 1))));
      const times: [number[], number[]] = [[], []];
      for (let run = 0; run < runs; run++) {
        // Alternate which size goes first.
        for (const k of run % 2 ? [1, 0] : [0, 1]) times[k].push((await timeOnce(apps[k], urls[k], shape.status)).ms);
      }
      const result: ShapeResult = {
        name: shape.name,
        urls,
        matched: [warm[0].matched, warm[1].matched],
        ms: [median(times[0]), median(times[1])],
        runs,
        judged: shape.judged !== false,
      };
      results.push(result);
      log(
        `${shape.name.padEnd(24)} ${result.ms[0].toFixed(2).padStart(8)} ms → ${result.ms[1].toFixed(2).padStart(8)} ms ` +
          `(${(result.ms[1] / result.ms[0]).toFixed(2)} x; ${result.matched.map((m) => `${m.exact ? '' : '≥ '}${m.rows}`).join(' → ')} rows; ${runs} runs)`,
      );
    }
  } finally {
    await Promise.all(apps.map((app) => app.close()));
    small.$client.close();
    large.$client.close();
  }
  return results;
}
