/**
 * Throughput over HTTP, each server in its own child process and autocannon in this one:
 * the hot path on our server, on a bare Fastify route serving the same bytes (the ceiling) and on
 * json-server 0.17.4 serving the same rows; and a mixed workload of distinct URLs on our server.
 * Rounds alternate between the servers, so drift of the machine touches every one alike.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/open.ts';
import { type Child, cpuSecondsOf, mean, memoryOf, spawnOurs, spawnServer } from './lib.ts';
import { type MixedKind, mixedUrls } from './mixed.ts';

export const HOT_PATH = '/cities/wuwei/indicators';
/** json-server's way to ask for the same rows: filter on the field, first page of 50 (its file is in id order). */
export const JSON_SERVER_PATH = '/indicators?city=wuwei&_limit=50';

/** `extra`: also the servers shown but not judged (compressed hot path; mixed with no record cache). */
export type HttpOptions = { database: string; rounds: number; seconds: number; warmupSeconds: number; connections: number; extra: boolean };

export type TargetResult = {
  name: string;
  rps: number[];
  p50: number[];
  p99: number[];
  serverCpu: number[];
  clientCpu: number[];
  requests: number;
  non2xx: number;
  errors: number;
};

export type HttpResult = {
  targets: Record<string, TargetResult>;
  hotBytes: number;
  hotRssPeakMb: number;
  gzipRssPeakMb?: number;
  mixedRssPeakMb: number;
  mixedUrlsMade: number;
  mixedUrlsUsed: number;
  mixedKinds: Record<MixedKind, number>;
};

export type Target = { name: string; server: Child; options: () => Parameters<typeof autocannon>[0] };

/**
 * Each target warmed up, then measured in rounds that alternate between them, so drift of the
 * machine touches every one alike: throughput, latency and CPU (the server's and autocannon's) per round.
 */
export async function runRounds(
  targets: Target[],
  options: { rounds: number; seconds: number; warmupSeconds: number; connections: number },
  log: (line: string) => void,
): Promise<Record<string, TargetResult>> {
  const results: Record<string, TargetResult> = {};
  for (const t of targets) {
    results[t.name] = { name: t.name, rps: [], p50: [], p99: [], serverCpu: [], clientCpu: [], requests: 0, non2xx: 0, errors: 0 };
    await autocannon({ ...t.options(), duration: options.warmupSeconds });
  }
  log(`warmed up; ${options.rounds} rounds of ${options.seconds} s per server, ${options.connections} connections`);
  for (let round = 0; round < options.rounds; round++) {
    // Each round starts with another server, so none always runs first or last.
    const order = [...targets.slice(round % targets.length), ...targets.slice(0, round % targets.length)];
    for (const t of order) {
      const serverBefore = cpuSecondsOf(t.server.pid);
      const clientBefore = process.cpuUsage();
      const result: Result = await autocannon({ ...t.options(), duration: options.seconds });
      const client = process.cpuUsage(clientBefore);
      const r = results[t.name];
      r.rps.push(result['2xx'] / result.duration);
      r.p50.push(result.latency.p50);
      r.p99.push(result.latency.p99);
      r.serverCpu.push((cpuSecondsOf(t.server.pid) - serverBefore) / result.duration);
      r.clientCpu.push((client.user + client.system) / 1e6 / result.duration);
      r.requests += result.requests.total;
      r.non2xx += result.non2xx;
      r.errors += result.errors + result.timeouts;
    }
    log(`round ${round + 1}: ${order.map((t) => `${t.name} ${Math.round(results[t.name].rps.at(-1) ?? 0)}/s`).join(', ')}`);
  }
  return results;
}

async function fetchBytes(port: number, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
  return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
}

