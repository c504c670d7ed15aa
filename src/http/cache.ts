/**
 * HTTP caching for an immutable dataset: whole answers kept as bytes, keyed by the request as the
 * API read it (its path and validated query in canonical form, and the representation: for a page,
 * its language too), an ETag on every 200, 304 for If-None-Match, Cache-Control, CORS open for
 * reading, and compression.
 *
 * Caching whole answers is correct because a running server answers from one database file opened
 * read-only: the same request always has the same answer. The ETag carries the dataset version, so
 * no answer outlives the data it was made from, and is made with the code's version, so none
 * outlives the code. An answer is cached, and given an ETag, only as a 200 (as @fastify/etag does),
 * so an unknown route, a bad parameter or a missing record is never a 304 and never cached.
 *
 * An answer is kept from the second time it is asked for (the Doorkeeper below); every 200 has its
 * ETag from the first.
 *
 * Two lookups serve a repeated request. A request target (with its Accept) that was validated
 * before and answered 200 is looked up before validation, once rate limiting and load shedding have
 * run: the same target validates the same way. Any other is looked up after validation, by its
 * canonical form, so `?b=2&a=1` finds the answer to `?a=1&b=2`.
 *
 * Compression has one path: an answer's compressed forms are made from its bytes once per encoding
 * and kept beside them (negotiated with @fastify/accept-negotiator); an answer never kept (POST /check,
 * a refusal) is compressed by the same encoders as it leaves.
 */
import { hash } from 'node:crypto';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { CACHES } from '../config.ts';
import { Lru } from '../lru.ts';
import { sendProblem } from './errors.ts';
import { canonicalQuery, pathOf } from './lists.ts';
import { contentCodingOf, variantOf, varyOf } from './negotiation.ts';
import { ifMatchFails, notModifiedBody, preconditionFailed, REPRESENTATION_HEADERS } from './preconditions.ts';
import { DOCUMENT_HEADERS } from './security-headers.ts';

export const CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

/** Answers this size or larger are compressed when the client accepts it. */
const COMPRESS_FROM = 1024;
const ENCODINGS = ['br', 'gzip', 'deflate'] as const;
type Encoding = (typeof ENCODINGS)[number];
const ENCODERS: Record<Encoding, (body: Buffer) => Buffer> = {
  br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (body) => gzipSync(body),
  deflate: (body) => deflateSync(body),
};

/** The encoding to send an answer of this size in, or null for the bytes as they are. */
function encodingFor(request: FastifyRequest, size: number): Encoding | null {
  const accepted = request.headers['accept-encoding'];
  if (!accepted || size < COMPRESS_FROM) return null;
  const chosen = contentCodingOf(accepted, [...ENCODINGS, 'identity']);
  return chosen && chosen !== 'identity' ? (chosen as Encoding) : null;
}

/** An answer's bytes, when it is made of bytes (a string or a buffer; a stream is not). */
const bytesOf = (payload: unknown): Buffer | undefined =>
  typeof payload === 'string' ? Buffer.from(payload) : Buffer.isBuffer(payload) ? payload : undefined;

/** An answer no cache keeps, compressed when the client accepts it, with what it depends on (Accept-Encoding too). */
function compressedOnce(request: FastifyRequest, reply: FastifyReply, payload: unknown, vary: string): unknown {
  const body = bytesOf(payload);
  if (!body) return payload;
  reply.header('vary', /\baccept-encoding\b/i.test(vary) ? vary : `${vary ? `${vary}, ` : ''}Accept-Encoding`);
  const encoding = encodingFor(request, body.length);
  if (!encoding) return body;
  reply.header('content-encoding', encoding);
  return ENCODERS[encoding](body);
}

type Cached = {
  body: Buffer;
  /** The same bytes compressed, made once per encoding when first asked for. */
  encoded: Partial<Record<Encoding, Buffer>>;
  etag: string;
  /** The ETag of its compressed forms: weak, as they are other bytes than the strong tag stands for (RFC 9110 §8.8.3). */
  weak: string;
  /** What the answer was sent with besides the security and CORS headers. */
  headers: Record<string, string>;
};

/** Bytes an entry holds: its bodies, its key and headers, and the objects around them. */
const weightOf = (entry: Cached, key: string) =>
  256 +
  2 * key.length +
  entry.body.length +
  Object.values(entry.encoded).reduce((n, b) => n + (b?.length ?? 0), 0) +
  Object.entries(entry.headers).reduce((n, [k, v]) => n + 2 * (k.length + v.length) + 64, 0);

/** Answers by request, least recently used out past `maxBytes`; an answer over an eighth of it is not kept. */
export class AnswerCache extends Lru<Cached> {
  constructor(maxBytes: number) {
    super(maxBytes, weightOf, maxBytes / 8);
  }
}

