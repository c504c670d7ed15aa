/**
 * The pages: every route that has one (src/pages/registry.ts) answers a browser with HTML and a
 * program with JSON, from the same answer. This plugin reads a page request's own parameters
 * before validation (src/http/negotiation.ts), renders the page a route hands its answer to
 * (reply.sendPage), turns an error a browser would read into an HTML page with the same status,
 * and serves the static files under content-hashed names.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { answerUncached, CACHE_CONTROL } from '../http/cache.ts';
import { type InvalidParam, invalidParameters, type Problem, ProblemError } from '../http/errors.ts';
import { pathOf } from '../http/lists.ts';
import {
  decidePage,
  LANGUAGES,
  languageNamed,
  languageOf,
  type PageAsk,
  representation,
  representationOf,
  varyOf,
  wantsHtml,
} from '../http/negotiation.ts';
import { routeShape } from '../http/route-schema.ts';
import { DOCUMENT_HEADERS } from '../http/security-headers.ts';
import { CONTROL_CHARACTERS } from '../resources/schemas.ts';
import { assetNamed, IMMUTABLE, loadAssets } from './assets.ts';
import { givenQuery, pageContext, safePath } from './context.ts';
import { ErrorPage } from './errors.tsx';
import { tagOf } from './i18n.ts';
import { PAGES } from './registry.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route has a page (src/pages/registry.ts): format=html and lang= are its too. */
    page?: boolean;
  }
  interface FastifyReply {
    /** Answers with the route's page, rendered from `body` (what the JSON answer says) and the query as read. */
    sendPage(body: unknown, query?: object): Promise<FastifyReply>;
  }
  interface FastifyInstance {
    /** A problem as its page where the request asked for one (its headers set on the reply), else undefined. */
    problemPage?: (request: FastifyRequest, reply: FastifyReply, problem: Problem) => string | undefined;
  }
}

const isRead = (request: FastifyRequest) => request.method === 'GET' || request.method === 'HEAD';

/**
 * The document a page renders to. A control character no HTML text may hold (NUL, ESC; not tab and line breaks:
 * CONTROL_CHARACTERS), which an error page would echo from the request (/cities/wuwei%00), escaped for HTML, is still a
 * parse error and raw bytes in a terminal: each is written as U+FFFD, as a browser reads NUL (what was refused is named
 * by code point where a page lists it).
 */
const documentOf = (page: VNode) => `<!doctype html>${renderToString(page).replace(CONTROL_CHARACTERS, '\uFFFD')}`;

/** What a request without a page (an unknown path) asked of its error page: lang= if it names a language (else Accept-Language), and format=html. */
function looseAsk(request: FastifyRequest): PageAsk {
  const { lang: given, format } = (request.query ?? {}) as { lang?: unknown; format?: unknown };
  const formatGiven = format === 'html';
  const named = languageNamed(given);
  if (named) return { lang: named, langGiven: true, formatGiven, params: {} };
  return { lang: languageOf(request.headers['accept-language']), langGiven: false, formatGiven, params: {} };
}