export async function runHttp(options: HttpOptions, log: (line: string) => void): Promise<HttpResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
  const servers: Child[] = [];
  try {
    // What every server will serve, taken from our database through our own app (its cache out of the way).
    const db = openDatabase(options.database);
    const app = await buildApp({ db, rateLimitMax: 0, maxEventLoopDelay: 0, checkCpuPercent: 0 });
    const hot = await app.inject({ url: HOT_PATH });
    const all = await app.inject({ url: '/indicators?limit=500' });
    const rows = all.json() as { data: unknown[]; meta: { total: number } };
    if (hot.statusCode !== 200 || rows.data.length !== rows.meta.total) throw new Error('could not read the answers to serve');
    const bodyFile = join(tmp, 'hot.json');
    writeFileSync(bodyFile, hot.rawPayload);
    const jsonFile = join(tmp, 'db.json');
    writeFileSync(jsonFile, JSON.stringify({ indicators: rows.data }, null, 2));
    // Enough for 2,000 answers a second throughout on both mixed servers (they draw from one list, so
    // neither ever sees a URL twice), several times what a server that misses every time manages.
    const needed = Math.ceil(2 * 2000 * (options.seconds * options.rounds + options.warmupSeconds));
    const mixed = mixedUrls(db.$client, needed);
    await app.close();
    db.$client.close();

    log(`starting servers (answer ${hot.rawPayload.length} bytes; ${mixed.urls.length} distinct URLs for the mixed workload)`);
    // A first start bundles the sources if they changed and writes V8's code cache: done here, so no
    // measured server's peak RSS includes bundling.
    await (await spawnOurs('ours (priming)', options.database)).stop();
    const ours = await spawnOurs('ours', options.database);
    servers.push(ours);
    // The mixed workload (and the compressed hot path) get servers of their own, so each peak RSS is its load's.
    const oursMixed = await spawnOurs('ours (mixed)', options.database);
    servers.push(oursMixed);
    const oursGzip = options.extra ? await spawnOurs('ours (gzip)', options.database) : undefined;
    if (oursGzip) servers.push(oursGzip);
    // The same workload with no records kept serialized: what a miss costs when the records are new too.
    const oursMixedCold = options.extra
      ? await spawnOurs('ours (mixed, no record cache)', options.database, [], { RECORD_CACHE_MB: '0' })
      : undefined;
    if (oursMixedCold) servers.push(oursMixedCold);
    const ceiling = await spawnServer('ceiling', 'bench/servers/ceiling.ts', [bodyFile, String(hot.headers['content-type'])]);
    servers.push(ceiling);
    const jsonServer = await spawnServer('json-server', 'bench/servers/json-server.ts', [jsonFile]);
    servers.push(jsonServer);

    // The same answer from each: our bytes from ours and the ceiling, our rows from json-server.
    const fromOurs = await fetchBytes(ours.port, HOT_PATH);
    const fromCeiling = await fetchBytes(ceiling.port, HOT_PATH);
    const fromJsonServer = await fetchBytes(jsonServer.port, JSON_SERVER_PATH);
    if (!fromOurs.body.equals(hot.rawPayload) || fromOurs.type !== hot.headers['content-type'])
      throw new Error('our server answers differently');
    if (!fromCeiling.body.equals(hot.rawPayload) || fromCeiling.type !== hot.headers['content-type'])
      throw new Error('the ceiling answers differently');
    const ourRows = (JSON.parse(hot.rawPayload.toString()) as { data: unknown[] }).data;
    if (!isDeepStrictEqual(JSON.parse(fromJsonServer.body.toString()), ourRows)) throw new Error('json-server serves other rows');
    log(`answers checked: ours and the ceiling byte for byte, json-server the same ${ourRows.length} rows`);

    // Should the run outpace the list, URLs come round again, and the report says how many did.
    let next = 0;
    const nextUrl = () => mixed.urls[next++ % mixed.urls.length];
    const base = { connections: options.connections, pipelining: 1, timeout: 30 };
    // Both mixed servers draw from the one list of URLs.
    const mixedTarget = (name: string, server: Child): Target => ({
      name,
      server,
      options: () => ({
        ...base,
        url: `http://127.0.0.1:${server.port}`,
        requests: [{ setupRequest: (request) => ({ ...request, method: 'GET', path: nextUrl() }) }],
      }),
    });
    const targets: Target[] = [
      { name: 'ours', server: ours, options: () => ({ ...base, url: `http://127.0.0.1:${ours.port}${HOT_PATH}` }) },
      { name: 'ceiling', server: ceiling, options: () => ({ ...base, url: `http://127.0.0.1:${ceiling.port}${HOT_PATH}` }) },
      {
        name: 'json-server',
        server: jsonServer,
        options: () => ({ ...base, url: `http://127.0.0.1:${jsonServer.port}${JSON_SERVER_PATH}` }),
      },
      ...(oursGzip
        ? [
            {
              name: 'ours gzip',
              server: oursGzip,
              options: () => ({
                ...base,
                url: `http://127.0.0.1:${oursGzip.port}${HOT_PATH}`,
                headers: { 'accept-encoding': 'gzip, deflate, br' },
              }),
            },
          ]
        : []),
      mixedTarget('mixed', oursMixed),
      ...(oursMixedCold ? [mixedTarget('mixed, no record cache', oursMixedCold)] : []),
    ];
    const results = await runRounds(targets, options, log);
    const hotRss = memoryOf(ours.pid);
    const gzipRss = oursGzip ? memoryOf(oursGzip.pid) : undefined;
    const mixedRss = memoryOf(oursMixed.pid);
    log(
      `peak RSS: ours ${hotRss.peakMb.toFixed(0)} MB, ${gzipRss ? `ours gzip ${gzipRss.peakMb.toFixed(0)} MB, ` : ''}mixed ${mixedRss.peakMb.toFixed(0)} MB; ` +
        `server CPU ${Object.values(results)
          .map((r) => `${r.name} ${(100 * mean(r.serverCpu)).toFixed(0)}%`)
          .join(', ')}`,
    );
    return {
      targets: results,
      hotBytes: hot.rawPayload.length,
      hotRssPeakMb: hotRss.peakMb,
      gzipRssPeakMb: gzipRss?.peakMb,
      mixedRssPeakMb: mixedRss.peakMb,
      mixedUrlsMade: mixed.urls.length,
      mixedUrlsUsed: next,
      mixedKinds: mixed.kinds,
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(tmp, { recursive: true, force: true });
  }
}
