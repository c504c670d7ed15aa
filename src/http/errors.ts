/**
 * Every error the API answers is RFC 9457 problem+json: type, title, status,
 * detail, and the offending parameters. Errors are answered here but what Node refuses before
 * Fastify reads a request (client-errors.ts); the kinds of problem are in problem-types.ts.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import FindMyWay from 'find-my-way';
import { LIMITS } from '../config.ts';
import { ArticleChangedError } from '../db/articles.ts';
import { hostProblem } from './client-errors.ts';
import type { InvalidParam, Problem } from './problem-schema.ts';
import { PROBLEM_KINDS, type ProblemKindName, problemOf, statusKind } from './problem-types.ts';
import { bodyProblem, detailOf } from './reasons.ts';
import { API_HEADERS } from './security-headers.ts';
import { nearestPath } from './suggest.ts';
import { validationProblem } from './validation.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A method the route is registered for only to refuse it (405): not among those its path allows. */
    refused?: boolean;
    /** Names another form of the route takes, by the name this one takes for them (POST /check's text for GET's claim): suggested when given. */
    namedHere?: Record<string, string>;
  }
}

export type { InvalidParam, Problem } from './problem-schema.ts';

/**
 * An article changed on disk under the running server (src/db/articles.ts): not ready to serve it,
 * said with what to do, and logged once an article (`said`, the app's), not at every request for it.
 */
function articleChanged(request: FastifyRequest, reply: FastifyReply, error: ArticleChangedError, said: Set<string>): ProblemError {
  if (!said.has(error.message)) request.log.warn(`${error.message}: rebuild the database (npm run db:build) and restart this instance`);
  said.add(error.message);
  reply.header('retry-after', '10');
  return new ProblemError('not-ready', `The ${error.message}; this instance serves it once restarted.`);
}

export { UNKNOWN_PARAMETER } from './validation.ts';

/** An error a route throws on purpose: it carries its problem document, of one of the API's kinds (problem-types.ts). */
export class ProblemError extends Error {
  readonly status: number;

  constructor(
    readonly kind: ProblemKindName,
    detail: string,
    readonly invalidParams?: InvalidParam[],
    readonly extensions?: Pick<Problem, 'withdrawn'>,
  ) {
    super(detail);
    this.status = PROBLEM_KINDS[kind].status;
  }
}

/** The 400 for parameters refused before the schema reads them: its detail said as validation's is. */
export const invalidParameters = (invalid: InvalidParam[]) => new ProblemError('invalid-parameter', detailOf(invalid), invalid);

/** A record once published and since withdrawn: 410, with the reason in both languages. */
export function gone(what: string, id: string, withdrawn: { reason_en: string; reason_zh: string }): ProblemError {
  return new ProblemError('gone', `The ${what} "${id}" is no longer in the dataset. ${withdrawn.reason_en}`, undefined, {
    withdrawn: { reason_en: withdrawn.reason_en, reason_zh: withdrawn.reason_zh },
  });
}

/** A 404 for a record's address: a city's is its slug; `near`, the keys closest to the one given. */
export function notFound(what: string, id: string, near: readonly string[] = []): ProblemError {
  const key = what === 'city' ? 'slug' : 'id';
  const hint = near.length > 0 ? `; did you mean ${near.join(' or ')}?` : '.';
  return new ProblemError('not-found', `No ${what} has the ${key} "${id}"${hint}`, [
    { name: key, in: 'path', reason: 'unknown', ...(near.length > 0 ? { suggestions: [...near] } : {}) },
  ]);
}

/**
 * A problem is never stored by a cache (a 404 or 410 may be, unless told otherwise, and a 429 or
 * 503 must not outlive its moment), and it varies on what a browser sends: it becomes an error page
 * in the reader's language for one that asks for HTML, compressed where large (src/http/cache.ts).
 */
export const PROBLEM_HEADERS = { 'cache-control': 'no-store', vary: 'Accept, Accept-Encoding, Accept-Language' };

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').headers(PROBLEM_HEADERS).send(problem);
}

