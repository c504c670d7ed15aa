/** HTTP semantics: conditional requests, liveness apart from readiness, links that never name the request's host. */
import { closeSync, copyFileSync, mkdtempSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { getJson, useApp, withApp } from './helper.ts';

const app = useApp();

describe('the request path', () => {
  it('runs its hooks in the order src/app.ts lays out: the refusals before the work, the cache around the handler', async () => {
    // As the server builds it: the rate limit and load shedding on.
    const printed = await withApp({ rateLimitMax: 600, maxEventLoopDelay: 1000 }, async (served) =>
      served.printRoutes({ includeHooks: true, commonPrefix: false }),
    );
    const at = printed.indexOf('/indicators (GET)');
    const hooks = Object.fromEntries(
      [...printed.slice(at).matchAll(/• \((\w+)\) (\[[^\]]*\])/g)]
        .slice(0, 5)
        .map(([, stage, names]) => [stage, (JSON.parse(names) as string[]).map((n) => n.replace('()', ''))]),
    );
    expect(hooks).toEqual({
      onRequest: [
        'boundPipelinedRequests',
        'refuseBadHost',
        'setSecurityHeaders',
        'handleCors',
        'limitRate',
        'shedLoad',
        'checkTarget',
        'readPageParameters',
      ],
      preParsing: ['refuseUnroutedUnread', 'refuseContentCoding'],
      preValidation: ['readParameters', 'answerByTarget'],
      preHandler: ['refuseUnknownValues', 'answerByKey'],
      onSend: ['closeWhenDraining', 'setDocumentHeaders', 'judgePreconditions', 'pageForRefusal', 'keepAnswer'],
    });
  });
});

