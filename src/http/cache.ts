/**
 * HTTP caching for an immutable dataset: whole answers kept as bytes, keyed by the request as the
 * API read it (its route, path and validated query in canonical form, and the representation), an
 * ETag on every 200, 304 for If-None-Match, Cache-Control, CORS open for reading, and compression.
 *
 * Caching whole answers is correct because a running server answers from one database file opened
 * read-only: the same request always has the same answer. The ETag carries the dataset version, so
 * no answer outlives the data it was made from. The cache is looked up after the route and its
 * parameters were validated, and an ETag is given only to a 200 (as @fastify/etag does): an unknown
 * route, a bad parameter or a missing record is never a 304 and never cached.
 */
import { createHash } from 'node:crypto';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Lru } from '../lru.ts';
import { canonicalQuery, pathOf } from './lists.ts';
import { representation } from './negotiation.ts';

export const CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';
const VARY = 'Accept, Accept-Encoding';

type Cached = {
  body: Buffer;
  etag: string;
  /** What the answer was sent with besides the security and CORS headers. */
  headers: Record<string, string>;
};

/** Bytes an entry holds: its body, its key and headers, and the objects around them. */
const weightOf = (entry: Cached, key: string) =>
  256 + 2 * key.length + entry.body.length + Object.entries(entry.headers).reduce((n, [k, v]) => n + 2 * (k.length + v.length) + 64, 0);

/** Answers by request, least recently used out past `maxBytes`; an answer over an eighth of it is not kept. */
export class AnswerCache extends Lru<Cached> {
  constructor(maxBytes: number) {
    super(maxBytes, weightOf, maxBytes / 8);
  }
}

function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    answerKey?: string;
    answeredFromCache?: boolean;
  }
  interface FastifyInstance {
    answerCache: AnswerCache;
  }
  interface FastifyContextConfig {
    /** Answers that must not be cached (liveness, readiness): the route sets its own Cache-Control. */
    uncached?: boolean;
  }
}

/** The request as the API read it: two requests that ask the same thing have the same key. */
function keyOf(request: FastifyRequest): string {
  const query = canonicalQuery(request, { paging: false });
  const paging = request.query as { limit?: unknown; offset?: unknown } | undefined;
  return `${representation(request)}\0${pathOf(request)}\0${JSON.stringify(query)}\0${paging?.limit ?? ''}\0${paging?.offset ?? ''}`;
}

function notModified(reply: FastifyReply, etag: string) {
  return reply.code(304).headers({ etag, 'cache-control': CACHE_CONTROL, vary: VARY }).send();
}

export type HttpOptions = { version: string; cacheBytes: number };

export default fp(
  async function http(app: FastifyInstance, { version, cacheBytes }: HttpOptions) {
    const cache = new AnswerCache(cacheBytes);
    app.decorate('answerCache', cache);
    const etagOf = (key: string) => `"${version}-${createHash('sha256').update(key).digest('base64url').slice(0, 22)}"`;

    // After validation: only a request the route accepts has a key.
    app.addHook('preHandler', (request, reply, done) => {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.routeOptions.config.uncached) return done();
      const key = keyOf(request);
      request.answerKey = key;
      const hit = cache.get(key);
      if (!hit) return done();
      request.answeredFromCache = true;
      const ifNoneMatch = request.headers['if-none-match'];
      if (ifNoneMatch && matches(ifNoneMatch, hit.etag)) return notModified(reply, hit.etag);
      reply.code(200).headers(hit.headers).send(hit.body);
    });

    // Registered before compression, so what is stored is the answer itself.
    app.addHook('onSend', (request, reply, payload, done) => {
      const key = request.answerKey;
      if (!key || request.answeredFromCache || reply.statusCode !== 200) return done(null, payload);
      const etag = etagOf(key);
      const body = typeof payload === 'string' ? Buffer.from(payload) : Buffer.isBuffer(payload) ? payload : undefined;
      const headers: Record<string, string> = { etag, 'cache-control': CACHE_CONTROL, vary: VARY };
      for (const name of ['content-type', 'link', 'content-disposition']) {
        const value = reply.getHeader(name);
        if (typeof value === 'string') headers[name] = value;
      }
      reply.headers(headers);
      if (body) cache.set(key, { body, etag, headers });
      const ifNoneMatch = request.headers['if-none-match'];
      if (ifNoneMatch && matches(ifNoneMatch, etag)) {
        reply.code(304);
        return done(null, '');
      }
      done(null, body ?? payload);
    });

    await app.register(cors, { origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'], exposedHeaders: ['ETag', 'Link', 'Content-Disposition'] });
    await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  },
  { name: 'http' },
);
