/**
 * What keeps the service safe to expose: security headers, a rate limit per client, load shedding
 * instead of unbounded queues, and request limits. Every refusal is a problem+json that says the
 * limit. The security headers themselves are in ./security-headers.ts.
 */
import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LIMITS } from '../config.ts';
import { undecodable } from './encoding.ts';
import { ProblemError } from './errors.ts';
import { inSeconds } from './problem-types.ts';
import { API_HEADERS, DOCUMENT_HEADERS } from './security-headers.ts';
import shedding from './shedding.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A route the rate limit passes over (readiness: a load balancer probing it may share its clients' address; the pages' static files). */
    unlimited?: boolean;
    /** A route whose requests cost many times an ordinary one's (a paragraph checked): counted in an allowance of their own too. */
    costly?: boolean;
  }
  interface FastifyInstance {
    /**
     * Headers for the requests the app makes of itself (an MCP tool answers through app.inject):
     * the rate limit counts the /mcp request that made them, not each of them again. Their token is
     * made per process and never sent out, so no client can claim it.
     */
    internalHeaders: Readonly<Record<string, string>>;
    /** Counts a request against its client's allowance, answering 429 past it (a no-op when rate limiting is off). */
    rateLimitRequest: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

const INTERNAL_HEADER = 'x-ledger-internal';

/** What a 429 says of the client's allowance, beside Retry-After (@fastify/rate-limit's names). */
const RATE_LIMIT_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];

/** Whether a route's requests count against a client's allowance: all but liveness, readiness, /problems and the static files. */
export const rateLimited = (config: { neverShed?: boolean; unlimited?: boolean }) => !config.neverShed && !config.unlimited;

export type SafetyOptions = {
  /** Requests per minute per client; 0 turns rate limiting off. */
  rateLimitMax: number;
  /** Of those, requests per minute per client to a costly route; 0: no allowance of their own. */
  checkRateLimitMax: number;
  /** Event-loop delay in ms above which requests are shed with 503; 0 turns shedding off. */
  maxEventLoopDelay: number;
  /** Percent of the server's time the routes that check texts may take together; 0: no share. */
  checkCpuPercent: number;
};

/** Why a request target over the limit is refused (414), routed or not. */
export const targetTooLong = (url: string) => `The request target is ${url.length} characters; the limit is ${LIMITS.urlLength}.`;

export default fp(
  async function safety(app: FastifyInstance, options: SafetyOptions) {
    const token = randomUUID();
    app.decorate('internalHeaders', { [INTERNAL_HEADER]: token });

    // Helmet's headers depend on nothing in the request: computed once, set on every answer.
    app.addHook('onRequest', function setSecurityHeaders(_request, reply, done) {
      reply.headers(API_HEADERS);
      done();
    });
    app.addHook('onSend', function setDocumentHeaders(_request, reply, payload, done) {
      if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) reply.headers(DOCUMENT_HEADERS);
      done(null, payload);
    });

    // CORS before any hook that can refuse: a 429, 503 or 414 a browser's script cannot read is a network
    // error to it. A preflight is answered here, before the rate limit. strictPreflight off: an OPTIONS
    // without preflight headers gets the same 204 with the CORS headers (what the resource allows), not a
    // text/plain 400. POST is for /check and /mcp.
    await app.register(cors, {
      origin: '*',
      methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      // Joined once here: @fastify/cors joins a list again on every request.
      exposedHeaders: ['ETag', 'Link', 'Content-Disposition', 'Content-Range', 'Retry-After', ...RATE_LIMIT_HEADERS].join(', '),
      strictPreflight: false,
      // Chromium keeps a preflight two hours at most, Firefox a day.
      maxAge: 86_400,
    });

    // Every other request the server reads counts against the client's allowance: unmatched routes and
    // requests refused for their length or encoding too.
    if (options.rateLimitMax > 0) {
      await app.register(rateLimit, {
        global: false,
        max: options.rateLimitMax,
        timeWindow: 60_000,
        // A client's own counts only on its 429: an answer a shared cache keeps would give them to everyone.
        addHeadersOnExceeding: Object.fromEntries(RATE_LIMIT_HEADERS.map((name) => [name, false])),
        allowList: (request) => request.headers[INTERNAL_HEADER] === token,
        errorResponseBuilder: (_request, context) =>
          new ProblemError(
            'rate-limited',
            `More than ${context.max} requests a minute from this client; retry in ${context.after}. The limit is set by RATE_LIMIT_MAX.`,
          ),
      });
      const hook = app.rateLimit();
      const limit = async (request: FastifyRequest, reply: FastifyReply) => {
        await hook.call(app, request, reply);
      };
      // A paragraph checked costs far more CPU than any other request (docs/PERFORMANCE.md, the costly requests): a
      // client's whole allowance of them would keep a core busy. They count in the allowance above and in one of their own (a store of
      // its own). Counted, not run as a second hook: the plugin runs one hook per request.
      const countCostly = options.checkRateLimitMax > 0 ? app.createRateLimit({ max: options.checkRateLimitMax }) : undefined;
      const costly = async (request: FastifyRequest, reply: FastifyReply) => {
        const counted = await countCostly?.(request);
        if (!counted || counted.isAllowed || !counted.isExceeded) return;
        reply.headers({
          'retry-after': String(counted.ttlInSeconds),
          'x-ratelimit-limit': String(counted.max),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(counted.ttlInSeconds),
        });
        throw new ProblemError(
          'rate-limited',
          `More than ${counted.max} paragraphs a minute checked for this client; retry in ${inSeconds(counted.ttlInSeconds)}. The limit is set by CHECK_RATE_LIMIT_MAX.`,
        );
      };
      app.decorate('rateLimitRequest', limit);
      app.addHook('onRequest', async function limitRate(request, reply) {
        const { config } = reply.routeOptions;
        if (!rateLimited(config)) return;
        await limit(request, reply);
        if (config.costly) await costly(request, reply);
      });
    } else {
      app.decorate('rateLimitRequest', async () => {});
    }
    await app.register(shedding, { maxDelay: options.maxEventLoopDelay, cpuPercent: options.checkCpuPercent });

    app.addHook('onRequest', function checkTarget(request, _reply, done) {
      // A target is a path, or from a proxy an absolute URL; * asks only OPTIONS of the server as a whole.
      if (!request.url.startsWith('/') && !URL.canParse(request.url) && request.method !== 'OPTIONS') {
        const detail = `The request target "${request.url.slice(0, LIMITS.echoedTarget)}" is not a path: ask for one, such as /indicators.`;
        return done(new ProblemError('invalid-target', detail));
      }
      // A fragment (#…) is the client's own, never sent (RFC 9112 §3.2): one sent is said so, not read as a parameter (api20).
      const fragment = request.url.indexOf('#');
      if (fragment >= 0) {
        const detail = `The request target has a fragment, "${request.url.slice(fragment, fragment + LIMITS.echoedTarget)}", which a client keeps to itself: ask for "${request.url.slice(0, Math.min(fragment, LIMITS.echoedTarget))}" without it.`;
        return done(new ProblemError('invalid-target', detail));
      }
      // A query is read as the path is: %zz, a lone surrogate or a cut character is refused, never read as its bytes.
      const query = request.url.indexOf('?');
      const refused = query >= 0 ? undecodable(request.url.slice(query + 1), 'query') : null;
      if (refused) return done(refused);
      if (request.url.length <= LIMITS.urlLength) return done();
      done(new ProblemError('uri-too-long', targetTooLong(request.url)));
    });
  },
  { name: 'safety' },
);