export default fp(
  async function errors(app: FastifyInstance) {
    // The changed articles warned of (articleChanged).
    const changedSaid = new Set<string>();
    // Every route's path and methods, so a wrong method on a real path is a 405 that says the right ones.
    const paths = FindMyWay();
    const methodsOf = new Map<string, Set<string>>();
    app.addHook('onRoute', (route) => {
      if (route.url === '*') return;
      // A wildcard (Swagger UI's /docs/*) answers its folder itself (/docs/); what lies under it is its own affair.
      const url = route.url.endsWith('/*') ? route.url.slice(0, -1) : route.url;
      let methods = methodsOf.get(url);
      if (!methods) {
        methods = new Set();
        methodsOf.set(url, methods);
        paths.on('GET', url, () => {}, methods);
      }
      // A method a route takes only to refuse it (GET /mcp, answered 405) is not one the path allows.
      if (!route.config?.refused) for (const method of [route.method].flat()) methods.add(method);
    });

    app.setErrorHandler((thrown: FastifyError, request, reply) => {
      // The path alone when the request target is absurdly long: never echo more than a sane URL.
      const instance = request.url.length > LIMITS.urlLength ? request.url.split('?')[0].slice(0, LIMITS.urlLength) : request.url;
      const error = thrown instanceof ArticleChangedError ? articleChanged(request, reply, thrown, changedSaid) : thrown;
      if (error instanceof ProblemError) {
        // A trailing slash reads as an empty key (/cities/ is the city ""): the route without it is named.
        const path = request.url.split('?')[0];
        const near = error.status === 404 && path.length > 1 && path.endsWith('/') ? nearestPath(path, methodsOf.keys()) : undefined;
        return sendProblem(reply, {
          ...problemOf(error.kind),
          detail: near ? `${error.message.replace(/\.$/, '')}; did you mean ${near}?` : error.message,
          ...(near ? { did_you_mean: near } : {}),
          instance,
          ...(error.invalidParams ? { invalid_params: error.invalidParams } : {}),
          ...error.extensions,
        });
      }
      // A list's address and a slash (/indicators/?city=wuwei) is its record route of an empty key: its query, the list's, is
      // no mistake there to name; the slash is, as it is without a query.
      const slashed = request.url.split('?')[0];
      const emptyKey = Object.values((request.params ?? {}) as Record<string, unknown>).includes('');
      const near = error.validation && emptyKey && slashed.endsWith('/') ? nearestPath(slashed, methodsOf.keys()) : undefined;
      if (near) {
        const detail = `No resource at ${request.method} ${slashed}; did you mean ${near}? See /openapi.json for the routes.`;
        return sendProblem(reply, { ...problemOf('not-found'), detail, did_you_mean: near, instance });
      }
      if (error.validation) return sendProblem(reply, validationProblem(error, request, instance));
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) request.log.error({ err: error }, 'unhandled error');
      return sendProblem(reply, {
        ...statusKind(status),
        status,
        // Never leak stack traces or SQL: a 500 says only that it happened. A body refused says what is taken.
        detail: status === 500 ? 'The server failed to answer this request.' : (bodyProblem(error.code, request) ?? error.message),
        instance,
        // The log line with the stack is found by it.
        ...(status === 500 ? { request_id: String(request.id) } : {}),
      });
    });

    const unrouted = (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0];
      const found = path.startsWith('/') ? paths.find('GET', path) : null;
      if (found) {
        const allowed = [...(found.store as Set<string>), 'OPTIONS'].sort().join(', ');
        return sendProblem(reply.header('allow', allowed), {
          ...problemOf('method-not-allowed'),
          detail: `${request.method} is not allowed on ${path}; it allows ${allowed}.`,
          instance: request.url,
        });
      }
      // A path a reader mistyped (/cites/wuwei, /city/wuwei, /cities/) is given the route it is nearest to.
      // A reading method is given the nearest of every route (GET /mcp/ is /mcp, which answers it 405 saying why); another
      // the nearest route that takes it (POST /check/, POST /mcp/: a client's base URL ending in a slash; sec17).
      const reading = ['GET', 'HEAD'].includes(request.method);
      const taking = reading
        ? [...methodsOf.keys()]
        : [...methodsOf].filter(([, methods]) => methods.has(request.method)).map(([route]) => route);
      const near = path.startsWith('/') ? nearestPath(path, taking) : undefined;
      // A path that only begins routes (/downloads) names them: a reader guessed a folder.
      // Addresses only: no route with a parameter (/static/:file), and only for a reading method.
      const folder = `${path.replace(/\/+$/, '')}/`;
      const under =
        near || !reading || folder === '/'
          ? []
          : [...methodsOf.keys()].filter((route) => route.startsWith(folder) && !/[:*]/.test(route)).sort();
      const within = under.length > 0 ? ` The routes under it: ${under.join(', ')}.` : '';
      // HEAD is GET without its body (RFC 9110 §9.3.2): the same detail, so the same length and the same translated page.
      const method = request.method === 'HEAD' ? 'GET' : request.method;
      return sendProblem(reply, {
        ...problemOf('not-found'),
        detail: `No resource at ${method} ${path}${near ? `; did you mean ${near}?` : '.'}${within} See /openapi.json for the routes.`,
        instance: request.url,
        ...(near ? { did_you_mean: near } : {}),
      });
    };
    app.setNotFoundHandler(unrouted);
    // A request no route takes is answered 404 or 405 before its body is read or its parameters are
    // checked (a body too large, a city that does not exist): what it carries is no route's business. After
    // every onRequest hook, so the rate limit and shedding count it as every request.
    app.addHook('preParsing', function refuseUnroutedUnread(request, reply, payload, done) {
      if (!request.is404) return done(null, payload);
      // A body left unread would be read to its end, or to the request's timeout: the connection closes instead.
      const { 'content-length': length, 'transfer-encoding': chunked } = request.headers;
      if ((length !== undefined && length !== '0') || chunked !== undefined) reply.header('connection', 'close');
      unrouted(request, reply);
    });
    // A body in a content coding (gzip, br) is not decoded here: a 415 that says which coding is taken
    // (RFC 9110 §15.5.16), not its bytes read as text and refused as no UTF-8, or a label not matching them believed.
    app.addHook('preParsing', function refuseContentCoding(request, reply, payload, done) {
      const coding = request.method === 'POST' ? request.headers['content-encoding']?.trim() : undefined;
      if (coding === undefined || coding === '' || /^identity$/i.test(coding)) return done(null, payload);
      const detail = `A body in the content coding ${coding.slice(0, LIMITS.echoedTarget)} is not read here: send it uncoded.`;
      sendProblem(reply.header('accept-encoding', 'identity').header('connection', 'close'), {
        ...problemOf('unsupported-media-type'),
        detail,
        instance: request.url,
      });
    });

    // HTTP/1.1 requires one Host of a host's syntax (RFC 9112 §3.2; Node checks its presence with a bare
    // 400 unless told not to: src/app.ts, and keeps the first of two).
    app.addHook('onRequest', function refuseBadHost(request, reply, done) {
      const detail = hostProblem(request.raw);
      if (detail === undefined) return done();
      // Refused before the security headers' hook (src/http/safety.ts): given them here.
      sendProblem(reply.headers(API_HEADERS), { ...problemOf('bad-request'), detail, instance: request.url });
    });
  },
  { name: 'errors' },
);
