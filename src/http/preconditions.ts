/**
 * If-Match (RFC 9110 §13.1.1): an origin server evaluates it before the method, by strong
 * comparison, and answers 412 when it names no current representation. Only an answer that would be
 * a 200 (or a 304) is judged: an error stays what it is (§13.2.1).
 *
 * An answer from the cache is judged where it is sent (src/http/cache.ts); a new one here, as it
 * leaves its handler, before the pages' hook, which says a refusal as a page to a reader who asked
 * for one, so both are said alike.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { PROBLEM_HEADERS, type Problem } from './errors.ts';
import { problemOf } from './problem-types.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The ETag of the answer this request will get if it is a 200 (src/http/cache.ts): it is made from the request alone. */
    answerEtag?: string;
  }
}

/** Whether If-Match, where given, names no current representation: a weak tag never matches; * matches whatever exists. */
export function ifMatchFails(request: FastifyRequest, etag: string): boolean {
  const ifMatch = request.headers['if-match'];
  return ifMatch !== undefined && !ifMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim() === etag);
}

/**
 * What a 304 sends for a body: none, and no Content-Length (RFC 9110 §8.6). Fastify's HEAD routes set one for
 * an answer of no payload (0, which is no 200's length) and fail on a null one (fastify 5.12: a 500 for every
 * conditional HEAD, api20), but leave an empty stream's length unset: a HEAD gets that, a GET nothing (an onSend
 * hook that replaces a body with nothing passes null, as undefined keeps the body).
 */
export const notModifiedBody = (request: FastifyRequest) => (request.method === 'HEAD' ? Readable.from([]) : undefined);

/** Why a 412 is answered, as the answers' refusal and the downloads' say it. */
export const PRECONDITION_FAILED = 'If-Match names no current representation of this resource: its ETag has changed, or was never that.';

/** The 412 for a request whose If-Match names another representation than the current one. */
export const preconditionFailed = (instance: string): Problem => ({
  ...problemOf('precondition-failed'),
  detail: PRECONDITION_FAILED,
  instance,
});

/** An answer's headers that describe its body: kept with it (src/http/cache.ts), left off a 304 or a 412 that stands for it. */
export const REPRESENTATION_HEADERS = ['content-type', 'content-language', 'link', 'content-disposition'] as const;

/** Those, its tag and its encoding: none is a 412's, which has a body of its own. */
const ANSWER_HEADERS = ['etag', 'content-encoding', ...REPRESENTATION_HEADERS];

export default fp(
  async function preconditions(app: FastifyInstance) {
    app.decorateRequest('answerEtag', undefined);
    app.addHook('onSend', function judgePreconditions(request, reply, payload, done) {
      const etag = request.answerEtag;
      if (etag === undefined || reply.statusCode !== 200 || !ifMatchFails(request, etag)) return done(null, payload);
      for (const name of ANSWER_HEADERS) reply.removeHeader(name);
      reply.code(412).type('application/problem+json; charset=utf-8').headers(PROBLEM_HEADERS);
      done(null, JSON.stringify(preconditionFailed(request.url)));
    });
  },
  { name: 'preconditions' },
);
