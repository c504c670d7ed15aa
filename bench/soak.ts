/**
 * Soak: the mixed workload at 50 connections against one server in a child
 * process, with a share of deliberately bad requests: a warm-up of enough
 * requests for the bounded caches to fill (RSS rises for about 50,000, then
 * holds), then the measured run. Passes when neither has errors or non-2xx answers other
 * than the intended 4xx, and RSS at the end is within 10% of RSS after warm-up.
 *
 * Then the cache-filling phase: two rounds of distinct requests made to fill every cache (each a
 * new answer, a new request target, a new statement shape), each asked twice, since the answer
 * cache keeps an answer from its second request; the second round must leave RSS within 10% of
 * the first, since every cache is bounded in bytes.
 */
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/open.ts';
import { memoryOf, spawnOurs } from './lib.ts';
import { mixedUrls } from './mixed.ts';

export type SoakOptions = { database: string; seconds: number; warmupRequests: number; connections: number };
export type SoakResult = {
  requests: number;
  ok: number;
  intended4xx: number;
  unexpected: number;
  errors: number;
  timeouts: number;
  rssAfterWarmupMb: number;
  rssAtEndMb: number;
  peakMb: number;
  /** RSS after each round of the cache-filling phase, and the requests of a round. */
  fill: { rounds: number[]; requests: number; non2xx: number };
};

const SORTABLE = ['id', 'city', 'metric', 'value', 'value_base', 'unit', 'qualifier', 'period', 'period_start', 'period_end'];

/** The k-th cache-filling request: a new answer, under a new target, often of a new statement shape. */
function fillPath(k: number): string {
  switch (k % 3) {
    case 0:
      return `/indicators?min=${k}&limit=1`;
    case 1: {
      // A sort of up to ten distinct fields: as many statement shapes as orders of them.
      const fields = [...SORTABLE].sort((a, b) => ((k * (a.length + 7) * 31) % 17) - ((k * (b.length + 3) * 13) % 17));
      const sort = fields.slice(0, 1 + (k % 10)).map((f, j) => ((k >> j) & 1 ? `-${f}` : f));
      return `/indicators?sort=${sort.join(',')}&limit=1&offset=${k % 97}`;
    }
    default:
      return `/cities/wuwei/indicators?limit=${1 + (k % 500)}&offset=${Math.floor(k / 500) % 50}&fields=id,value_base`;
  }
}

/** Every tenth request is one of these: each must be a 4xx, and counts as intended. */
const BAD = [
  '/cities/atlantis',
  '/indicators?ctiy=wuwei',
  '/indicators?limit=501',
  '/indicators?unit=USD',
  '/search?q=%28%29',
  '/indicators/999-i999',
];

export async function runSoak(options: SoakOptions, log: (line: string) => void): Promise<SoakResult> {
  const db = openDatabase(options.database);
  const { urls } = mixedUrls(db.$client, 20_000, 0x50a4);
  db.$client.close();
  const server = await spawnOurs('ours (soak)', options.database);
  try {
    let n = 0;
    const nextPath = () => {
      n++;
      return n % 10 === 0 ? BAD[(n / 10) % BAD.length] : urls[n % urls.length];
    };
    const run = (length: { duration: number } | { amount: number }) =>
      autocannon({
        url: `http://127.0.0.1:${server.port}`,
        connections: options.connections,
        ...length,
        timeout: 30,
        requests: [{ setupRequest: (request) => ({ ...request, method: 'GET', path: nextPath() }) }],
      });
    const warmup = await run({ amount: options.warmupRequests });
    const rssAfterWarmupMb = memoryOf(server.pid).rssMb;
    log(`soak: warmed up, RSS ${rssAfterWarmupMb.toFixed(0)} MB; ${options.seconds} s at ${options.connections} connections`);
    const measured = await run({ duration: options.seconds });
    const rssAtEndMb = memoryOf(server.pid).rssMb;
    // Filling every cache, twice over: each answer asked twice in a row, so that it is kept.
    const FILL = 30_000;
    const rounds: number[] = [];
    let next = 0;
    let non2xx = 0;
    for (let round = 0; round < 2; round++) {
      const filled = await autocannon({
        url: `http://127.0.0.1:${server.port}`,
        connections: options.connections,
        amount: 2 * FILL,
        timeout: 30,
        requests: [{ setupRequest: (request) => ({ ...request, method: 'GET', path: fillPath(Math.floor(next++ / 2)) }) }],
      });
      non2xx += filled.non2xx + filled.errors;
      rounds.push(memoryOf(server.pid).rssMb);
      log(
        `soak: cache-filling round ${round + 1}, ${FILL.toLocaleString('en-US')} distinct requests, each twice: RSS ${rounds[round].toFixed(0)} MB`,
      );
    }
    // Answers are checked over both runs.
    const byClass = { ok: 0, clientError: 0, other: 0 };
    for (const result of [warmup, measured]) {
      for (const [status, { count }] of Object.entries(result.statusCodeStats)) {
        if (status.startsWith('2')) byClass.ok += count;
        else if (status.startsWith('4')) byClass.clientError += count;
        else byClass.other += count;
      }
    }
    // Every tenth request was a bad one; a 4xx beyond those (give or take the requests in flight
    // at the end of each run) was not intended, and neither was any other status.
    const badSent = Math.ceil(n / 10);
    const intended4xx = Math.min(byClass.clientError, badSent);
    return {
      requests: warmup.requests.total + measured.requests.total,
      ok: byClass.ok,
      intended4xx,
      unexpected: Math.max(0, byClass.clientError - badSent - 2 * options.connections) + byClass.other,
      errors: warmup.errors + measured.errors,
      timeouts: warmup.timeouts + measured.timeouts,
      rssAfterWarmupMb,
      rssAtEndMb,
      peakMb: memoryOf(server.pid).peakMb,
      fill: { rounds, requests: FILL, non2xx },
    };
  } finally {
    await server.stop();
  }
}
