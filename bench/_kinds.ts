import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/open.ts';
import { mixedUrls } from './mixed.ts';

const db = openDatabase('.bench/ledger.db');
const app = await buildApp({ db, rateLimitMax: 0, maxEventLoopDelay: 0, answerCacheBytes: 0 });
const { urls } = mixedUrls(db.$client, 4000);
const kindOf = (u: string) =>
  u.includes('format=csv')
    ? 'csv'
    : u.includes('facets=')
      ? 'facets'
      : u.startsWith('/search')
        ? 'search'
        : /[?&]q=/.test(u)
          ? 'q'
          : u.startsWith('/cities/') && u.includes('/indicators')
            ? 'city'
            : u.startsWith('/indicators')
              ? 'filter/range'
              : u.split('?')[0].replace(/\/cities\/[^/]+/, '/cities/X');
for (const u of urls.slice(0, 1000)) await app.inject(u);
const by: Record<string, { n: number; us: number; bytes: number }> = {};
for (const u of urls.slice(1000)) {
  const t = process.cpuUsage();
  const r = await app.inject(u);
  const d = process.cpuUsage(t);
  const k = kindOf(u);
  by[k] ??= { n: 0, us: 0, bytes: 0 };
  by[k].n++;
  by[k].us += d.user + d.system;
  by[k].bytes += r.rawPayload.length;
}
let total = 0;
for (const v of Object.values(by)) total += v.us;
for (const [k, v] of Object.entries(by).sort((a, b) => b[1].us - a[1].us))
  console.log(
    k.padEnd(22),
    String(v.n).padStart(5),
    `${Math.round(v.us / v.n)} µs/req`.padStart(14),
    `${Math.round(v.bytes / v.n / 1024)} KB`.padStart(8),
    `${((100 * v.us) / total).toFixed(1)}% of CPU`,
  );
console.log('mean', Math.round(total / 3000), 'µs');
