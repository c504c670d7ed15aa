/**
 * What the gap between our hot path and the ceiling is made of: ours, the ceiling (a bare route
 * sending our bytes) and the ceiling sending our headers too, in alternating rounds, each judged by
 * server CPU per answer. The headers' cost is the second ceiling's over the first; the rest of ours
 * is the hooks, the answer cache's lookup and Fastify's work for a routed, validated request.
 *
 *   npx tsx bench/gap.ts [--rounds 8] [--seconds 4] [--page]
 *
 * --page asks as a browser does (bench/pages.ts's headers): the hot path's HTML page and its headers.
 *
 * Needs a built .bench/ledger.db (npm run bench makes one).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOT_PATH, runRounds, type Target } from './http.ts';
import { BENCH_DIR, type Child, median, option, spawnOurs, spawnServer } from './lib.ts';
import { BROWSER_HEADERS } from './pages.ts';

const rounds = Number(option('rounds') ?? 8);
const seconds = Number(option('seconds') ?? 4);
const asked: Record<string, string> = process.argv.includes('--page') ? BROWSER_HEADERS : {};

/** Headers a server sets per connection or per answer's length, which the ceilings set themselves. */
const OWN = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

const ours = await spawnOurs('ours', join(BENCH_DIR, 'ledger.db'));
const servers: Child[] = [ours];
try {
  const response = await fetch(`http://127.0.0.1:${ours.port}${HOT_PATH}`, { headers: { ...asked, 'accept-encoding': 'identity' } });
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!OWN.has(name)) headers[name] = value;
  });
  const dir = mkdtempSync(join(tmpdir(), 'gap-'));
  writeFileSync(join(dir, 'body'), body);
  writeFileSync(join(dir, 'headers.json'), JSON.stringify(headers));
  const ceiling = await spawnServer('ceiling', 'bench/servers/ceiling.ts', [
    join(dir, 'body'),
    String(response.headers.get('content-type')),
  ]);
  servers.push(ceiling);
  const withHeaders = await spawnServer('ceiling + our headers', 'bench/servers/ceiling-headers.ts', [
    join(dir, 'body'),
    join(dir, 'headers.json'),
  ]);
  servers.push(withHeaders);
  console.log(`${body.length}-byte answer with ${Object.keys(headers).length} headers: ${Object.keys(headers).join(', ')}`);
  const target = (server: Child): Target => ({
    name: server.name,
    server,
    options: () => ({ url: `http://127.0.0.1:${server.port}${HOT_PATH}`, connections: 10, headers: asked }),
  });
  const results = await runRounds(servers.map(target), { rounds, seconds, warmupSeconds: 3, connections: 10 }, console.log);
  for (const [name, r] of Object.entries(results)) {
    const perAnswer = r.serverCpu.map((cpu, k) => (cpu / r.rps[k]) * 1e6);
    console.log(
      `${name.padEnd(22)} server CPU per answer: median ${median(perAnswer).toFixed(0)} µs (rounds ${perAnswer.map((u) => u.toFixed(0)).join(' / ')}); req/s median ${median(r.rps).toFixed(0)}`,
    );
  }
} finally {
  for (const server of servers) await server.stop();
}