describe('conditional requests', () => {
  it('answer 304 to If-None-Match with the ETag of the 200 the request would get, or *', async () => {
    const first = await app().inject('/indicators/000-i031');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[0-9a-f]{16}-/);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await app().inject({ url: '/indicators/000-i031', headers: { 'if-none-match': ifNoneMatch } });
      expect(again.statusCode, ifNoneMatch).toBe(304);
      expect(again.headers.etag).toBe(etag);
      expect(again.body).toBe('');
    }
    const other = await app().inject({ url: '/indicators/000-i031', headers: { 'if-none-match': '"something-else"' } });
    expect(other.statusCode).toBe(200);
  });

  it('answer a conditional HEAD as its GET: 304, no body and no length, made anew, from the cache or of a file (api20: a 500)', async () => {
    // Each URL asked first by HEAD (the answer made anew), then again after a GET (from the cache); a download is a file's.
    for (const url of ['/cities/jiuquan', '/indicators?limit=3&offset=77', '/downloads/scopes.csv', '/downloads/ledger.sqlite']) {
      for (const round of ['new', 'kept']) {
        if (round === 'kept') await app().inject(url);
        const head = await app().inject({ method: 'HEAD', url, headers: { 'if-none-match': '*' } });
        expect(head.statusCode, `${url}, ${round}`).toBe(304);
        expect(head.body).toBe('');
        expect(head.headers['content-length'], `${url}, ${round}`).toBeUndefined();
        expect(head.headers.etag).toBeDefined();
      }
    }
  });

  it('carry on a 304, made anew or from the cache, the ETag, Cache-Control, Vary and security headers of the 200 they stand for', async () => {
    // JSON, and a page, whose security headers are a document's.
    for (const [url, headers] of [
      ['/cities/wuwei?fields=slug,name_en', {}],
      ['/cities/wuwei?lang=zh', { accept: 'text/html' }],
    ] as const) {
      const made = await app().inject({ url, headers });
      const tag = String(made.headers.etag);
      // The first 304 is made with the answer; once asked twice the answer is kept and the next comes from the cache.
      for (let round = 0; round < 3; round++) {
        if (round === 1) await app().inject({ url, headers });
        const again = await app().inject({ url, headers: { ...headers, 'if-none-match': tag } });
        expect(again.statusCode, `${url}, round ${round}`).toBe(304);
        for (const name of ['etag', 'cache-control', 'vary', 'content-security-policy'])
          expect(again.headers[name], `${url}: ${name}, round ${round}`).toBe(made.headers[name]);
        // No body, so no length of one, and nothing else of the representation's (RFC 9110 §8.6, §15.4.5).
        for (const name of ['content-length', 'content-type', 'content-language', 'link'])
          expect(again.headers[name], `${url}: ${name}, round ${round}`).toBeUndefined();
      }
    }
  });

  it('answer 412 to an If-Match that names no current representation, made anew or from the cache, never for an error', async () => {
    const url = '/cities/zhangye?fields=slug';
    // Its first requests, answers made anew: a tag that passes and one that does not.
    expect((await app().inject({ url, headers: { 'if-match': '*' } })).statusCode).toBe(200);
    expect((await app().inject({ url, headers: { 'if-match': '"other"' } })).statusCode).toBe(412);
    const tag = String((await app().inject(url)).headers.etag);
    // Asked once more, the answer is kept: each round meets the cache's path, the first a new answer's.
    for (let round = 0; round < 2; round++) {
      for (const [ifMatch, status] of [
        [tag, 200],
        ['*', 200],
        [`"other", ${tag}`, 200],
        ['"other"', 412],
        [`W/${tag}`, 412],
      ] as const) {
        const asked = await app().inject({ url, headers: { 'if-match': ifMatch } });
        expect(asked.statusCode, `${ifMatch}, round ${round}`).toBe(status);
        if (status === 412) {
          expect(asked.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(asked.headers.etag).toBeUndefined();
          expect(asked.json()).toMatchObject({ status: 412, title: 'Precondition Failed' });
        }
      }
    }
    // A 412 made anew carries none of the 200's representation headers (a CSV's file name would save the
    // problem as the file) and is never stored.
    for (const [asked, headers] of [
      ['/indicators?limit=1&city=wuwei', {}],
      ['/indicators?city=wuwei', { accept: 'text/csv' }],
    ] as const) {
      const refused = await app().inject({ url: asked, headers: { ...headers, 'if-match': '"other"' } });
      expect(refused.statusCode, asked).toBe(412);
      for (const name of ['etag', 'link', 'content-disposition', 'content-encoding'])
        expect(refused.headers[name], `${asked}: ${name}`).toBeUndefined();
      expect(refused.headers['cache-control'], asked).toBe('no-store');
      expect(refused.headers.vary, asked).toBe('Accept, Accept-Encoding, Accept-Language');
    }
    // What would not be a 200 is answered as it would be.
    expect((await app().inject({ url: '/cities/nowhere', headers: { 'if-match': '"other"' } })).statusCode).toBe(404);
    // A reader who asked for a page is told as a page, whether the answer was made anew or kept.
    for (let round = 0; round < 3; round++) {
      const refused = await app().inject({ url: '/cities/wuwei?lang=en', headers: { accept: 'text/html', 'if-match': '"other"' } });
      expect([refused.statusCode, refused.headers['content-type']], `round ${round}`).toEqual([412, 'text/html; charset=utf-8']);
    }
  });

  it('make each ETag with the code’s version, so upgraded code never answers 304 for a copy the old code made', async () => {
    const { body: health } = await getJson(app(), '/healthz');
    expect(health.code).toMatch(/^[0-9a-f]{16}$/);
    const old = String((await app().inject('/cities/wuwei?lang=en')).headers.etag);
    await withApp({ codeVersion: `${health.code}-upgraded` }, async (upgraded) => {
      expect((await getJson(upgraded, '/healthz')).body.code).toBe(`${health.code}-upgraded`);
      const asked = await upgraded.inject({ url: '/cities/wuwei?lang=en', headers: { 'if-none-match': old } });
      expect(asked.statusCode).toBe(200);
      // Same data, same request: only the code differs, and with it the tag (the dataset version stays its prefix).
      expect(asked.headers.etag).not.toBe(old);
      expect(String(asked.headers.etag).slice(0, 18)).toBe(old.slice(0, 18));
    });
  });

  it('never answer 304 for what would not be a 200: an unknown route, a bad parameter, a missing record', async () => {
    for (const url of [
      '/nothing-here',
      '/indicators?ctiy=1',
      '/indicators/999-i999',
      '/cities/atlantis/indicators',
      '/indicators?limit=0',
    ]) {
      const response = await app().inject({ url, headers: { 'if-none-match': '*' } });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.headers['content-type'], url).toMatch(/^application\/problem\+json/);
      expect(response.headers.etag, url).toBeUndefined();
    }
  });

  it('give each representation its own ETag', async () => {
    const json = await app().inject('/cities/wuwei/indicators');
    const csv = await app().inject({ url: '/cities/wuwei/indicators', headers: { accept: 'text/csv' } });
    expect(json.headers.etag).not.toBe(csv.headers.etag);
    const conditional = await app().inject({
      url: '/cities/wuwei/indicators',
      headers: { accept: 'text/csv', 'if-none-match': String(json.headers.etag) },
    });
    expect(conditional.statusCode).toBe(200);
    expect(conditional.headers['content-type']).toMatch(/^text\/csv/);
  });
});

