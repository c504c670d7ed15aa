/**
 * What a public server meets, each reproduced against a real server process on loopback, bounded in
 * count and time: a connection flood under a low file-descriptor limit, idle keep-alive connections,
 * requests Node's HTTP parser refuses, a shutdown under keep-alive load, a backlog of heavy
 * requests, a database damaged on disk, two builds of one database at once, a read-only data
 * directory. A shutdown after a stall runs in this process, which stalls the loop itself.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { connect, createServer, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import Fastify from 'fastify';
import lockfile from 'proper-lockfile';
import { describe, expect, it } from 'vitest';
import type { App } from '../src/app.ts';
import { LIMITS } from '../src/config.ts';
import lifecycle, { stopServing } from '../src/http/lifecycle.ts';
import { API_HEADERS } from '../src/http/security-headers.ts';
import { ensureDatabase } from '../src/start-database.ts';
import { openApp } from './helper.ts';
import { checkoutIn, copyOfTestDatabase, finished, listeningOn, run, scratchDirectory } from './process.ts';

const dir = scratchDirectory();

/**
 * A raw exchange: `text` written to a new connection (its parts 20 ms apart, so the server reads them
 * apart, well within a request timeout of 100 ms), everything read until the server closes it.
 */
function exchange(port: number, text: string | string[], { timeoutMs = 5000 } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => {
      answer += d;
    });
    socket.on('close', () => resolve(answer));
    // A refusal is written and the connection closed while the rest of the request may still be arriving (20 KB of
    // headers): the kernel then resets it, after the answer, which was read (as Node's own refusals close: destroyed).
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' && answer ? resolve(answer) : reject(error)));
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      resolve(answer);
    });
    const parts = typeof text === 'string' ? [text] : text;
    for (const [k, part] of parts.entries()) setTimeout(() => socket.write(part), 20 * k);
  });
}

/** The head of a POST /check whose body comes in chunks. */
const CHUNKED = 'POST /check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';

const get = (port: number, path: string) => fetch(`http://127.0.0.1:${port}${path}`);

async function stop(server: ReturnType<typeof run>) {
  const exit = finished(server);
  server.kill('SIGTERM');
  return exit;
}