/** Whether an If-None-Match header names this ETag (weakly, or by *). */
export function etagMatches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    answerKey?: string;
    /** The SHA-256 of the code's version and the key, made once: the doorkeeper's print and the ETag's (answerEtag). */
    answerDigest?: Buffer;
    answeredFromCache: boolean;
  }
  interface FastifyInstance {
    answerCache: AnswerCache;
  }
  interface FastifyContextConfig {
    /** Answers that must not be cached (liveness, readiness): the route sets its own Cache-Control. */
    uncached?: boolean;
    /** An uncached route that tags its answers itself and answers If-None-Match (a file streamed from disk). */
    conditional?: boolean;
    /** The Cache-Control of the route's answers, when not CACHE_CONTROL (files named by their content: a year). */
    cacheControl?: string;
  }
}

/** Leaves this request's answer out of the answer cache, untagged: its route answers it otherwise than its URL says. */
export function answerUncached(request: FastifyRequest): void {
  request.answerKey = undefined;
  request.answerDigest = undefined;
  request.answerEtag = undefined;
}

/** Whether a route's GET answers carry an ETag and a matching If-None-Match is answered 304. */
export function answersNotModified(config: { uncached?: boolean; conditional?: boolean }): boolean {
  return !config.uncached || config.conditional === true;
}

/** The request as the API read it: two requests that ask the same thing have the same key. */
function keyOf(request: FastifyRequest): string {
  const query = canonicalQuery(request, { paging: false });
  const paging = request.query as { limit?: unknown; offset?: unknown } | undefined;
  // Retired metric keys were rewritten to the keys they stand for; the answer says which were named.
  const aliases = request.aliases?.map((a) => a.alias).join(',') ?? '';
  return `${variantOf(request)}\0${pathOf(request)}\0${JSON.stringify(query)}\0${paging?.limit ?? ''}\0${paging?.offset ?? ''}\0${aliases}`;
}

/** The request as it came: its target and what it accepts (and, for a page, the language Accept-Language chose). */
const targetOf = (request: FastifyRequest) => `${request.headers.accept ?? ''}\0${request.pageAsk?.lang ?? ''}\0${request.url}`;

/** Sends an answer's bytes (or the 304 standing for them), compressed as the client accepts; `keep` counts a new compressed form. */
function sendAnswer(request: FastifyRequest, reply: FastifyReply, entry: Cached, keep?: () => void) {
  if (ifMatchFails(request, entry.etag)) return sendProblem(reply, preconditionFailed(request.url));
  const ifNoneMatch = request.headers['if-none-match'];
  const encoding = encodingFor(request, entry.body.length);
  if (ifNoneMatch && etagMatches(ifNoneMatch, entry.etag)) {
    const etag = encoding ? entry.weak : entry.etag;
    // A page's own security headers too, as its 200 had them: a browser updates its copy's headers from a 304.
    if (entry.headers['content-type']?.startsWith('text/html')) reply.headers(DOCUMENT_HEADERS);
    reply.code(304).headers({ etag, 'cache-control': entry.headers['cache-control'], vary: entry.headers.vary });
    return reply.send(notModifiedBody(request));
  }
  reply.code(200).headers(entry.headers);
  if (!encoding) return reply.send(entry.body);
  let encoded = entry.encoded[encoding];
  if (!encoded) {
    encoded = ENCODERS[encoding](entry.body);
    entry.encoded[encoding] = encoded;
    keep?.();
  }
  return reply.header('content-encoding', encoding).header('etag', entry.weak).send(encoded);
}

const DOORKEEPER_SLOTS = CACHES.doorkeeperSlots;

/**
 * Admission to the answer cache: an answer is kept the second time it is asked for, never the first.
 * A public API is asked many things once (a crawler's walk, a one-off filter); keeping each of them
 * would evict answers that are asked again, and every body kept and then dropped is work for the
 * garbage collector (docs/PERFORMANCE.md, "Memory"). The requests asked once are remembered
 * as fingerprints of their key's digest in a fixed table, with no object to collect: a later request
 * landing on the same slot takes it over (what CDNs call caching on the second hit; TinyLFU's
 * "doorkeeper").
 */
export class Doorkeeper {
  private readonly prints: Uint32Array;

  constructor(slots: number) {
    this.prints = new Uint32Array(slots);
  }

  /** Whether the key of this digest (SHA-256) was asked for before; remembers it if not. */
  admit(digest: Buffer): boolean {
    const slot = digest.readUInt32LE(0) % this.prints.length;
    // 0 marks an empty slot.
    const print = digest.readUInt32LE(4) || 1;
    if (this.prints[slot] === print) return true;
    this.prints[slot] = print;
    return false;
  }
}

export type HttpOptions = { version: string; codeVersion: string; cacheBytes: number };