export default fp(
  async function pages(app: FastifyInstance) {
    const assets = loadAssets();
    const asset = (name: string) => {
      const found = assets.byName.get(name);
      if (!found) throw new Error(`no static file ${name}`);
      return `/static/${found.hashed}`;
    };

    // Marked, so what is said of a route's parameters (its problems) can say so without the registry.
    app.addHook('onRoute', (route) => {
      if (PAGES[route.url]) route.config = { ...route.config, page: true };
    });

    // A page's own parameters are read and taken out before the API's strict query validation.
    app.addHook('onRequest', function readPageParameters(request, reply, done) {
      const page = PAGES[request.routeOptions.url ?? ''];
      if (!page || !(isRead(request) || (page.post && request.method === 'POST'))) return done();
      const query = (request.query ?? {}) as Record<string, unknown>;
      const format = typeof query.format === 'string' ? query.format : undefined;
      // A format the route has not (format=xml, a record's format=csv) chooses nothing: Accept chooses how its 400 is said.
      const takes = format === undefined || format === 'json' || format === 'html' || (format === 'csv' && 'format' in routeShape(request));
      const chosen = representationOf(request.headers.accept, takes ? format : undefined, { page: true });
      // format=json is every page route's: a list's own parameter (kept, so its links keep it), read here
      // and taken out for a route that has no format= of its own (a record's), as format=html is.
      if (format === 'json') {
        request.representationChosen = 'json';
        if (!('format' in routeShape(request))) delete query.format;
      }
      // A program's request (the hot path) with nothing of a page's in its query has nothing to read here.
      if (chosen !== 'html' && query.lang === undefined && !Object.keys(page.params ?? {}).some((name) => name in query)) return done();
      if (format === 'html') delete query.format;
      const invalid: InvalidParam[] = [];
      const given = query.lang;
      delete query.lang;
      const named = languageNamed(given);
      const langGiven = named !== undefined;
      if (given !== undefined && !langGiven)
        invalid.push({
          name: 'lang',
          in: 'query',
          reason: 'the language of the page: a language tag of zh or en (zh, zh-TW, en-GB)',
          value: String(given),
          suggestions: [...LANGUAGES],
        });
      const params: Record<string, string> = {};
      for (const [name, allowed] of Object.entries(page.params ?? {})) {
        const value = query[name];
        if (value === undefined) continue;
        delete query[name];
        if (typeof value === 'string' && allowed.includes(value)) params[name] = value;
        else invalid.push({ name, in: 'query', reason: `one of ${allowed.join(', ')}`, value: String(value), suggestions: [...allowed] });
      }
      const lang = named ?? languageOf(request.headers['accept-language']);
      const ask: PageAsk = { lang, langGiven, formatGiven: format === 'html', params };
      decidePage(request, chosen, ask);
      if (invalid.length > 0) {
        return done(invalidParameters(invalid));
      }
      if (chosen === 'html' && page.blank && isRead(request) && Object.keys(query).length === 0) {
        // Not through the answer cache, so its caching headers are set here: the same URL is a 400 to a
        // program and a page in the reader's language to a browser.
        reply
          .type('text/html; charset=utf-8')
          .headers({ 'cache-control': CACHE_CONTROL, vary: varyOf(request), 'content-language': tagOf(lang) })
          .send(documentOf(page.blank(pageContext(app, request, ask, {}, asset))));
        return;
      }
      // A GET form sends its empty fields too (city=&metric=…), or a field of blanks (a space typed in the
      // search box): the page's address is the query without them.
      const blank = (v: unknown) => typeof v === 'string' && v.trim() === '';
      const empty = Object.entries(query).filter(([, v]) => blank(v));
      if (chosen === 'html' && empty.length > 0) {
        // Every other parameter kept as given, format=html and lang= too.
        const kept = new URLSearchParams(givenQuery(request).filter(([, v]) => !blank(v)));
        const search = kept.toString();
        reply.redirect(`${safePath(pathOf(request))}${search ? `?${search}` : ''}`, 303);
        return;
      }
      done();
    });

    app.decorateReply('sendPage', async function sendPage(this: FastifyReply, body: unknown, query?: object) {
      const request = this.request;
      const page = PAGES[request.routeOptions.url ?? ''];
      const ask = request.pageAsk;
      if (!page || !ask) throw new Error(`no page for ${request.routeOptions.url}`);
      const ctx = pageContext(app, request, ask, (query ?? request.query ?? {}) as Record<string, unknown>, asset);
      return this.type('text/html; charset=utf-8')
        .header('content-language', tagOf(ask.lang))
        .send(documentOf(await page.render(ctx, body as never)));
    });

    // An error a browser would read (it asked for a page, or navigated to a path with none) is a page too.
    app.addHook('onSend', function pageForRefusal(request, reply, payload, done) {
      if (reply.statusCode < 400 || typeof payload !== 'string') return done(null, payload);
      if (!String(reply.getHeader('content-type') ?? '').startsWith('application/problem+json')) return done(null, payload);
      // A route with a page answers its errors as a page when its page was asked for; a path with no route
      // at all, or a page's refused before its page was read (a target too long, a query badly encoded),
      // when a browser asked (a route of the API alone keeps its JSON problems).
      const html = problemPage(request, reply, JSON.parse(payload) as Problem);
      done(null, html ?? payload);
    });

    /** A problem as its page, where the request asked for one (headers set), else undefined. */
    function problemPage(request: FastifyRequest, reply: FastifyReply, problem: Problem): string | undefined {
      const ask = request.pageAsk;
      // (format=json, which the page's hook takes out of the query, is read from the target as given.)
      const unread = request.routeOptions.url === undefined || PAGES[request.routeOptions.url] !== undefined;
      const json = givenQuery(request).some(([name, value]) => name === 'format' && value === 'json');
      const asPage = ask ? representation(request) === 'html' : unread && !json && wantsHtml(request);
      if (!asPage) return undefined;
      const asked = ask ?? looseAsk(request);
      const ctx = pageContext(app, request, asked, {}, asset);
      const page = PAGES[request.routeOptions.url ?? ''];
      const html = documentOf(
        page?.refused && request.method === 'POST'
          ? page.refused(ctx, problem, request.body)
          : ErrorPage({ ctx, problem, page: Boolean(ask) }),
      );
      reply.type('text/html; charset=utf-8').headers(DOCUMENT_HEADERS).header('content-language', tagOf(asked.lang));
      return html;
    }
    // For the router's own refusals (a path that is not UTF-8), which pass no hook (src/app.ts).
    app.decorate('problemPage', problemPage);

    // Through the answer cache, for its ETags and compression; a name that changes with the content keeps a year.
    // Not rate limited: a page refused with 429 names its stylesheet too, and a browser that never kept it
    // would show the refusal unstyled. Three small files from memory, each kept a year once fetched.
    app.get('/static/:file', { schema: { hide: true }, config: { cacheControl: IMMUTABLE, unlimited: true } }, async (request, reply) => {
      const found = assetNamed(assets, (request.params as { file: string }).file);
      if (!found) throw new ProblemError('not-found', 'No such static file.');
      // A page cached from before an upgrade (an hour, a day stale) names its files as they were: answered
      // with them as they are now, never kept, rather than a page without its stylesheet. Not redirected:
      // during a rolling upgrade old and new replicas would send a browser back and forth between names.
      if (!found.current) answerUncached(request);
      return reply
        .type(found.asset.type)
        .headers(found.current ? {} : { 'cache-control': 'no-store' })
        .send(found.asset.body);
    });

    // Crawlers may read every page; Lighthouse's SEO audit reads this file.
    app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send('User-agent: *\nAllow: /\n'),
    );
  },
  { name: 'pages' },
);