describe('a flood of connections', () => {
  it('under a file-descriptor limit of 400, 420 idle sockets leave the server alive and answering', async () => {
    const server = run('scripts/start.mjs', { DATABASE_PATH: copyOfTestDatabase(dir, 'flood.db'), PORT: '0' }, { shell: 'ulimit -n 400' });
    const exit = finished(server);
    const { port, log } = await listeningOn(server);
    const sockets: Socket[] = [];
    await Promise.all(
      Array.from(
        { length: 420 },
        () =>
          new Promise<void>((resolve) => {
            const socket = connect(port, '127.0.0.1', () => resolve());
            socket.on('error', () => resolve());
            socket.on('close', () => resolve());
            sockets.push(socket);
          }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await get(port, '/healthz')).status).toBe(200);
    expect((await get(port, '/readyz')).status).toBe(200);
    expect(log()).not.toMatch(/EMFILE/);
    // The connections past the cap (three quarters of 400) were closed unanswered, and the log said so at once.
    expect(log()).toMatch(/"maxConnections":300,"msg":"connections refused past MAX_CONNECTIONS \(closed unanswered\)"/);
    server.kill('SIGTERM');
    expect((await exit).code).toBe(0);
  });

  it('closes an idle keep-alive connection after KEEP_ALIVE_TIMEOUT_MS', async () => {
    const server = run('scripts/start.mjs', { DATABASE_PATH: copyOfTestDatabase(dir, 'idle.db'), PORT: '0', KEEP_ALIVE_TIMEOUT_MS: '500' });
    const { port } = await listeningOn(server);
    const started = Date.now();
    const answer = await exchange(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', { timeoutMs: 10_000 });
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toMatch(/Keep-Alive: timeout=0?\b/i);
    // Node gives an idle socket its timeout and up to a second more.
    expect(Date.now() - started).toBeLessThan(3000);
    expect((await stop(server)).code).toBe(0);
  });
});

describe('what the HTTP parser refuses, as problem+json', () => {
  it('headers too large, a NUL, a bad request line, no Host, headers that never finish', async () => {
    // A request timeout under the interval its checks run at: the 408 still comes before the idle socket's silent close.
    const server = run('scripts/start.mjs', { DATABASE_PATH: copyOfTestDatabase(dir, 'parser.db'), PORT: '0', REQUEST_TIMEOUT_MS: '100' });
    const { port, log } = await listeningOn(server);
    // Each with the kind its type names (src/http/problem-types.ts).
    const cases: [string, string | string[], number, string][] = [
      [
        'headers over 16 KB',
        `GET /cities HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
        431,
        'request-header-fields-too-large',
      ],
      ['a NUL in a header', 'GET /cities HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0000b\r\n\r\n', 400, 'bad-request'],
      ['a bad request line', 'GET /cities HTTP/9.9.9\r\nHost: x\r\n\r\n', 400, 'bad-request'],
      ['no Host', 'GET /cities HTTP/1.1\r\n\r\n', 400, 'bad-request'],
      // (Closed when answered: a connection kept open would be waited out.)
      ['two Hosts', 'GET /cities HTTP/1.1\r\nHost: a\r\nhost: b\r\nConnection: close\r\n\r\n', 400, 'bad-request'],
      ['a Host that is no host', 'GET /cities HTTP/1.1\r\nHost: a@b\r\nConnection: close\r\n\r\n', 400, 'bad-request'],
      // A name of DNS's longest (253) with a port is a Host; 8,000 characters are none (and would be logged whole).
      ['the longest host name', `GET /nothing HTTP/1.1\r\nHost: ${'a'.repeat(253)}:3000\r\nConnection: close\r\n\r\n`, 404, 'not-found'],
      ['a Host longer than any', `GET /cities HTTP/1.1\r\nHost: ${'a'.repeat(8000)}\r\nConnection: close\r\n\r\n`, 400, 'bad-request'],
      // The bound itself is read; a character more is not.
      [
        'a Host as long as the bound',
        `GET /nothing HTTP/1.1\r\nHost: [fe80::1%${'a'.repeat(LIMITS.hostLength - 15)}]:3000\r\nConnection: close\r\n\r\n`,
        404,
        'not-found',
      ],
      [
        'a Host one past the bound',
        `GET /nothing HTTP/1.1\r\nHost: [fe80::1%${'a'.repeat(LIMITS.hostLength - 14)}]:3000\r\nConnection: close\r\n\r\n`,
        400,
        'bad-request',
      ],
      [
        'a Host of an IPv6 address with its zone',
        'GET /nothing HTTP/1.1\r\nHost: [fe80::1%lo]:3000\r\nConnection: close\r\n\r\n',
        404,
        'not-found',
      ],
      ['headers that never finish', 'GET /cities HTTP/1.1\r\nHost: x\r\n', 408, 'request-timeout'],
      ['a URL not percent-encoded', 'GET /search?q=張掖 HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'bad-request'],
      ['a path not percent-encoded', 'GET /cities/張掖 HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'bad-request'],
      ['a target that is no path', 'GET cities HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'invalid-target'],
      ['a target with a fragment', 'GET /indicators?limit=1#frag HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'invalid-target'],
      ['a method HTTP does not have', 'FOO /cities HTTP/1.1\r\nHost: x\r\n\r\n', 501, 'not-implemented'],
      ['a method in lower case, which is none', 'get /cities HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'bad-request'],
      // A tunnel asked of a server that is no proxy (Node closed the socket unanswered).
      ['CONNECT', 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n', 501, 'not-implemented'],
      // Refused in the body, the request's answer pending (unwritten): the refusal is that answer, of the
      // path its head (read before) asked for.
      // (A path in the body's bytes is none of its.)
      [
        'chunk extensions over 16 KB',
        [CHUNKED, `5;x="a /other/path ${'a'.repeat(20_000)}"\r\n{"cla\r\n0\r\n\r\n`],
        413,
        'payload-too-large',
      ],
    ];
    for (const [what, text, status, kind] of cases) {
      const answer = await exchange(port, text);
      expect(answer, what).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(answer, what).toMatch(/content-type: application\/problem\+json; charset=utf-8/i);
      // (A browser always says its Host: that refusal is the API's own, before CORS.)
      if (!/Host/.test(what)) expect(answer, what).toMatch(/access-control-allow-origin: \*/i);
      expect(answer, what).toMatch(/cache-control: no-store/i);
      // Under the policy every other answer carries (nosniff, HSTS …), written on the socket or not.
      for (const [name, value] of Object.entries(API_HEADERS))
        expect(answer.toLowerCase(), `${what}: ${name}`).toContain(`\r\n${name}: ${value}\r\n`.toLowerCase());
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
      expect(body, what).toMatchObject({ type: `/problems/${kind}`, status, title: expect.any(String), detail: expect.any(String) });
      if (what === 'a URL not percent-encoded')
        expect(body).toMatchObject({ detail: expect.stringMatching(/percent-encode/), instance: '/search' });
      // The path asked for, as every other problem names it, percent-encoded as a URI reference.
      if (what === 'a path not percent-encoded') expect(body.instance).toBe(`/cities/${encodeURIComponent('張掖')}`);
      if (what === 'a target that is no path') expect(body.detail).toMatch(/not a path: ask for one beginning with \//);
      // A fragment is said to be one, not read as a parameter frag or a limit of "1#frag" (api20).
      if (what === 'a target with a fragment') expect(body.detail).toMatch(/has a fragment, "#frag".*"\/indicators\?limit=1" without it/);
      // An authority (example.com:443) is no path: no instance rather than one read as a URI of scheme example.com.
      if (what === 'CONNECT') expect(body.instance).toBeUndefined();
      if (what === 'chunk extensions over 16 KB') expect(body.instance).toBe('/check');
    }
    // Behind a request whose answer is unfinished (a check takes a while), a refusal written on the
    // socket would be read as that answer: none is.
    const text = JSON.stringify({ text: 'Wuwei attracted 100 yi yuan of investment in 2023.' });
    const check = `POST /check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`;
    const overflow = `${CHUNKED}5;${'a'.repeat(20_000)}\r\n`;
    for (const refused of [
      'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n',
      'FOO /cities HTTP/1.1\r\nHost: x\r\n\r\n',
      overflow,
    ])
      expect(await exchange(port, `${check}${refused}`), refused.slice(0, 40)).not.toMatch(/^HTTP\/1\.1 (501|413)/);
    // HTTP/1.0 has no Host to require: such a request is answered.
    expect(await exchange(port, 'GET /healthz HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 200 /);
    // Each refusal is a line of the log, with its status (ops13: a 431 or a 408 had left none).
    const refusals = log()
      .split('\n')
      .filter((line) => line.includes('"msg":"request refused by the HTTP parser"'))
      .map((line) => JSON.parse(line));
    expect(refusals.map((line) => line.res.statusCode)).toEqual(expect.arrayContaining([431, 408, 501, 413]));
    // …each with the client's address (rev27: read after the socket was gone), and no longer than a served target's.
    for (const line of refusals) expect(line.remoteAddress).toBe('127.0.0.1');
    await exchange(port, `GET /${'\u00e5'.repeat(30_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    const flood = log()
      .split('\n')
      .filter((line) => line.includes('"msg":"request refused by the HTTP parser"'))
      .at(-1);
    expect(JSON.parse(flood ?? '{}').url.length).toBeLessThanOrEqual(LIMITS.urlLength + 2);
    expect((await stop(server)).code).toBe(0);
  });
});

describe('shutdown under keep-alive load', () => {
  it('SIGTERM with 50 keep-alive clients busy: every request sent gets its answer, none is reset', async () => {
    const server = run('scripts/start.mjs', { DATABASE_PATH: copyOfTestDatabase(dir, 'drain.db'), PORT: '0', SHUTDOWN_DELAY_MS: '300' });
    const exit = finished(server);
    const { port } = await listeningOn(server);
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const outcomes = { answered: 0, refused: 0, reset: [] as string[] };
    let signalled = false;
    let signalledAt = 0;
    const one = (k: number) =>
      new Promise<boolean>((resolve) => {
        const req = httpRequest({ port, host: '127.0.0.1', path: `/indicators?limit=${1 + (k % 50)}`, agent }, (res) => {
          res.resume();
          res.on('end', () => {
            outcomes.answered++;
            resolve(true);
          });
        });
        req.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ECONNREFUSED') outcomes.refused++;
          // Said with when and on what, so a failure tells a backlog's reset from a keep-alive one's.
          else
            outcomes.reset.push(
              `${error.code ?? error.message} ${signalled ? Date.now() - signalledAt : 'before'} ms after SIGTERM on a ${req.reusedSocket ? 'reused' : 'new'} connection`,
            );
          resolve(false);
        });
        req.end();
      });
    const client = async (k: number) => {
      // Each client goes on until the server refuses its next connection.
      for (let n = 0; n < 2000; n++) if (!(await one(k + n)) || (signalled && n > 400)) return;
    };
    const clients = Array.from({ length: 50 }, (_, k) => client(k));
    await new Promise((resolve) => setTimeout(resolve, 700));
    signalled = true;
    signalledAt = Date.now();
    server.kill('SIGTERM');
    await Promise.all(clients);
    agent.destroy();
    const exited = await exit;
    // When the listener closed, against the signal: a reset before it is a backlog's, after it was refused.
    const drained = /\{[^\n]*"msg":"stopped accepting connections; draining"\}/.exec(exited.stdout);
    const closedAt = drained ? `${(JSON.parse(drained[0]) as { time: number }).time - signalledAt} ms after SIGTERM` : 'not logged';
    expect(
      outcomes.reset,
      `the server exited with ${exited.code}; it stopped accepting ${closedAt}; its log ends:\n${exited.stdout.slice(-1500)}`,
    ).toEqual([]);
    expect(outcomes.answered).toBeGreaterThan(100);
    expect(exited.code).toBe(0);
    // The log says which signal came, and that the stop ended.
    expect(exited.stdout, `its log ends:\n${exited.stdout.slice(-800)}`).toMatch(
      /"signal":"SIGTERM"[^\n]*"msg":"told to stop \(SIGTERM\)[\s\S]*"msg":"stopped"\}/,
    );
  });
});

type Client = { socket: Socket; read: string[]; errors: string[]; closed: Promise<unknown> };
const ask = 'GET /healthz HTTP/1.1\r\nHost: ledger\r\n\r\n';
/** Keeps this process busy for `ms`, its event loop turning no further. */
const stall = (ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until);
};

/** A raw connection to `port` that has sent `ask`, keeping what it reads and the errors it meets. */
function askingClient(port: number): Client {
  const socket = connect(port, '127.0.0.1');
  const client: Client = { socket, read: [], errors: [], closed: new Promise((done) => socket.on('close', done)) };
  socket.on('data', (d) => client.read.push(String(d)));
  socket.on('error', (error: NodeJS.ErrnoException) => client.errors.push(error.code ?? error.message));
  socket.write(ask);
  return client;
}

describe('shutdown after a stall', () => {
  /**
   * An app listening with `count` keep-alive connections, each answered once and now idle, handed to
   * `use` with a stop that drains with a grace of 50 ms; every connection must then be closed cleanly:
   * those that asked again with their answer and `Connection: close`, the others as idle.
   */
  async function stopWithIdleClients(
    count: number,
    use: (clients: Client[], stop: () => Promise<void>, listening: () => boolean, app: App) => Promise<Client[]>,
  ) {
    const app = await openApp({ rateLimitMax: 0 });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as { port: number };
      const clients = await Promise.all(
        Array.from(
          { length: count },
          () =>
            new Promise<Client>((resolve, reject) => {
              const client = askingClient(port);
              client.socket.once('data', () => resolve(client));
              client.socket.once('error', reject);
            }),
        ),
      );
      let stopped: Promise<void> | undefined;
      const askedAgain = await use(
        clients,
        () => {
          stopped = stopServing(app, { delayMs: 0, graceMs: 50 });
          return stopped;
        },
        () => app.server.listening,
        app,
      );
      await Promise.all(clients.map((c) => c.closed));
      await stopped;
      for (const client of clients) {
        const answers = client.read.join('').split('HTTP/1.1 ').slice(1);
        expect(client.errors).toEqual([]);
        expect(answers.map((a) => a.slice(0, 3))).toEqual(askedAgain.includes(client) ? ['200', '200'] : ['200']);
        if (askedAgain.includes(client)) expect(answers[1].toLowerCase()).toContain('connection: close');
      }
    } finally {
      await app.closeAll();
    }
  }

  it('answers the requests that arrived while the process was stalled past the grace, and closes the idle', async () => {
    await stopWithIdleClients(6, async (clients, stop, listening) => {
      const asking = clients.slice(0, 5);
      void stop();
      // Once the listener has closed and draining begun, from the check phase, so the loop's next step
      // is its timers: five clients send their next request and the process stalls past the grace
      // before it could read them; the sixth stays idle.
      await new Promise<void>((resolve) => {
        const once = () =>
          setImmediate(() => {
            if (listening()) return once();
            for (const { socket } of asking) socket.write(ask);
            stall(300);
            resolve();
          });
        once();
      });
      return asking;
    });
  });

  /**
   * Two idle clients and a stop; `afterGrace` runs in the timers phase of the grace timer's turn,
   * right after it, and is given a write to a loopback relay whose data event makes the first client
   * send its next request and the process stall: the request arrives during a poll, to be read in
   * the next. On a loaded machine the relay's byte can reach it a poll or two late, after the idle
   * connections were closed: that is not the case set up, so the first client does not send, and the
   * case is set up again, three times at most.
   */
  async function busyPollAfterGrace(afterGrace: (touchRelay: () => void) => void) {
    for (let attempt = 1; ; attempt++) {
      const relay = createServer();
      await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
      const near = connect((relay.address() as { port: number }).port, '127.0.0.1');
      const far = await new Promise<Socket>((resolve) => relay.once('connection', resolve));
      let inTime = false;
      try {
        await stopWithIdleClients(2, async ([asking], stop, _listening, app) => {
          // The stop sets the grace timer just after draining begins; a timer of the same delay set
          // then falls due with it or a millisecond later, so a stall just before both makes them run
          // in one timers phase, the grace timer first.
          const drain = app.drain;
          app.drain = () => {
            drain();
            queueMicrotask(() => {
              setTimeout(() => stall(10), 40);
              setTimeout(() => afterGrace(() => near.write('x')), 50);
            });
          };
          let idleClosed = false;
          const closeIdle = app.server.closeIdleConnections.bind(app.server);
          app.server.closeIdleConnections = () => {
            idleClosed = true;
            closeIdle();
          };
          void stop();
          await new Promise<void>((resolve) =>
            far.once('data', () => {
              inTime = !idleClosed;
              if (inTime) {
                asking.socket.write(ask);
                stall(100);
              }
              resolve();
            }),
          );
          return inTime ? [asking] : [];
        });
      } finally {
        near.destroy();
        far.destroy();
        relay.close();
      }
      if (inTime) return;
      if (attempt === 3) throw new Error('three times the relay’s byte arrived after the idle connections were closed');
    }
  }

  it('answers a request that arrived while the poll after the grace was busy', async () => {
    await busyPollAfterGrace((touchRelay) => touchRelay());
  });

  it('answers a request that arrived while a later poll the close of the idle waited for was busy', async () => {
    // From the check phase, after the close of the idle has begun timing the next poll.
    await busyPollAfterGrace((touchRelay) => setImmediate(touchRelay));
  });
});

/**
 * A server with the lifecycle plugin answering GET /large with `size` bytes, asked by a client that
 * has not read yet: returned once the answer is finished and waiting in its socket's buffer. Errors on
 * the client's socket are collected, not thrown.
 */
async function largeAnswerWaiting(size: number) {
  const app = Fastify();
  await app.register(lifecycle);
  app.get('/large', async (_request, reply) => reply.type('application/octet-stream').send(Buffer.alloc(size, 97)));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const socket = connect((app.server.address() as { port: number }).port, '127.0.0.1');
  socket.pause();
  const errors: string[] = [];
  socket.on('error', (error: NodeJS.ErrnoException) => errors.push(error.code ?? error.message));
  const closed = new Promise((done) => socket.on('close', done));
  socket.write('GET /large HTTP/1.1\r\nHost: x\r\n\r\n');
  const writing = () => [...app.connections].some((c) => c.writableLength > 0);
  for (const until = Date.now() + 5000; !writing() && Date.now() < until; ) await new Promise((r) => setTimeout(r, 10));
  return { app, socket, errors, closed, writing };
}

describe('shutdown with a slow reader', () => {
  it('writes a large answer whole to a client that reads it over several seconds, not cut off as stalled', async () => {
    // One write of 16 MB read at about 5 MB a second: Node counts the write whole until it is done, so
    // only libuv's shrinking queue says the client is reading between two looks a second apart.
    const size = 16 * 1024 * 1024;
    const { app, socket, closed } = await largeAnswerWaiting(size);
    try {
      const stopped = stopServing(app, { delayMs: 0, graceMs: 20 });
      let read = 0;
      let since = 0;
      socket.on('data', (d: Buffer) => {
        read += d.length;
        since += d.length;
        if (since < 512 * 1024) return;
        since = 0;
        socket.pause();
        setTimeout(() => socket.resume(), 100);
      });
      socket.resume();
      await closed;
      await stopped;
      expect(read).toBeGreaterThan(size);
      expect(read).toBeLessThan(size + 1024);
    } finally {
      await app.close();
    }
  }, 30_000);

  it('writes an answer a client is still reading whole before it closes the connection', async () => {
    // An answer larger than loopback's buffers can hold, so its end waits in the socket's own buffer.
    const size = 48 * 1024 * 1024;
    const { app, socket, errors, closed, writing } = await largeAnswerWaiting(size);
    try {
      // Stop once the answer is finished but still being written, past the grace that closes idle connections.
      expect(writing()).toBe(true);
      const stopped = stopServing(app, { delayMs: 0, graceMs: 20 });
      await new Promise((r) => setTimeout(r, 300));
      let read = 0;
      socket.on('data', (d: Buffer) => {
        read += d.length;
      });
      socket.resume();
      await closed;
      await stopped;
      expect(errors).toEqual([]);
      const head = `HTTP/1.1 200 OK`.length;
      expect(read).toBeGreaterThan(size + head);
      expect(read).toBeLessThan(size + 1024);
    } finally {
      await app.close();
    }
  });

  it('cuts off an answer whose client never reads again, and ends the stop', async () => {
    const { app, socket } = await largeAnswerWaiting(48 * 1024 * 1024);
    try {
      const started = Date.now();
      let ended = false;
      const stopped = stopServing(app, { delayMs: 0, graceMs: 20 }).then(() => {
        ended = true;
      });
      // Two looks a second apart find its buffer no smaller: cut off, and the stop goes on.
      for (const until = Date.now() + 4000; !ended && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
      expect(ended, `the stop still waited after ${Date.now() - started} ms`).toBe(true);
      await stopped;
      socket.destroy();
    } finally {
      await app.close();
    }
  });
});

describe('shutdown with connections not yet accepted', () => {
  it('answers every connection made while the process was busy, before the listener closed', async () => {
    const app = await openApp({ rateLimitMax: 0 });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as { port: number };
      // Node accepts one waiting connection per turn of the event loop: twenty wait for twenty turns.
      const clients = Array.from({ length: 20 }, () => askingClient(port));
      // The connects go out on the next tick and the kernel completes them at once; the process stays
      // busy and then stops, before any poll of the loop has accepted a connection.
      let stopped: Promise<void> | undefined;
      await new Promise<void>((resolve) =>
        process.nextTick(() =>
          process.nextTick(() => {
            stall(50);
            stopped = stopServing(app, { delayMs: 0, graceMs: 50 });
            resolve();
          }),
        ),
      );
      await Promise.all(clients.map((c) => c.closed));
      await stopped;
      // Each answered (before or after draining began), then closed: none reset.
      expect(clients.map((c) => c.errors.join())).toEqual(clients.map(() => ''));
      expect(clients.filter((c) => /^HTTP\/1\.1 200 /.test(c.read.join(''))).length).toBe(20);
    } finally {
      await app.closeAll();
    }
  });
});

describe('a backlog of heavy requests', () => {
  it('is answered or shed with 503 in bounded time, never left waiting', async () => {
    const server = run('scripts/start.mjs', {
      DATABASE_PATH: copyOfTestDatabase(dir, 'backlog.db'),
      PORT: '0',
      MAX_EVENT_LOOP_DELAY_MS: '100',
      ANSWER_CACHE_MB: '0',
      RECORD_CACHE_MB: '0',
    });
    const { port } = await listeningOn(server);
    // Every connection is opened (and answered once) first, so the heavy requests go out together on
    // idle keep-alive connections, a backlog however slowly this process, sharing the cores with
    // other tests, would have opened 400 connections one by one.
    const agent = new Agent({ keepAlive: true, maxSockets: 400, maxFreeSockets: 400 });
    const ask = (path: string) =>
      new Promise<[number, number]>((resolve) => {
        const started = Date.now();
        const req = httpRequest({ port, host: '127.0.0.1', path, agent }, (res) => {
          res.resume();
          res.on('end', () => resolve([res.statusCode ?? 0, Date.now() - started]));
        });
        req.on('error', () => resolve([0, Date.now() - started]));
        req.end();
      });
    const opened = await Promise.all(Array.from({ length: 400 }, () => ask('/healthz')));
    expect(opened.every(([status]) => status === 200)).toBe(true);
    // Distinct, uncached, some work each (five value counts), small answers.
    const timed = await Promise.all(
      Array.from({ length: 400 }, (_, k) => ask(`/indicators?facets=city,metric,unit,period,initiative&facet_limit=5&limit=1&min=${k}`)),
    );
    agent.destroy();
    const statuses = new Set(timed.map(([status]) => status));
    expect(
      [...statuses].every((s) => s === 200 || s === 503),
      [...statuses].join(','),
    ).toBe(true);
    expect(timed.filter(([s]) => s === 503).length).toBeGreaterThan(0);
    expect(timed.filter(([s]) => s === 200).length).toBeGreaterThan(0);
    // No answer waited for the whole backlog: each came within a few shedding windows.
    expect(Math.max(...timed.map(([, ms]) => ms))).toBeLessThan(3000);
    expect((await stop(server)).code).toBe(0);
  });
});

/**
 * Requests written to one connection: `ahead` at once, then one more each time an answer is read,
 * `total` in all; the statuses of the answers in order, and whether the server closed the connection.
 */
function pipelined(port: number, ahead: number, total: number): Promise<{ statuses: number[]; heads: string[]; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const statuses: number[] = [];
    const heads: string[] = [];
    let sent = 0;
    let buffer = Buffer.alloc(0);
    const send = (count: number) => {
      const requests = Array.from(
        { length: Math.min(count, total - sent) },
        () => `GET /cities?limit=1&offset=${sent++} HTTP/1.1\r\nHost: x\r\n\r\n`,
      );
      if (requests.length > 0) socket.write(requests.join(''));
    };
    const finish = (closed: boolean) => {
      socket.destroy();
      resolve({ statuses, heads, closed });
    };
    socket.on('data', (d: Buffer) => {
      buffer = Buffer.concat([buffer, d]);
      for (let end = buffer.indexOf('\r\n\r\n'); end >= 0; end = buffer.indexOf('\r\n\r\n')) {
        const head = buffer.subarray(0, end).toString();
        const length = Number(/^content-length: (\d+)$/im.exec(head)?.[1] ?? 0);
        if (buffer.length < end + 4 + length) return;
        statuses.push(Number(head.slice(9, 12)));
        heads.push(head);
        buffer = buffer.subarray(end + 4 + length);
        send(1);
        if (statuses.length === total) finish(false);
      }
    });
    socket.on('close', () => finish(true));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => finish(false));
    send(ahead);
  });
}

describe('pipelined requests', () => {
  const limit = LIMITS.pipelinedRequests;

  it(`answers a client that keeps ${limit} requests waiting behind the one being answered, as long as it reads`, async () => {
    // Each answer is held until the request after the window arrives: the request sent on reading an
    // answer finds the next one being answered and the bound's count waiting behind it, never fewer.
    const total = 4 * limit;
    const app = Fastify();
    await app.register(lifecycle);
    const held: (() => void)[] = [];
    let arrived = 0;
    app.get('/cities', async () => {
      const index = arrived++;
      const answer = new Promise<void>((release) => {
        held[index] = release;
      });
      const from = index - limit;
      if (index === total - 1) for (const release of held.slice(Math.max(from, 0))) release();
      else if (from >= 0) held[from]();
      await answer;
      return { index };
    });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { statuses, closed } = await pipelined((app.server.address() as { port: number }).port, limit + 1, total);
      expect(statuses).toEqual(Array(total).fill(200));
      expect(closed).toBe(false);
    } finally {
      await app.close();
    }
  });

  it('answers the requests before it, refuses the first past the bound and closes the connection', async () => {
    const app = await openApp();
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const port = (app.server.address() as { port: number }).port;
      // As many again after the refused one are read and never answered.
      const { statuses, heads, closed } = await pipelined(port, 2 * limit + 1, 2 * limit + 1);
      expect(statuses).toEqual([...Array(limit + 1).fill(200), 429]);
      expect(closed).toBe(true);
      // With the headers of every answer, readable by a script of another origin.
      expect(heads.at(-1)).toMatch(/^access-control-allow-origin: \*$/im);
      expect(heads.at(-1)).toMatch(/^x-content-type-options: nosniff$/im);
      // More than that is a client that will not stop: it is cut off, the answers before unsent.
      const flood = await pipelined(port, 10 * limit, 10 * limit);
      expect(flood.closed).toBe(true);
      expect(flood.statuses).not.toContain(429);
    } finally {
      await app.closeAll();
    }
  });
});

// The tests here and under 'npm start' whose server first builds its database or bundles itself get
// 60 s: those that wait for it to listen wait 30 or 40 s, and a busy machine can pass the default 20 s.
describe('the database file', () => {
  const damaged = () => {
    const path = copyOfTestDatabase(dir, `damaged-${Math.random().toString(36).slice(2)}.db`);
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(statSync(path).size / 2 / 4096) * 4096);
    return path;
  };

  it('damaged on disk: refused with a one-line reason when it may not be rebuilt', async () => {
    const { code, stderr } = await finished(
      run('scripts/start.mjs', { DATABASE_PATH: damaged(), PORT: '0', DATABASE_AUTO_BUILD: 'false' }),
    );
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^cannot start: database .* is damaged: its SHA-256 is/);
  });

  it('damaged on disk: rebuilt from seed/ when it may be, then served', async () => {
    const path = damaged();
    const server = run('scripts/start.mjs', { DATABASE_PATH: path, PORT: '0' });
    const { port, log } = await listeningOn(server, 30_000);
    expect(log()).toMatch(/was damaged: .*built it from seed\//);
    expect((await get(port, '/readyz')).status).toBe(200);
    // Its log says what it serves, from which file (ops13: the start had named no data).
    const serving = log()
      .split('\n')
      .filter((line) => line.includes('"msg":"serving dataset'))
      .map((line) => JSON.parse(line));
    expect(serving).toEqual([expect.objectContaining({ dataset: expect.stringMatching(/^[0-9a-f]{16}$/), database: path })]);
    expect((await stop(server)).code).toBe(0);
  }, 60_000);

  it('without its downloads: built with them when it may be, served as it is (saying so) when it may not (ops13)', async () => {
    const path = copyOfTestDatabase(dir, 'no-downloads.db');
    const said: string[] = [];
    await ensureDatabase({ DATABASE_PATH: path, DATABASE_AUTO_BUILD: false }, (line) => said.push(line));
    expect([said, existsSync(join(dir, 'no-downloads-downloads'))]).toEqual([[], false]);
    await ensureDatabase({ DATABASE_PATH: path, DATABASE_AUTO_BUILD: true }, (line) => said.push(line));
    expect(said).toEqual([
      expect.stringMatching(/was without current downloads \(the downloads were not built with this database\): built it from seed\/$/),
    ]);
    expect(readdirSync(join(dir, 'no-downloads-downloads')).sort()).toEqual(['ledger.sqlite', 'ledger.zip', 'manifest.json']);
    // Built, it is not built again.
    await ensureDatabase({ DATABASE_PATH: path, DATABASE_AUTO_BUILD: true }, (line) => said.push(line));
    expect(said).toHaveLength(1);
  }, 60_000);

  it('says it waits for another build holding the lock, then builds if it still must (ops13: a start had waited silently)', async () => {
    const path = join(dir, 'locked', 'ledger.db');
    mkdirSync(dirname(path), { recursive: true });
    const release = await lockfile.lock(path, { realpath: false, stale: 20_000, update: 5_000 });
    const said: string[] = [];
    const started = ensureDatabase({ DATABASE_PATH: path, DATABASE_AUTO_BUILD: true }, (line) => said.push(line));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(said).toEqual([
      expect.stringMatching(/^waiting for another build of .*ledger\.db \(its lock, .*ledger\.db\.lock, is taken over/),
    ]);
    await release();
    await started;
    expect(said.at(-1)).toMatch(/was missing: built it from seed\/$/);
  }, 60_000);

  it('two servers started on one missing database: one builds, the other waits for it, both serve', async () => {
    const path = join(dir, 'twice', 'ledger.db');
    const servers = [0, 1].map(() => run('scripts/start.mjs', { DATABASE_PATH: path, PORT: '0' }));
    const started = await Promise.all(servers.map((s) => listeningOn(s, 40_000)));
    for (const { port } of started) expect((await get(port, '/readyz')).status).toBe(200);
    expect(started.map(({ log }) => /built it from seed/.test(log())).filter(Boolean)).toHaveLength(1);
    // One build's files, and nothing either left behind (no temporary file, no lock).
    expect(readdirSync(join(dir, 'twice')).sort()).toEqual(['ledger-downloads', 'ledger.db', 'ledger.db.sha256']);
    for (const s of servers) expect((await stop(s)).code).toBe(0);
  }, 60_000);

  it('in a directory the server may not write: refused naming the path', async () => {
    const readOnly = join(dir, 'read-only');
    mkdirSync(readOnly, { recursive: true });
    chmodSync(dir, 0o755);
    chmodSync(readOnly, 0o555);
    const path = join(readOnly, 'ledger.db');
    // As an unprivileged user: root writes anywhere.
    const { code, stderr } = await finished(run('scripts/start.mjs', { DATABASE_PATH: path, PORT: '0' }, { uid: 65534 }));
    expect(code, stderr).toBe(1);
    expect(stderr.trim()).toBe(`cannot start: cannot build the database at ${path}, which is missing: ${readOnly} is not writable`);
    // In a directory to be made there, the one it would be made in is named (ops13: the one not made had been).
    const deeper = join(readOnly, 'nope', 'ledger.db');
    const refused = await finished(run('scripts/start.mjs', { DATABASE_PATH: deeper, PORT: '0' }, { uid: 65534 }));
    expect(refused.stderr.trim()).toBe(
      `cannot start: cannot build the database at ${deeper}, which is missing: ${readOnly} (where ${join(readOnly, 'nope')} would be made) is not writable`,
    );
    // A database it can serve, there without its downloads, is served (they answer 404), not refused (rev27).
    const served = join(dir, 'served-read-only');
    mkdirSync(served);
    copyOfTestDatabase(served, 'ledger.db');
    chmodSync(served, 0o555);
    const server = run('scripts/start.mjs', { DATABASE_PATH: join(served, 'ledger.db'), PORT: '0' }, { uid: 65534 });
    const { port } = await listeningOn(server, 30_000);
    expect([(await get(port, '/readyz')).status, (await get(port, '/downloads/ledger.zip')).status]).toEqual([200, 404]);
    expect((await stop(server)).code).toBe(0);
  }, 60_000);
});

describe('npm start', () => {
  it('in a checkout whose dist/ the server may not write: refused in one line, not a stack', async () => {
    // A checkout of its own, read-only to the unprivileged user, with no bundle yet.
    const checkout = checkoutIn(dir, 'checkout', ['package.json']);
    chmodSync(dir, 0o755);
    chmodSync(checkout, 0o555);
    const database = copyOfTestDatabase(dir, 'unbundled.db');
    const { code, stderr } = await finished(
      run(join(checkout, 'scripts', 'start.mjs'), { DATABASE_PATH: database, PORT: '0' }, { uid: 65534 }),
    );
    expect(code, stderr).toBe(1);
    expect(stderr.trim().split('\n').at(-1)).toMatch(
      /^cannot start: the server could not be bundled into .*checkout\/dist\/server\.cjs \(.*permission denied\)/,
    );
  }, 60_000);

  it('leaves no esbuild process behind once it has bundled', async () => {
    // A checkout of its own with no bundle yet, so this start bundles, and the servers other test files
    // start from the project's meanwhile are not made to bundle again.
    const checkout = checkoutIn(dir, 'bundling');
    const server = run(join(checkout, 'scripts', 'start.mjs'), { DATABASE_PATH: copyOfTestDatabase(dir, 'bundled.db'), PORT: '0' });
    await listeningOn(server, 30_000);
    expect(existsSync(join(checkout, 'dist', 'server.cjs'))).toBe(true);
    let children = '';
    try {
      children = execFileSync('ps', ['-o', 'comm=', '--ppid', String(server.pid)])
        .toString()
        .trim();
    } catch {
      // ps exits 1 when it lists nothing.
    }
    expect(children).toBe('');
    expect((await stop(server)).code).toBe(0);
  }, 60_000);
});
