/**
 * Instructions per request of one kind of the mixed workload, counted by Valgrind instead of timed:
 * a count does not move with what else the machine is doing, so a change of a tenth shows where
 * side-by-side timings on two shared cores swing by a quarter. The app answers in this process
 * (`app.inject`, no sockets), after a warm-up of the same size; run it twice, with `--count 0` and
 * with `--count N`, and divide the difference of the two totals by N: what start-up and warm-up
 * cost cancels out.
 *
 *   valgrind --tool=cachegrind --cache-sim=no --smc-check=all-non-file --cachegrind-out-file=/dev/null \
 *     node --single-threaded --import tsx bench/instructions.ts --match '^/search' --count 150
 *
 * (`--smc-check=all-non-file`: V8 writes the code it runs; `--single-threaded`: no compiler or
 * collector threads, so their work is counted the same way every time.) Two runs of the same code
 * differed by up to 2.5 % of the total, so N should make that small against a request's count; and
 * the first run after a source file changes also counts tsx compiling it: throw that one away.
 * Inject decodes every answer's body into a string (light-my-request's `payload`), which a server
 * never does: about a fifth of a request's count, the same for the same answers, so differences
 * between two versions stand while the counts themselves overstate the server's work.
 * Needs .bench/ledger.db (`npm run bench` copies the built database there).
 */

import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/open.ts';
import { BENCH_DIR, option } from './lib.ts';
import { mixedUrls } from './mixed.ts';

const match = new RegExp(option('match') ?? '.');
const count = Number(option('count') ?? 150);
const warmup = Number(option('warmup') ?? 150);

const db = openDatabase(`${BENCH_DIR}/ledger.db`);
const app = await buildApp({ db, rateLimitMax: 0, maxEventLoopDelay: 0, checkCpuPercent: 0 });
await app.ready();
// The warm-up and the measured requests are the same whatever --count is, so the two runs share both.
const urls = mixedUrls(db.$client, 40 * (warmup + 150)).urls.filter((url) => match.test(url));
if (urls.length < warmup + count) throw new Error(`only ${urls.length} URLs match ${match}`);
for (const [k, url] of urls.slice(0, warmup + count).entries()) {
  await app.inject({ url });
  // Back to the event loop now and then: inject's answers are settled by promises alone, and what
  // Node defers to the loop (each answer's setImmediate) would pile up until the loop turns.
  if (k % 8 === 7) await new Promise(setImmediate);
}
await app.close();