export default fp(
  async function http(app: FastifyInstance, { version, codeVersion, cacheBytes }: HttpOptions) {
    const cache = new AnswerCache(cacheBytes);
    app.decorate('answerCache', cache);
    // Declared, so every request is made with them and keeps one shape whichever hooks set them.
    app.decorateRequest('answerKey', undefined);
    app.decorateRequest('answerDigest', undefined);
    app.decorateRequest('answeredFromCache', false);
    // Request targets validated and answered before, and the key of their answer.
    const seen = new Lru<string>(cacheBytes / 8, (key, target) => 2 * (key.length + target.length) + 128);
    const doorkeeper = new Doorkeeper(DOORKEEPER_SLOTS);
    // The code's version too: the same request to upgraded code is another answer, with another tag.
    // One call, no Hash object: the digest update(codeVersion).update(key) made.
    const digestOf = (key: string) => hash('sha256', codeVersion + key, 'buffer');
    const etagOf = (digest: Buffer) => `"${version}-${digest.toString('base64url').slice(0, 22)}"`;
    const cacheable = (request: FastifyRequest, reply: FastifyReply) =>
      (request.method === 'GET' || request.method === 'HEAD') && !reply.routeOptions.config.uncached;

    // Before validation, after the rate limit and load shedding: a target answered 200 before.
    app.addHook('preValidation', function answerByTarget(request, reply, done) {
      if (!cacheable(request, reply)) return done();
      const key = seen.get(targetOf(request));
      const hit = key === undefined ? undefined : cache.get(key);
      if (!key || !hit) return done();
      request.answerKey = key;
      request.answeredFromCache = true;
      sendAnswer(request, reply, hit, () => cache.reweigh(key, hit));
    });

    // After validation: only a request the route accepts has a key.
    app.addHook('preHandler', function answerByKey(request, reply, done) {
      if (!cacheable(request, reply)) return done();
      const key = keyOf(request);
      request.answerKey = key;
      const hit = cache.get(key);
      // A new answer's tag is known before it is made (If-Match is judged on it as it leaves: src/http/preconditions.ts).
      if (!hit) {
        request.answerDigest = digestOf(key);
        request.answerEtag = etagOf(request.answerDigest);
        return done();
      }
      seen.set(targetOf(request), key);
      request.answeredFromCache = true;
      sendAnswer(request, reply, hit, () => cache.reweigh(key, hit));
    });

    // A new answer: its ETag and headers, kept if asked for before (the doorkeeper), then sent as a cached one is.
    app.addHook('onSend', function keepAnswer(request, reply, payload, done) {
      const key = request.answerKey;
      // A refusal (its Vary as it says: a problem's names Accept-Encoding, PROBLEM_HEADERS) and a paragraph
      // checked (POST /check; Vary as a GET's would be) are never kept, but can be large: compressed as they leave.
      if (reply.statusCode >= 400) return done(null, compressedOnce(request, reply, payload, String(reply.getHeader('vary') ?? '')));
      if (!key && request.method === 'POST' && reply.statusCode === 200)
        return done(null, compressedOnce(request, reply, payload, varyOf(request)));
      if (!key || request.answeredFromCache || reply.statusCode !== 200) return done(null, payload);
      const body = bytesOf(payload);
      if (!body) return done(null, payload);
      const digest = request.answerDigest ?? digestOf(key);
      const headers: Record<string, string> = {
        etag: request.answerEtag ?? etagOf(digest),
        'cache-control': reply.routeOptions.config.cacheControl ?? CACHE_CONTROL,
        vary: varyOf(request),
      };
      for (const name of REPRESENTATION_HEADERS) {
        const value = reply.getHeader(name);
        if (typeof value === 'string') headers[name] = value;
      }
      const entry: Cached = { body, encoded: {}, etag: headers.etag, weak: `W/${headers.etag}`, headers };
      const kept = doorkeeper.admit(digest);
      if (kept) {
        cache.set(key, entry);
        seen.set(targetOf(request), key);
      }
      reply.headers(headers);
      const ifNoneMatch = request.headers['if-none-match'];
      const encoding = encodingFor(request, body.length);
      if (encoding) reply.header('etag', entry.weak);
      if (ifNoneMatch && etagMatches(ifNoneMatch, entry.etag)) {
        // A 304 carries what a cache updates its copy with, as one from the cache does: no length
        // (of no body; RFC 9110 §8.6) and no other representation's metadata (§15.4.5).
        reply.code(304);
        for (const name of REPRESENTATION_HEADERS) reply.removeHeader(name);
        return done(null, notModifiedBody(request) ?? null);
      }
      if (!encoding) return done(null, body);
      const encoded = ENCODERS[encoding](body);
      entry.encoded[encoding] = encoded;
      if (kept) cache.reweigh(key, entry);
      reply.header('content-encoding', encoding);
      done(null, encoded);
    });
  },
  { name: 'http' },
);
