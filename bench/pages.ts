/**
 * The hot path as a page: GET /cities/wuwei/indicators asked for by a browser (its Accept and
 * Accept-Language) on our server, against a bare Fastify route serving the same HTML bytes (the
 * ceiling), side by side in alternating rounds as the JSON hot path is measured (bench/http.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/open.ts';
import { HOT_PATH, runRounds, type Target, type TargetResult } from './http.ts';
import { type Child, spawnOurs, spawnServer } from './lib.ts';

/** A browser following a link, in English: the page every request of the run asks for. */
export const BROWSER_HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
  'accept-language': 'en-GB,en;q=0.9',
};

export type PagesResult = { targets: Record<string, TargetResult>; pageBytes: number };

export async function runPages(
  options: { database: string; rounds: number; seconds: number; warmupSeconds: number; connections: number },
  log: (line: string) => void,
): Promise<PagesResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'ledger-bench-pages-'));
  const servers: Child[] = [];
  try {
    // The page every server will serve, made by our own app.
    const db = openDatabase(options.database);
    const app = await buildApp({ db, rateLimitMax: 0, maxEventLoopDelay: 0, checkCpuPercent: 0 });
    const page = await app.inject({ url: HOT_PATH, headers: BROWSER_HEADERS });
    await app.close();
    db.$client.close();
    const type = String(page.headers['content-type']);
    if (page.statusCode !== 200 || !type.startsWith('text/html')) throw new Error(`the page of ${HOT_PATH} is not HTML`);
    const bodyFile = join(tmp, 'page.html');
    writeFileSync(bodyFile, page.rawPayload);

    log(`starting servers (page of ${page.rawPayload.length} bytes)`);
    await (await spawnOurs('ours (priming)', options.database)).stop();
    const ours = await spawnOurs('ours (page)', options.database);
    servers.push(ours);
    const ceiling = await spawnServer('ceiling (page)', 'bench/servers/ceiling.ts', [bodyFile, type]);
    servers.push(ceiling);
    for (const server of [ours, ceiling]) {
      const response = await fetch(`http://127.0.0.1:${server.port}${HOT_PATH}`, { headers: BROWSER_HEADERS });
      const body = Buffer.from(await response.arrayBuffer());
      if (!body.equals(page.rawPayload) || response.headers.get('content-type') !== type)
        throw new Error(`${server.name} answers another page`);
    }
    log('pages checked: ours and the ceiling byte for byte');

    const base = { connections: options.connections, pipelining: 1, timeout: 30, headers: BROWSER_HEADERS };
    const targets: Target[] = [ours, ceiling].map((server) => ({
      name: server === ours ? 'ours page' : 'ceiling page',
      server,
      options: () => ({ ...base, url: `http://127.0.0.1:${server.port}${HOT_PATH}` }),
    }));
    return { targets: await runRounds(targets, options, log), pageBytes: page.rawPayload.length };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(tmp, { recursive: true, force: true });
  }
}
