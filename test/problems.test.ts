/**
 * A problem's `type` is an address the API answers: what that kind of problem means and what to do,
 * in English and Chinese, as JSON and as a page. Every problem a request below meets names a kind
 * that is listed, whose status and title are the problem's own.
 */
import type { InjectOptions } from 'light-my-request';
import { describe, expect, it } from 'vitest';
import type { App } from '../src/app.ts';
import { LIMITS } from '../src/config.ts';
import { PROBLEM_KINDS, statusKind } from '../src/http/problem-types.ts';
import { CONTROL_CHARACTERS } from '../src/resources/schemas.ts';
import { getJson, useApp, withApp } from './helper.ts';
import { seed } from './oracle.ts';

const app = useApp();

/** Asks, expects a problem of this type, and follows the type: the kind's status and title are the problem's. */
async function typeFollowed(on: App, request: InjectOptions, type: string) {
  const response = await on.inject(request);
  const label = `${request.method ?? 'GET'} ${String(request.url).slice(0, 60)}`;
  expect(response.headers['content-type'], label).toMatch(/^application\/problem\+json/);
  const problem = response.json();
  expect(problem.type, label).toBe(type);
  const { response: followed, body: kind } = await getJson(on, problem.type);
  expect(followed.statusCode, label).toBe(200);
  expect([kind.status, kind.title], label).toEqual([problem.status, problem.title]);
  expect(response.statusCode, label).toBe(kind.status);
}

describe('a request no route takes', () => {
  it('is answered without reading its body, and closes a connection the body would hold', async () => {
    const json = { 'content-type': 'application/json' };
    const posted = await app().inject({ method: 'POST', url: '/nothing-here', headers: json, payload: '{"a":1}' });
    expect([posted.statusCode, posted.headers.connection]).toEqual([404, 'close']);
    const wrong = await app().inject({ method: 'POST', url: '/cities', headers: json, payload: '{"a":1}' });
    expect([wrong.statusCode, wrong.headers.connection]).toEqual([405, 'close']);
    // A body sent in chunks has no length to say it: its connection is closed all the same.
    const chunked = await app().inject({ method: 'POST', url: '/nothing-here', headers: { 'transfer-encoding': 'chunked' } });
    expect([chunked.statusCode, chunked.headers.connection]).toEqual([404, 'close']);
    const bare = await app().inject({ url: '/nothing-here' });
    expect([bare.statusCode, bare.headers.connection]).toEqual([404, 'keep-alive']);
  });
});

