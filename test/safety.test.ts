/** Security headers, rate limiting, load shedding and request limits, each answered as problem+json. */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, loadConfig } from '../src/config.ts';
import { inSeconds } from '../src/http/problem-types.ts';
import { CpuShare } from '../src/http/shedding.ts';
import { openApp } from './helper.ts';

const appWith = (options: {
  rateLimitMax?: number;
  checkRateLimitMax?: number;
  maxEventLoopDelay?: number;
  checkCpuPercent?: number;
  trustProxy?: string | number | false;
}) => openApp({ rateLimitMax: 0, maxEventLoopDelay: 0, ...options });

describe('safety', () => {
  it('sets security headers with a CSP that allows only this origin', async () => {
    const app = await appWith({});
    const response = await app.inject('/docs/');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/upgrade-insecure-requests/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    // An API answer carries the headers an API needs, errors included: it loads nothing and may not be framed.
    // The router's own refusals (a path not UTF-8, a parameter too long) and a Host refused come before every hook.
    for (const [url, headers] of [
      ['/cities/wuwei', {}],
      ['/nothing-here', {}],
      ['/indicators?format=csv', {}],
      ['/cities/%ED%A0%80', {}],
      [`/cities/${'a'.repeat(LIMITS.paramLength + 1)}`, {}],
      ['/cities', { host: 'a@b' }],
    ] as const) {
      const answer = await app.inject({ url, headers });
      // (A browser always says a Host: that refusal is for clients of no page, before CORS.)
      if (!('host' in headers)) expect(answer.headers['access-control-allow-origin'], url).toBe('*');
      expect(answer.headers['content-security-policy'], url).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options'], url).toBe('nosniff');
      expect(answer.headers['strict-transport-security'], url).toMatch(/max-age=\d+/);
      expect(answer.headers['x-frame-options'], url).toBeUndefined();
      expect(answer.headers['referrer-policy'], url).toBe('no-referrer');
      // Open for reading from any origin, as CORS says it is.
      expect(answer.headers['cross-origin-resource-policy'], url).toBe('cross-origin');
    }
    // A script of another origin may read what it pages, revalidates and saves by.
    const cross = await app.inject({ url: '/indicators?limit=1', headers: { origin: 'https://client.example' } });
    const exposed = String(cross.headers['access-control-expose-headers']).toLowerCase().split(/,\s*/);
    for (const name of ['etag', 'link', 'content-disposition', 'retry-after']) expect(exposed).toContain(name);
    await app.closeAll();
  });

  it('rate-limits a client past RATE_LIMIT_MAX a minute with 429 problem+json and Retry-After', async () => {
    const app = await appWith({ rateLimitMax: 5 });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await app.inject('/')).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await app.inject({ url: '/cities', headers: { origin: 'https://client.example' } });
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
    expect(limited.json().detail).toMatch(/More than 5 requests a minute/);
    // A browser's script reads the 429 and when to ask again (without CORS it is a network error).
    expect(limited.headers['access-control-allow-origin']).toBe('*');
    const exposed = String(limited.headers['access-control-expose-headers']).toLowerCase().split(/,\s*/);
    for (const name of ['retry-after', 'x-ratelimit-limit', 'x-ratelimit-reset']) expect(exposed).toContain(name);
    expect(limited.headers['x-ratelimit-limit']).toBe('5');
    // Each header the document declares on a 429 is sent on one (the document asked for by another client, within its allowance).
    const document = (await app.inject({ url: '/openapi.json', remoteAddress: '192.0.2.7' })).json();
    const declared = Object.keys(document.paths['/cities'].get.responses['429'].headers);
    expect(declared.length).toBeGreaterThan(1);
    for (const name of declared) expect(limited.headers, name).toHaveProperty(name.toLowerCase());
    // The allowance is a minute's: the client is told to wait out what is left of it.
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(50);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Liveness and readiness are never limited: a probe must not fail because clients are busy.
    for (let i = 0; i < 3; i++) expect((await app.inject('/healthz')).statusCode).toBe(200);
    for (let i = 0; i < 3; i++) expect((await app.inject('/readyz')).statusCode).toBe(200);
    // A page refused in a browser still has its stylesheet: the static files are not limited.
    const page = await app.inject({ url: '/cities', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(429);
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page.body)?.[1];
    expect(stylesheet).toMatch(/^\/static\/ledger\.[0-9a-f]{12}\.css$/);
    const css = await app.inject(String(stylesheet));
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    await app.closeAll();
  });

  it('counts paragraphs checked in an allowance of their own, CHECK_RATE_LIMIT_MAX, within the whole one', async () => {
    const app = await appWith({ rateLimitMax: 10, checkRateLimitMax: 2 });
    const check = (query = '') =>
      app.inject({
        method: 'POST',
        url: `/check${query}`,
        payload: { text: '武威市到位资金429.49亿元' },
        headers: { 'content-type': 'application/json' },
      });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await check(i === 1 ? '?format=html' : '')).statusCode);
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await check();
    expect(limited.json().detail).toMatch(/More than 2 paragraphs a minute checked for this client; .*CHECK_RATE_LIMIT_MAX/);
    expect(limited.headers['x-ratelimit-limit']).toBe('2');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(50);
    expect(limited.json().detail).toContain(`retry in ${inSeconds(Number(limited.headers['retry-after']))}.`);
    // A wait of one second is said in the singular, as the Retry-After of the checks' share often is.
    expect([1, 2].map(inSeconds)).toEqual(['1 second', '2 seconds']);
    // Every other request keeps the whole allowance, less the four paragraphs asked: 10 in all.
    const rest = [];
    for (let i = 0; i < 7; i++) rest.push((await app.inject('/cities')).statusCode);
    expect(rest).toEqual([200, 200, 200, 200, 200, 200, 429]);
    await app.closeAll();
    // Rate limiting off is off for paragraphs too.
    const open = await appWith({ rateLimitMax: 0, checkRateLimitMax: 1 });
    for (let i = 0; i < 3; i++)
      expect(
        (await open.inject({ method: 'POST', url: '/check', payload: { text: '武威' }, headers: { 'content-type': 'application/json' } }))
          .statusCode,
      ).toBe(200);
    await open.closeAll();
  });

  it('keeps a client’s own counts off answers a shared cache may keep', async () => {
    const app = await appWith({ rateLimitMax: 5 });
    const answer = await app.inject('/cities');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['cache-control']).toMatch(/public/);
    expect(Object.keys(answer.headers).filter((name) => name.startsWith('x-ratelimit'))).toEqual([]);
    await app.closeAll();
  });

  it('behind a proxy named in TRUST_PROXY, limits each client X-Forwarded-For names; otherwise the proxy is one client', async () => {
    const from = (client: string) => ({ url: '/cities', headers: { 'x-forwarded-for': client } });
    for (const [trustProxy, expected] of [
      ['127.0.0.1', [200, 200, 200, 200]], // inject's peer is 127.0.0.1: the proxy, trusted
      [1, [200, 200, 200, 200]],
      [false, [200, 200, 429, 429]], // untrusted: its header could be anyone's, so the peer is the client
      ['10.0.0.1', [200, 200, 429, 429]], // another proxy trusted, not this one
    ] as const) {
      const app = await appWith({ rateLimitMax: 2, trustProxy });
      const statuses = [];
      for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4'])
        statuses.push((await app.inject(from(client))).statusCode);
      expect(statuses, String(trustProxy)).toEqual(expected);
      await app.closeAll();
    }
    // The setting: a number of proxies, or addresses and ranges; never 'true' (every client could name itself).
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, ::1, 192.168.0.0/16' }).TRUST_PROXY).toBe('10.0.0.1, ::1, 192.168.0.0/16');
    // The named ranges the README lists.
    expect(loadConfig({ TRUST_PROXY: 'loopback,linklocal,uniquelocal' }).TRUST_PROXY).toBe('loopback,linklocal,uniquelocal');
    // A range's prefix is within its address's bits: 128 for IPv6, 32 for IPv4.
    expect(loadConfig({ TRUST_PROXY: '2001:db8::/64, fd00::/128' }).TRUST_PROXY).toBe('2001:db8::/64, fd00::/128');
    for (const wrong of ['true', 'abc', '10.0.0.0/40', '10.0.0.0/33', '2001:db8::/129', '10.0.0.1/8/8', '', '33', '99999999999999999999'])
      expect(() => loadConfig({ TRUST_PROXY: wrong }), wrong).toThrow(/TRUST_PROXY: a number of proxies/);
  });

  it('refuses a request timeout, a keep-alive timeout or a shutdown delay over an hour: a timer would overflow (ops13, rev27)', () => {
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '3600000', SHUTDOWN_DELAY_MS: '3600000' })).toMatchObject({
      REQUEST_TIMEOUT_MS: 3_600_000,
      SHUTDOWN_DELAY_MS: 3_600_000,
    });
    for (const name of ['REQUEST_TIMEOUT_MS', 'SHUTDOWN_DELAY_MS', 'KEEP_ALIVE_TIMEOUT_MS'])
      expect(() => loadConfig({ [name]: '3600001' }), name).toThrow(new RegExp(name));
  });

  it('reads a number in the environment as an operator writes one, and refuses an empty one rather than read it as 0', () => {
    expect(loadConfig({ PORT: '8080', RATE_LIMIT_MAX: '0', ANSWER_CACHE_MB: '0.5' })).toMatchObject({
      PORT: 8080,
      RATE_LIMIT_MAX: 0,
      ANSWER_CACHE_MB: 0.5,
    });
    // Number() reads '' as 0 (which turned the rate limit off), 0x10 as 16, 1e3 as 1000 and ' 5 ' as 5.
    for (const name of [
      'PORT',
      'RATE_LIMIT_MAX',
      'CHECK_RATE_LIMIT_MAX',
      'MAX_EVENT_LOOP_DELAY_MS',
      'SHUTDOWN_DELAY_MS',
      'REQUEST_TIMEOUT_MS',
    ])
      for (const wrong of ['', '0x10', '1e3', ' 5 ', '-1', '2.5'])
        expect(() => loadConfig({ [name]: wrong }), `${name}=${JSON.stringify(wrong)}`).toThrow(
          new RegExp(`^invalid environment: ${name}: a whole number in decimal digits`),
        );
    for (const wrong of ['', '1e3', '5.', '.5', '99999999999999999999'])
      expect(() => loadConfig({ ANSWER_CACHE_MB: wrong }), wrong).toThrow(/^invalid environment: ANSWER_CACHE_MB: /);
    // Each bound is the one the README gives: a port, a percent, a timeout of at least 100 ms.
    for (const [name, wrong] of [
      ['PORT', '65536'],
      ['CHECK_CPU_PERCENT', '101'],
      ['KEEP_ALIVE_TIMEOUT_MS', '99'],
      ['REQUEST_TIMEOUT_MS', '99'],
    ])
      expect(() => loadConfig({ [name]: wrong }), `${name}=${wrong}`).toThrow(new RegExp(`^invalid environment: ${name}: `));
    // Every wrong setting is named, not only the first.
    expect(() => loadConfig({ PORT: 'x', HOST: '' })).toThrow(/^invalid environment: PORT: .*; HOST: /);
    // A relative path is read from the working directory, once.
    expect(loadConfig({ DATABASE_PATH: join('data', 'other.db') }).DATABASE_PATH).toBe(resolve('data', 'other.db'));
    // A directory is refused before anything is opened or built beside it (a .sha256, a downloads folder).
    expect(() => loadConfig({ DATABASE_PATH: tmpdir() })).toThrow(/^invalid environment: DATABASE_PATH: names a directory/);
    expect(loadConfig({ DATABASE_PATH: join(tmpdir(), 'no-such-dir', 'ledger.db') }).DATABASE_PATH).toBe(
      join(tmpdir(), 'no-such-dir', 'ledger.db'),
    );
    // A path that cannot be looked at is no directory: the environment reads, and the build says what is wrong with it.
    const file = join(mkdtempSync(join(tmpdir(), 'config-')), 'a-file');
    writeFileSync(file, '');
    expect(loadConfig({ DATABASE_PATH: join(file, 'ledger.db') }).DATABASE_PATH).toBe(join(file, 'ledger.db'));
  });

  it('counts every request against the allowance, unknown routes, bad encodings and overlong targets too; preflights are answered before it', async () => {
    const app = await appWith({ rateLimitMax: 4 });
    const preflight = () =>
      app.inject({
        method: 'OPTIONS',
        url: '/cities',
        headers: { origin: 'https://x.example', 'access-control-request-method': 'GET' },
      });
    const statuses = [];
    statuses.push((await app.inject('/nothing-here')).statusCode);
    statuses.push((await preflight()).statusCode);
    statuses.push((await app.inject('/cities/%E4%B8')).statusCode);
    statuses.push((await app.inject(`/indicators?q=${'a'.repeat(3000)}`)).statusCode);
    for (const url of ['/nothing-here', '/cities/%E4%B8', `/indicators?q=${'a'.repeat(3000)}`, '/nothing-here'])
      statuses.push((await app.inject(url)).statusCode);
    expect(statuses).toEqual([404, 204, 400, 414, 404, 429, 429, 429]);
    // Past the allowance a browser can still ask whether it may ask, and keeps the answer a day.
    const late = await preflight();
    expect(late.statusCode).toBe(204);
    expect(late.headers['access-control-allow-origin']).toBe('*');
    expect(late.headers['access-control-max-age']).toBe('86400');
    await app.closeAll();
  });

  it('sheds a request that waited past MAX_EVENT_LOOP_DELAY_MS with 503 problem+json and Retry-After, never liveness', async () => {
    const app = await appWith({ maxEventLoopDelay: 100 });
    // The requests are read, then the loop is kept busy (as by answers ahead of them) before they are
    // handled: 170 ms, past the limit and short of twice it.
    const waiting = [app.inject('/readyz'), app.inject('/cities?limit=1'), app.inject('/healthz')];
    const until = Date.now() + 170;
    while (Date.now() < until);
    const [ready, cities, health] = await Promise.all(waiting);
    expect(ready.statusCode).toBe(503);
    expect(cities.statusCode).toBe(503);
    // The problem names the path asked for, not its query.
    expect(cities.json().instance).toBe('/cities');
    expect(ready.headers['retry-after']).toBe('10');
    expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ready.json().detail).toMatch(/MAX_EVENT_LOOP_DELAY_MS/);
    // Liveness is never shed: the process answers, however busy.
    expect(health.statusCode).toBe(200);
    // Once the loop has caught up, requests are served again.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await app.inject('/cities')).statusCode).toBe(200);
    await app.closeAll();
  });

  it('counts the checks’ share by a clock it is given: what they took adds up, halves each half second, and is told in whole seconds', () => {
    // 1 %: in a steady state the time remembered settles at 1 % × 500 ms / ln 2, about 7.2 ms, the bound.
    const bound = (0.01 * 500) / Math.LN2;
    const share = new CpuShare(0.01);
    expect(share.admits(0)).toBe(true);
    // Two checks each under the bound are over it together.
    share.took(bound * 0.7, 0);
    expect(share.admits(0)).toBe(true);
    share.took(bound * 0.7, 0);
    expect([share.admits(0), share.secondsUntilAdmitted(0)]).toEqual([false, 1]);
    // Half a second later the 1.4 bounds remembered are 0.7: admitted, nothing to wait.
    expect([share.admits(500), share.secondsUntilAdmitted(500)]).toEqual([true, 0]);
    // 100 ms taken is under the bound after log2(100 / 7.2) half-lives, 1.9 s: told 2 seconds, admitted by then.
    const long = new CpuShare(0.01);
    long.took(100, 0);
    expect(long.secondsUntilAdmitted(0)).toBe(Math.ceil((500 * Math.log2(100 / bound)) / 1000));
    expect(long.secondsUntilAdmitted(0)).toBe(2);
    expect(long.admits(1800)).toBe(false);
    expect(long.admits(2000)).toBe(true);
  });

  it('gives checks of texts a share of the server’s time (CHECK_CPU_PERCENT), whoever sends them: past it a check is 503, nothing else', async () => {
    const app = await appWith({ checkCpuPercent: 1 });
    const text = '武威市招商引资到位资金1投'.repeat(100).slice(0, 2000);
    const check = () => app.inject({ method: 'POST', url: '/check', payload: { text }, headers: { 'content-type': 'application/json' } });
    // The first is admitted, and takes far more than 1 % of the second that follows.
    const started = performance.now();
    expect((await check()).statusCode).toBe(200);
    const took = performance.now() - started;
    const refused = await check();
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json().detail).toMatch(/CHECK_CPU_PERCENT/);
    // Retry-After: when the time checks took, halved each half second, is back within the share (1 % of
    // 500 ms / ln 2); no later than the whole first request's time says, and told in the detail too.
    const retry = Number(refused.headers['retry-after']);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(Math.max(1, Math.ceil(0.5 * Math.log2(took / ((0.01 * 500) / Math.LN2)))));
    expect(refused.json().detail).toContain(`retry in ${retry} second${retry === 1 ? '' : 's'}.`);
    // A claim (GET) shares it; a list, readiness and liveness do not.
    expect((await app.inject('/check?claim=武威1投')).statusCode).toBe(503);
    for (const url of ['/cities?limit=1', '/readyz', '/healthz']) expect((await app.inject(url)).statusCode, url).toBe(200);
    await app.closeAll();
    // With no share (0), the same two checks are both answered.
    const unbounded = await appWith({ checkCpuPercent: 0 });
    for (let k = 0; k < 2; k++)
      expect(
        (await unbounded.inject({ method: 'POST', url: '/check', payload: { text }, headers: { 'content-type': 'application/json' } }))
          .statusCode,
      ).toBe(200);
    await unbounded.closeAll();
  });

  it('refuses overlong request targets (414), path parameters and bad encodings (400) saying why', async () => {
    const app = await appWith({});
    const longUrl = await app.inject(`/indicators?q=${'张'.repeat(800)}`);
    expect(longUrl.statusCode).toBe(414);
    // The limit is the longest target read: 2,048 characters are read (here a q= too long), 2,049 are not.
    const at = (length: number) => `/indicators?q=${'a'.repeat(length - '/indicators?q='.length)}`;
    expect((await app.inject(at(2048))).json().detail).toMatch(/at most 200 characters/);
    expect((await app.inject(at(2049))).statusCode).toBe(414);
    expect(longUrl.json().title).toBe('URI Too Long');
    expect(longUrl.json().detail).toMatch(/the limit is 2048/);
    const longParam = await app.inject(`/cities/${'a'.repeat(201)}`);
    expect(longParam.statusCode).toBe(400);
    expect(longParam.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(longParam.json().detail).toMatch(/longer than 200 characters/);
    // A target over its limit is a 414 whatever its longest part is, a path parameter too, and to a browser (api20: a 400).
    for (const accept of ['application/json', 'text/html']) {
      const overlong = await app.inject({ url: `/indicators/${'b'.repeat(2100)}`, headers: { accept } });
      expect(overlong.statusCode, accept).toBe(414);
      if (accept === 'application/json') expect(overlong.json().detail).toMatch(/the limit is 2048/);
    }
    const badEncoding = await app.inject('/cities/%E4%B8');
    expect(badEncoding.statusCode).toBe(400);
    expect(badEncoding.headers['content-type']).toMatch(/^application\/problem\+json/);
    // In the query as in the path: %zz, a lone surrogate, an overlong or a cut character are refused, not read as bytes.
    for (const bad of ['q=%zz', 'q=%ED%A0%80', 'q=%C0%AE', 'q=%E6%AD', 'city=%ED%A0%80']) {
      const refused = await app.inject(`/indicators?${bad}`);
      expect(refused.statusCode, bad).toBe(400);
      expect(refused.json().detail, bad).toMatch(/^The query string is not validly percent-encoded UTF-8/);
      // Named as every other 400 names its parameters: the one it cannot read, and only it.
      expect(refused.json().invalid_params, bad).toEqual([
        { name: bad.split('=')[0], in: 'query', reason: 'not validly percent-encoded UTF-8', value: bad.split('=')[1] },
      ]);
    }
    // Several, each once; a name that is itself badly encoded, as given.
    expect(
      (await app.inject('/indicators?limit=5&q=%zz&c%zzity=wuwei')).json().invalid_params.map((p: { name: string }) => p.name),
    ).toEqual(['q', 'c%zzity']);
    // A name validly encoded is named as read: c%69ty is city, my+name is "my name".
    expect((await app.inject('/indicators?c%69ty=%zz')).json().invalid_params[0].name).toBe('city');
    expect((await app.inject('/indicators?my+name=%zz')).json().invalid_params[0].name).toBe('my name');
    expect((await app.inject('/indicators?q=%E5%BC%B5&limit=1')).statusCode).toBe(200);
    const zh = await app.inject({ url: '/indicators?q=%zz&lang=zh', headers: { accept: 'text/html' } });
    expect(zh.body).toContain('查询字符串不是有效的百分号编码 UTF-8：% 应写作 %25');
    // Refused before its page was read, a page's error is still a page to a browser.
    const longPage = await app.inject({ url: `/indicators?q=${'a'.repeat(3000)}`, headers: { accept: 'text/html' } });
    expect(longPage.statusCode).toBe(414);
    expect(longPage.headers['content-type']).toMatch(/^text\/html/);
    // But format=json is JSON whatever a browser's Accept says, a missing record's problem too.
    for (const url of ['/indicators/000-i999?format=json', '/metrics/nope?format=json', '/indicators?q=%zz&format=json']) {
      const asked = await app.inject({ url, headers: { accept: 'text/html,*/*;q=0.8' } });
      expect(asked.headers['content-type'], url).toMatch(/^application\/problem\+json/);
    }
    const longQ = await app.inject(`/indicators?q=${'a'.repeat(201)}`);
    expect(longQ.json().detail).toMatch(/at most 200 characters/);
    const manyCities = await app.inject(`/indicators?city=${Array(51).fill('wuwei').join(',')}`);
    expect(manyCities.json().detail).toMatch(/at most 50 values/);
    await app.closeAll();
  });

  it('refuses a target that is no path (*) as a 400 saying so, but for OPTIONS of the whole server', async () => {
    const app = await appWith({});
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const ask = (method: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const r = request({ host: '127.0.0.1', port, path: '*', method }, (res) => {
          let body = '';
          res.on('data', (chunk) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        r.on('error', reject);
        r.end();
      });
    const star = await ask('GET');
    expect(star.status).toBe(400);
    expect(JSON.parse(star.body).detail).toBe('The request target "*" is not a path: ask for one, such as /indicators.');
    expect((await ask('HEAD')).status).toBe(400);
    expect((await ask('OPTIONS')).status).toBe(204);
    await app.closeAll();
  });

  it('never shows a stack trace or SQL in an error', async () => {
    const app = await appWith({});
    for (const url of ['/indicators?sort=1;drop table x', "/search?q=')--", '/cities/%00']) {
      const body = (await app.inject(url)).body;
      expect(body, url).not.toMatch(/at .*\.ts:\d+|SQLITE|select .* from/i);
    }
    await app.closeAll();
    // A failure of the server's own says only that it failed, not the error's message.
    const broken = await appWith({});
    broken.db.$client.close();
    const failed = await broken.inject('/indicators?limit=1');
    expect(failed.statusCode).toBe(500);
    expect(failed.json()).toMatchObject({ type: '/problems/internal-server-error', detail: 'The server failed to answer this request.' });
    // …with the request's id, which its log line (with the stack) carries (ops13: a reader's 500 could not be matched to it).
    const again = await broken.inject('/indicators?limit=2');
    expect([failed.json().request_id, again.json().request_id]).toEqual([
      expect.stringMatching(/^req-[0-9a-z]{7}-\w+$/),
      expect.any(String),
    ]);
    expect(again.json().request_id).not.toBe(failed.json().request_id);
    // …and of this start alone: another start's first request is not this one's (ops13: every start counted from req-1).
    const other = await appWith({});
    other.db.$client.close();
    expect((await other.inject('/indicators?limit=1')).json().request_id).not.toBe(failed.json().request_id);
    await other.close();
    // A refusal of the client's has none: nothing to look for in the log.
    expect((await broken.inject('/indicators?limit=abc')).json().request_id).toBeUndefined();
    // The page a browser is given says it too (rev27), in either language.
    for (const [lang, words] of [
      ['en', 'Request id (quote it when reporting this failure): '],
      ['zh', '请求编号（报告此故障时请注明）：'],
    ]) {
      const page = await broken.inject({ url: `/indicators?limit=3&lang=${lang}`, headers: { accept: 'text/html' } });
      expect([page.statusCode, page.headers['content-type']]).toEqual([500, expect.stringMatching(/^text\/html/)]);
      expect(page.body).toMatch(new RegExp(`${words.replace(/[()]/g, '\\$&')}<code>req-[0-9a-z]{7}-\\w+</code>`));
    }
    await broken.close();
  });
});
