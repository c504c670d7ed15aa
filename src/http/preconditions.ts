/**
 * If-Match (RFC 9110 §13.1.1): an origin server evaluates it before the method, by strong
 * comparison, and answers 412 when it names no current representation. Only an answer that would be
 * a 200 (or a 304) is judged: an error stays what it is (§13.2.1).
 *
 * An answer from the cache is judged where it is sent (src/http/cache.ts); a new one here, as it
 * leaves its handler, before the pages' hook, which says a refusal as a page to a reader who asked
 * for one, so both are said alike.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { kindOf, PROBLEM_HEADERS, type Problem } from './errors.ts';

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

/** The 412 for a request whose If-Match names another representation than the current one. */
export const preconditionFailed = (instance: string): Problem => ({
  ...kindOf(412),
  status: 412,
  detail: 'If-Match names no current representation of this resource: its ETag has changed, or was never that.',
  instance,
});

/** An answer's headers that describe its body (and its tag): not on a 412, which has a body of its own. */
const ANSWER_HEADERS = ['etag', 'content-type', 'content-language', 'content-encoding', 'link', 'content-disposition'];

export default fp(
  async function preconditions(app: FastifyInstance) {
    app.decorateRequest('answerEtag', undefined);
    app.addHook('onSend', (request, reply, payload, done) => {
      const etag = request.answerEtag;
      if (etag === undefined || reply.statusCode !== 200 || request.headers['if-match'] === undefined || !ifMatchFails(request, etag))
        return done(null, payload);
      for (const name of ANSWER_HEADERS) reply.removeHeader(name);
      reply.code(412).type('application/problem+json; charset=utf-8').headers(PROBLEM_HEADERS);
      done(null, JSON.stringify(preconditionFailed(request.url)));
    });
  },
  { name: 'preconditions' },
);