describe('problem types', () => {
  it('every problem these requests meet names its kind, and the kind answers with its status and title', async () => {
    const [withdrawn] = seed.retired;
    const cases: [InjectOptions, string][] = [
      [{ url: '/indicators?ctiy=wuwei' }, '/problems/invalid-parameter'],
      [{ url: '/indicators/999-i999' }, '/problems/not-found'],
      [{ url: '/cites/wuwei' }, '/problems/not-found'],
      [{ url: `/${withdrawn.record_type}s/${withdrawn.id}` }, '/problems/gone'],
      [{ method: 'DELETE', url: '/indicators' }, '/problems/method-not-allowed'],
      [{ url: '/mcp' }, '/problems/method-not-allowed'],
      // What no route takes is a 404 or 405 whatever it carries: no route's parameters, body or limits are read.
      [{ method: 'DELETE', url: '/cities?city=nowhere' }, '/problems/method-not-allowed'],
      [{ url: '/nothing-here?metric=nothing&a=1&a=2' }, '/problems/not-found'],
      [
        {
          method: 'POST',
          url: '/cities',
          headers: { 'content-type': 'application/json' },
          payload: `"${'a'.repeat(2 * LIMITS.bodyBytes)}"`,
        },
        '/problems/method-not-allowed',
      ],
      [{ method: 'POST', url: '/nothing-here', headers: { 'content-type': 'application/json' }, payload: '{' }, '/problems/not-found'],
      // The router's own refusal, before any route reads the path.
      [{ url: '/indicators/%zz' }, '/problems/invalid-parameter'],
      [{ url: '/cities', headers: { 'if-match': '"nothing"' } }, '/problems/precondition-failed'],
      [{ url: '/downloads/ledger.zip', headers: { range: `bytes=${2 ** 40}-` } }, '/problems/range-not-satisfiable'],
      [{ url: `/indicators?q=${'x'.repeat(LIMITS.urlLength)}` }, '/problems/uri-too-long'],
      [{ url: '/cities', headers: { host: 'a b' } }, '/problems/bad-request'],
      [{ method: 'POST', url: '/check', headers: { 'content-type': 'application/json' }, payload: '{"text":' }, '/problems/bad-request'],
      [
        {
          method: 'POST',
          url: '/check',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ text: 'x'.repeat(LIMITS.checkBodyBytes) }),
        },
        '/problems/payload-too-large',
      ],
      [
        { method: 'POST', url: '/check', headers: { 'content-type': 'application/xml' }, payload: '<text/>' },
        '/problems/unsupported-media-type',
      ],
    ];
    for (const [request, type] of cases) await typeFollowed(app(), request, type);
    // A client past its allowance: the rate limit's own problem.
    await withApp({ rateLimitMax: 1 }, async (limited) => {
      await limited.inject({ url: '/cities' });
      await typeFollowed(limited, { url: '/cities' }, '/problems/rate-limited');
    });
  });

  it('lists every kind once, at its own address, described in both languages', async () => {
    const { response, body } = await getJson(app(), '/problems');
    expect(response.statusCode).toBe(200);
    expect(body.data.map((k: { id: string }) => k.id)).toEqual(Object.keys(PROBLEM_KINDS));
    for (const kind of body.data) {
      expect(kind.type).toBe(`/problems/${kind.id}`);
      expect(kind.description_en).toMatch(/^[A-Z`]/);
      expect(kind.description_zh).toMatch(/\p{Script=Han}/u);
    }
  });

  it('a kind that is not one is a 404 suggesting the kind of that status or title', async () => {
    for (const [asked, near] of [
      ['429', 'rate-limited'],
      ['too-many-requests', 'rate-limited'],
      ['not-fund', 'not-found'],
    ]) {
      const { response, body } = await getJson(app(), `/problems/${asked}`);
      expect(response.statusCode, asked).toBe(404);
      expect(body.type).toBe('/problems/not-found');
      expect(body.invalid_params[0].suggestions, asked).toContain(near);
    }
    // A name every object has is no kind either.
    for (const inherited of ['constructor', 'toString', 'hasOwnProperty']) {
      const { response, body } = await getJson(app(), `/problems/${inherited}`);
      expect([response.statusCode, body.type], inherited).toEqual([404, '/problems/not-found']);
    }
  });

  it('a status the API has no kind of its own for is about:blank, titled as HTTP names it', () => {
    expect(statusKind(413)).toEqual({ type: '/problems/payload-too-large', title: 'Payload Too Large' });
    expect(statusKind(418)).toEqual({ type: 'about:blank', title: "I'm a Teapot" });
  });

  it('is a page in the reader’s language, and an error page links to its kind', async () => {
    const html = (url: string) => app().inject({ url, headers: { accept: 'text/html' } });
    const kind = await html('/problems/gone?lang=zh');
    expect(kind.statusCode).toBe(200);
    expect(kind.body).toContain(PROBLEM_KINDS.gone.description_zh);
    // Named by its title, as a screen reader announces it, not by its slug alone: in Chinese, the API's English beside it.
    expect(kind.body).toContain('<title>已不存在（gone） · ');
    expect(kind.body).toContain(`<h1>已不存在（<span lang="en">${PROBLEM_KINDS.gone.title}</span>） <code>gone</code></h1>`);
    expect((await html('/problems/gone?lang=en')).body).toContain(`<title>${PROBLEM_KINDS.gone.title} (gone) · `);
    const list = await html('/problems?lang=en');
    expect(list.body).toContain('href="/problems/rate-limited?lang=en"');
    const error = await html('/indicators?ctiy=wuwei');
    expect(error.statusCode).toBe(400);
    expect(error.body).toMatch(/<a href="\/problems\/invalid-parameter">About this kind of problem<\/a>/);
  });
});

describe('what a hostile tester met (sec11)', () => {
  it('names the slash of a list asked with its own query, not its query as unknown to the record route', async () => {
    for (const url of ['/cities/?limit=1', '/indicators/?city=wuwei', '/indicators/?fields=id']) {
      const { response, body } = await getJson(app(), url);
      expect(response.statusCode, url).toBe(404);
      expect(body.did_you_mean, url).toBe(url.slice(0, url.indexOf('/?')));
    }
    // A record's own route still refuses a list's parameter as unknown there.
    expect((await getJson(app(), '/indicators/000-i031?city=wuwei')).response.statusCode).toBe(400);
  });

  it('names a list’s worth of unknown fields and counts the rest, where a form of thousands was an 800 KB refusal', async () => {
    const fields = Array.from({ length: 5600 }, (_, k) => `a${k}`);
    const response = await app().inject({
      method: 'POST',
      url: '/check',
      payload: fields.join('&'),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.statusCode).toBe(400);
    // Beside the text it lacks, the fields it gives.
    const invalid = response.json().invalid_params.filter((p: { name: string }) => p.name !== 'text');
    expect(invalid).toHaveLength(LIMITS.listItems + 1);
    expect(invalid.map((p: { name: string }) => p.name)).toEqual(fields.slice(0, LIMITS.listItems + 1));
    expect(invalid.at(-1).reason).toBe(`unknown parameter for this endpoint, as are ${5600 - LIMITS.listItems - 1} more not named here`);
    expect(response.body.length).toBeLessThan(20_000);
    // In Chinese too, on the page.
    const page = await app().inject({
      method: 'POST',
      url: '/check?lang=zh',
      payload: fields.join('&'),
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    });
    expect(page.body).toContain(`另有${5600 - LIMITS.listItems - 1}个同样不接受的参数未列出`);
  });

  it('writes no control character the request gave into a page (NUL, ESC), nor loops /docs/static/index.html with a query', async () => {
    for (const url of ['/cities/wuwei%00', '/cities/wu%1b%5b31mwei', '/indicators?city=wuwei%00&format=html']) {
      const { body } = await app().inject({ url, headers: { accept: 'text/html' } });
      expect(body.match(CONTROL_CHARACTERS), url).toBeNull();
      expect(body, url).toContain('\uFFFD');
    }
    for (const url of [
      '/docs/static/index.html?x=1',
      '/docs/static/index%2Ehtml',
      '/docs/%73tatic/index.html',
      '/docs/static/index.html',
    ]) {
      const docs = await app().inject(url);
      expect(docs.statusCode, url).toBe(302);
      expect(docs.headers.location, url).toBe('/docs/');
    }
  });
});