describe('liveness and readiness', () => {
  it('/healthz says the process answers, and is never cached', async () => {
    const { response, body } = await getJson(app(), '/healthz');
    expect(response.statusCode).toBe(200);
    expect(body).toEqual({ status: 'ok', version: expect.stringMatching(/^[0-9a-f]{16}$/), code: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBeUndefined();
  });

  it('/readyz queries the database now: with the database gone it is 503, while /healthz stays 200', async () => {
    await withApp({}, async (own) => {
      const ready = await own.inject('/readyz');
      expect(ready.statusCode).toBe(200);
      expect(ready.headers['cache-control']).toBe('no-store');
      own.db.$client.close();
      const gone = await own.inject('/readyz');
      expect(gone.statusCode).toBe(503);
      expect(gone.headers['retry-after']).toBe('10');
      expect(gone.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
      expect((await own.inject('/healthz')).statusCode).toBe(200);
    }).catch((error: Error) => {
      // The database was closed on purpose; closing it again is the only failure allowed.
      if (!/not open/.test(error.message)) throw error;
    });
  });
});

describe('a server told it will stop', () => {
  it('is not ready (503, retry later, draining) while it goes on answering and stays live', async () => {
    await withApp({}, async (own) => {
      expect((await own.inject('/readyz')).statusCode).toBe(200);
      own.stopping();
      const ready = await own.inject('/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.headers['retry-after']).toBe('10');
      expect(ready.headers['cache-control']).toBe('no-store');
      expect(ready.json()).toMatchObject({ status: 503, type: expect.stringMatching(/draining$/) });
      expect((await own.inject('/healthz')).statusCode).toBe(200);
      // Its connections stay open until it drains; then each answer closes its own.
      const served = await own.inject('/cities');
      expect([served.statusCode, served.headers.connection]).toEqual([200, 'keep-alive']);
      own.drain();
      expect((await own.inject('/cities')).headers.connection).toBe('close');
    });
  });
});

describe('a database rebuilt under a running server', () => {
  /** Serves a copy of the test database, ready, then changes its file with `change` and asks /readyz again. */
  async function readinessAfter(change: (path: string) => Promise<void> | void) {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-changed-'));
    const path = join(dir, 'ledger.db');
    copyFileSync(inject('databasePath'), path);
    try {
      return await withApp({ databasePath: path }, async (own) => {
        expect((await own.inject('/readyz')).statusCode).toBe(200);
        await change(path);
        return own.inject('/readyz');
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('makes /readyz say the file was replaced and a restart serves it', async () => {
    const replaced = await readinessAfter((path) => {
      copyFileSync(inject('databasePath'), `${path}.new`);
      renameSync(`${path}.new`, path); // as a build replaces it: another file under the name
    });
    expect(replaced.statusCode).toBe(503);
    expect(replaced.json().detail).toMatch(/replaced after this instance opened it.*restarted/);
  });

  it('makes /readyz a 503 when the file is written in place, its size unchanged', async () => {
    const rewritten = await readinessAfter(async (path) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      // One byte written over with itself: the same file, the same size, written after it was opened.
      const fd = openSync(path, 'r+');
      const byte = Buffer.alloc(1);
      readSync(fd, byte, 0, 1, 100);
      writeSync(fd, byte, 0, 1, 100);
      closeSync(fd);
    });
    expect(rewritten.statusCode).toBe(503);
    expect(rewritten.json().detail).toMatch(/does not answer/);
  });
});

describe('links', () => {
  it('are built from the path and the query as read, never from the host a request names', async () => {
    // Over a socket: a proxy's absolute-form target (inject would send the path alone).
    await app().listen({ host: '127.0.0.1', port: 0 });
    const { port } = app().server.address() as AddressInfo;
    const answer = await new Promise<string>((resolve, reject) => {
      let text = '';
      const socket = connect(port, '127.0.0.1', () =>
        socket.write('GET http://evil.example/indicators?limit=1 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n'),
      );
      socket.on('data', (chunk) => {
        text += chunk;
      });
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toMatch(/^link: <\/indicators\?limit=1&offset=1>; rel="next"\r$/m);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body.links.self).toBe('/indicators?limit=1&offset=0');
    expect(body.links.next).toBe('/indicators?limit=1&offset=1');
    expect(body.links.prev).toBeNull();
  });
});
