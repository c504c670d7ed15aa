/**
 * The server as a process: it refuses to serve a database it cannot trust
 * with a one-line reason, shuts down without dropping in-flight requests, a
 * killed build leaves the previous database serving, and the serving
 * connection cannot write.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { get } from 'node:http';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, inject, it } from 'vitest';
import { openDatabase, readMeta } from '../src/db/open.ts';
import { datasetVersion } from '../src/db/version.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { checkoutIn, copyOfTestDatabase as copyOfDatabase, finished, listeningOn, run, scratchDirectory, until } from './process.ts';

const dir = scratchDirectory();
const copyOfTestDatabase = (name: string, change?: (db: Database.Database) => void) => copyOfDatabase(dir, name, change);

describe('starting', () => {
  it('the Dockerfile runs the server as npm start does, flags and all', () => {
    const start = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
    const command = /^CMD (\[.*\])$/m.exec(readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8'))?.[1];
    expect(command).toBeDefined();
    expect((JSON.parse(command as string) as string[]).join(' ')).toBe(start);
    expect(start).toMatch(/^node --max-semi-space-size=\d+ scripts\/start\.mjs$/);
  });

  // No Docker engine runs here: the build stage's files are copied as its COPY lines say, and built.
  it('the Dockerfile’s build stage copies all that building the database reads, and a build missing a file names it', async () => {
    const stage = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8').split(/^FROM /m)[1];
    const app = join(dir, 'image');
    for (const [, line] of stage.matchAll(/^COPY (?!--)(.+)$/gm)) {
      const sources = line.trim().split(/\s+/);
      const target = sources.pop() as string;
      const into = sources.length > 1 || target.endsWith('/');
      for (const source of sources)
        cpSync(join(PROJECT_ROOT, source), join(app, into ? join(target, basename(source)) : target), { recursive: true });
    }
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(app, 'node_modules'));
    const build = (at?: string) => {
      const { DATABASE_PATH: _, ...env } = process.env;
      const child = spawn(process.execPath, ['--import', 'tsx', 'seed/cli.ts'], {
        cwd: app,
        env: at ? { ...env, DATABASE_PATH: at } : env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return finished(child);
    };
    const built = await build();
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(existsSync(join(app, 'data', 'ledger-downloads'))).toBe(true);
    // The runtime stage, copied as its COPY --from=build lines say, holds all that the dataset version
    // hashes: the server it starts checks the database against that version and may not rebuild it.
    const runtime = join(dir, 'runtime');
    const runtimeStage = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8').split(/^FROM /m)[2];
    for (const [, from, to] of runtimeStage.matchAll(/^COPY --from=build \/app\/(\S+) (\S+)$/gm)) {
      if (from === 'dist') continue; // the bundle, which this test does not make
      cpSync(join(app, from), join(runtime, to.endsWith('/') ? join(to, basename(from)) : to), { recursive: true });
    }
    const image = openDatabase(join(runtime, 'data', 'ledger.db'));
    try {
      expect(datasetVersion(join(runtime, 'seed'), runtime)).toBe(readMeta(image).dataset_version);
    } finally {
      image.$client.close();
    }
    rmSync(join(app, 'docs', 'DATASHEET.md'));
    const missing = await build();
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      `cannot build the database at ${join(app, 'data', 'ledger.db')}: ${join(app, 'docs', 'DATASHEET.md')} is missing`,
    );
    // So where the database's directory holds docs/ too.
    const beside = await build(join(app, 'ledger.db'));
    expect(beside.stderr).toContain(
      `cannot build the database at ${join(app, 'ledger.db')}: ${join(app, 'docs', 'DATASHEET.md')} is missing`,
    );
    // Three builds, each a process of its own: past the default 20 s on a busy machine (a CI run, 260 s in all, hit it).
  }, 60_000);
});

describe('refusing to start', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a missing database', () => join(dir, 'nothing-here.db'), /is missing/],
    [
      'a database without the digest of its build',
      () => {
        const path = copyOfTestDatabase('undigested.db');
        rmSync(`${path}.sha256`);
        return path;
      },
      /without the digest its build records/,
    ],
    [
      'a database built by another schema version',
      () =>
        copyOfTestDatabase('old-schema.db', (db) => db.prepare("update meta set value = '0000_old' where key = 'schema_version'").run()),
      /built by schema 0000_old/,
    ],
    [
      'a database older than seed/',
      () =>
        copyOfTestDatabase('old-seed.db', (db) =>
          db.prepare("update meta set value = 'feedfacefeedface' where key = 'dataset_version'").run(),
        ),
      /built from dataset feedfacefeedface/,
    ],
  ];
  for (const [what, path, reason] of cases) {
    it(`refuses ${what} it may not rebuild, in one line`, async () => {
      const { code, stderr } = await finished(run('scripts/start.mjs', { DATABASE_PATH: path(), DATABASE_AUTO_BUILD: 'false', PORT: '0' }));
      expect(code).toBe(1);
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^cannot start: database .* DATABASE_AUTO_BUILD is false; npm run db:build builds it$/);
      expect(lines[0]).toMatch(reason);
    });
  }
});

describe('npm start', () => {
  // Three bundles by esbuild and a start: 9 s on CI's two cores, past the default 20 s when they are busier.
  it('bundles the sources again when they are newer than the bundle', async () => {
    // A checkout of its own (sources copied, packages linked), whose files this test ages and dates
    // ahead: the project's own bundle stays current for the servers other test files start meanwhile.
    const checkout = checkoutIn(dir, 'bundles', ['src', 'seed']);
    const bundle = join(checkout, 'dist', 'server.cjs');
    const start = () =>
      finished(run(join(checkout, 'scripts', 'start.mjs'), { DATABASE_PATH: join(dir, 'nothing-here.db'), DATABASE_AUTO_BUILD: 'false' }));
    await start();
    utimesSync(bundle, 0, 0);
    const before = statSync(bundle).ino;
    // What starts killed while writing left (two minutes old: the bundle's, the cache's, the cache's old
    // name), and what one is writing now.
    const killed = ['server.cjs.4000.tmp', 'server.cjs.cache.4001.tmp', 'server.cjs.cache.tmp'];
    const writing = `server.cjs.${process.pid}.tmp`;
    for (const name of [...killed, writing]) writeFileSync(join(dirname(bundle), name), 'half a bundle');
    for (const name of killed) utimesSync(join(dirname(bundle), name), Date.now() / 1000 - 120, Date.now() / 1000 - 120);
    const { code, stderr } = await start();
    expect(stderr).toMatch(/is missing/);
    expect(code).toBe(1);
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    // Replaced, not rewritten in place: a server starting meanwhile from this checkout reads a whole
    // bundle, the old or the new; nothing written on the way is left beside it, nor what a killed
    // start left, and another's writing is left alone.
    expect(statSync(bundle).ino).not.toBe(before);
    expect(readdirSync(dirname(bundle)).filter((name) => name.endsWith('.tmp'))).toEqual([writing]);
    rmSync(join(dirname(bundle), writing));
    // A page (.tsx), the seed code the server builds a missing database with and seed/dataset.json (the
    // dataset's title, src/config.ts: rev29) are sources too: a bundle older than any one alone is made again.
    for (const source of [join('src', 'pages', 'home.tsx'), join('seed', 'build.ts'), join('seed', 'dataset.json')]) {
      const path = join(checkout, source);
      const hour = 3600;
      const now = Date.now() / 1000;
      utimesSync(bundle, now + hour, now + hour);
      utimesSync(path, now + 2 * hour, now + 2 * hour);
      try {
        await start();
        expect(statSync(bundle).mtimeMs, source).toBeLessThan((now + hour / 2) * 1000);
      } finally {
        utimesSync(path, now, now);
      }
    }
  }, 60_000);

  it('sets aside a code cache older than the bundle, made for another bundle, and caches anew once it listens', async () => {
    const bundle = join(PROJECT_ROOT, 'dist', 'server.cjs');
    const cache = `${bundle}.cache`;
    const database = copyOfTestDatabase('cached.db');
    // Serve until the cache of this bundle is written (once the server listens), then stop.
    const serveUntilCached = async () => {
      const server = run('scripts/start.mjs', { DATABASE_PATH: database, PORT: '0' });
      const exit = finished(server);
      let log = '';
      server.stdout?.on('data', (d) => {
        log += d;
      });
      const started = Date.now();
      while (!log.includes('listening at') || !existsSync(cache) || statSync(cache).mtimeMs < statSync(bundle).mtimeMs) {
        if (Date.now() - started > 15_000) {
          server.kill('SIGKILL');
          throw new Error('the server wrote no code cache for its bundle');
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      server.kill('SIGTERM');
      return (await exit).code;
    };
    expect(await serveUntilCached()).toBe(0);
    // V8 would take this cache for any bundle of the same length; older than the bundle, it is not used.
    const before = statSync(bundle).mtime;
    utimesSync(cache, new Date(before.getTime() - 60_000), new Date(before.getTime() - 60_000));
    expect(await serveUntilCached()).toBe(0);
    expect(statSync(cache).mtimeMs).toBeGreaterThanOrEqual(statSync(bundle).mtimeMs);
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting, finishes every in-flight request and exits 0', async () => {
    // Load shedding off: forty heavy exports at once would otherwise be shed, which is not what this test is about.
    // A delay long enough to ask during it, as a load balancer's readiness probe would (docs/DEPLOY.md).
    const server = run('scripts/start.mjs', {
      DATABASE_PATH: copyOfTestDatabase('serve.db'),
      PORT: '0',
      MAX_EVENT_LOOP_DELAY_MS: '0',
      SHUTDOWN_DELAY_MS: '3000',
    });
    const exit = finished(server);
    const { port, log } = await listeningOn(server);
    const base = `http://127.0.0.1:${port}`;
    // Distinct, heavier answers (CSV exports of every indicator), so they are still in flight when the signal comes.
    const inFlight = Array.from({ length: 40 }, (_, i) => fetch(`${base}/indicators?format=csv&sort=-value_base&min=${i}`));
    // Signal once the server has received every request (it logs each one as it starts on it).
    const received = () => (log().match(/"msg":"incoming request"/g) ?? []).length;
    await until(() => received() >= 40, 'the forty requests to be received', log);
    server.kill('SIGTERM');
    // The delay begins when the server handles the signal, which a loop busy with forty exports may do
    // after it has read a request sent just after kill(): ask once it says it was told (it logs that just
    // before readiness fails, in the same turn of its loop).
    await until(() => log().includes('told to stop (SIGTERM)'), 'the server to say it was told to stop', log);
    // For SHUTDOWN_DELAY_MS it still takes new connections (each its own here, not one fetch's pool holds):
    // not ready, alive, and answering lists.
    const fresh = (path: string) =>
      new Promise<number | undefined>((resolve, reject) =>
        get(`${base}${path}`, { agent: false }, (response) => {
          response.resume();
          resolve(response.statusCode);
        }).on('error', reject),
      );
    expect(await Promise.all(['/readyz', '/healthz', '/cities?limit=1'].map(fresh))).toEqual([503, 200, 200]);
    const responses = await Promise.all(inFlight);
    expect(responses.map((r) => r.status)).toEqual(Array(40).fill(200));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    // fetch's text() drops the byte order mark.
    for (const body of bodies) expect(body.startsWith('id,city,metric')).toBe(true);
    expect((await exit).code).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});

describe('the environment', () => {
  it('reaches the server: RATE_LIMIT_MAX, CHECK_RATE_LIMIT_MAX, CHECK_CPU_PERCENT, TRUST_PROXY and PUBLIC_URL each change what it answers', async () => {
    const publicUrl = 'https://ledger.example.org';
    const server = run('scripts/start.mjs', {
      DATABASE_PATH: copyOfTestDatabase('configured.db'),
      PORT: '0',
      RATE_LIMIT_MAX: '3',
      CHECK_RATE_LIMIT_MAX: '1',
      CHECK_CPU_PERCENT: '1',
      TRUST_PROXY: '1',
      PUBLIC_URL: publicUrl,
    });
    const exit = finished(server);
    const { port } = await listeningOn(server);
    // Each request from its own client as the proxy in front names it.
    const from = (client: string, path: string, init: { method?: string; body?: string } = {}) =>
      fetch(`http://127.0.0.1:${port}${path}`, {
        ...init,
        headers: { 'x-forwarded-for': client, ...(init.body ? { 'content-type': 'application/json' } : {}) },
      });
    // The document names where the API is published.
    expect((await (await from('198.51.100.1', '/openapi.json')).json()).servers[0].url).toBe(publicUrl);
    // Three requests a minute for each client: one more is refused, another client is not.
    const statuses = [];
    for (let k = 0; k < 4; k++) statuses.push((await from('198.51.100.2', '/cities?limit=1')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await from('198.51.100.3', '/cities?limit=1')).status).toBe(200);
    // One paragraph a minute for a client; and checks share 1 % of the server's time, whoever sends them.
    const text = JSON.stringify({ text: '武威市招商引资到位资金1投'.repeat(100).slice(0, 2000) });
    // (The share is asked of at once, before the time spent decays.)
    expect((await from('198.51.100.4', '/check', { method: 'POST', body: text })).status).toBe(200);
    const shared = await from('198.51.100.5', '/check', { method: 'POST', body: text });
    expect([shared.status, (await shared.json()).detail]).toEqual([
      503,
      expect.stringMatching(/may take 1% of its time, set by CHECK_CPU_PERCENT/),
    ]);
    const again = await from('198.51.100.4', '/check', { method: 'POST', body: text });
    expect([again.status, (await again.json()).detail]).toEqual([429, expect.stringMatching(/CHECK_RATE_LIMIT_MAX/)]);
    server.kill('SIGTERM');
    expect((await exit).code).toBe(0);
  }, 30_000);
});

describe('stopping with its log reader gone', () => {
  it('exits 0 when whatever reads its standard output goes away as it stops (Ctrl-C on npm start | pino-pretty)', async () => {
    const server = run('scripts/start.mjs', { DATABASE_PATH: copyOfTestDatabase('reader.db'), PORT: '0' });
    const exit = new Promise<number | null>((resolve) => server.once('exit', resolve));
    const { log } = await listeningOn(server);
    server.kill('SIGTERM');
    // The reader goes once it has read that the server was told to stop: each of the stop's later lines is then EPIPE.
    await until(() => log().includes('told to stop'), 'the server to say it was told to stop', log);
    server.stdout?.destroy();
    // Before the stop's log was ended, pino's exit hook retried the failing write forever and the process never exited.
    expect(await exit).toBe(0);
  }, 30_000);
});

describe('a database damaged while served', () => {
  it('makes /readyz a 503 while /healthz stays 200, and the log names the TypeScript source of the error', async () => {
    const database = copyOfTestDatabase('damaged.db');
    const server = run('scripts/start.mjs', { DATABASE_PATH: database, PORT: '0' });
    const exit = finished(server);
    const { port, log } = await listeningOn(server);
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    truncateSync(database, 4096);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('10');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    // The bundle's stack trace, mapped through its source map to the file that threw. The line may
    // reach this process after the answers that followed it (the log and the socket are two pipes).
    const readinessLine = () =>
      log()
        .split('\n')
        .find((line) => line.includes('readiness'));
    await until(() => readinessLine() !== undefined, 'the line of the readiness failure', log, 5000);
    const logged = readinessLine();
    expect(logged).toMatch(/src\/db\/open\.ts:\d+/);
    // Each frame named for its own function (the map names a call's callee): the one that threw, then its caller.
    expect(logged).toMatch(/at checkFileUnchanged \(src\/db\/open\.ts:\d+:\d+\)\\n\s*at readiness \(src\/routes\/meta\/query\.ts:/);
    // Said once, not again at every probe.
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    await new Promise((r) => setTimeout(r, 200));
    expect(
      log()
        .split('\n')
        .filter((line) => line.includes('readiness')),
    ).toHaveLength(1);
    server.kill('SIGTERM');
    expect((await exit).code).toBe(0);
  });
});

describe('the build', () => {
  it('killed midway leaves the previous database in place, serving unchanged', async () => {
    const target = copyOfTestDatabase('kept.db');
    const before = readFileSync(target);
    const build = run('seed/cli.ts', { DATABASE_PATH: target });
    const exit = finished(build);
    const started = Date.now();
    // Kill it once its temporary file exists, i.e. while it is writing.
    while (!readdirSync(dir).some((f) => f.startsWith('kept.db.building-'))) {
      if (Date.now() - started > 20_000) throw new Error('the build never started writing');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    build.kill('SIGKILL');
    expect((await exit).code).toBeNull();
    expect(readFileSync(target).equals(before)).toBe(true);
    const db = openDatabase(target);
    expect(db.$client.prepare('select count(*) as n from indicators').get()).toEqual({ n: expect.any(Number) });
    db.$client.close();
  });
});

describe('the serving connection', () => {
  it('is read-only: a write through it fails', () => {
    const db = openDatabase(inject('databasePath'));
    expect(db.$client.readonly).toBe(true);
    expect(() => db.$client.prepare("insert into meta (key, value) values ('x', 'y')").run()).toThrow(/readonly/i);
    expect(() => db.$client.exec('drop table indicators')).toThrow(/readonly/i);
    db.$client.close();
    expect(existsSync(inject('databasePath'))).toBe(true);
  });
});
