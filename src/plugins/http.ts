/**
 * HTTP for an immutable dataset: an ETag on every GET derived from the dataset
 * version and the request, 304 on If-None-Match before any work is done,
 * Cache-Control, an RFC 8288 Link header for the next page, CORS open for
 * reading, and compression of large answers.
 */
import { createHash } from 'node:crypto';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** Answers depend only on the dataset version, the URL and the representation asked for. */
export function etagFor(version: string, request: FastifyRequest): string {
  const representation = /text\/csv/.test(request.headers.accept ?? '') ? 'csv' : 'json';
  const digest = createHash('sha256').update(`${request.url}\0${representation}`).digest('base64url').slice(0, 22);
  return `"${version}-${digest}"`;
}

function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

export const CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

export default fp(
  async function http(app: FastifyInstance, options: { version: string }) {
    await app.register(cors, { origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'], exposedHeaders: ['ETag', 'Link', 'Content-Disposition'] });
    await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });

    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const etag = etagFor(options.version, request);
      const ifNoneMatch = request.headers['if-none-match'];
      if (ifNoneMatch && matches(ifNoneMatch, etag)) {
        return reply.code(304).header('etag', etag).header('cache-control', CACHE_CONTROL).send();
      }
    });

    app.addHook('onSend', async (request, reply, payload) => {
      if ((request.method === 'GET' || request.method === 'HEAD') && reply.statusCode === 200) {
        reply.header('etag', etagFor(options.version, request));
        reply.header('cache-control', CACHE_CONTROL);
        reply.header('vary', 'Accept, Accept-Encoding');
      }
      return payload;
    });

    app.addHook('preSerialization', async (_request, reply, payload) => {
      const next = (payload as { links?: { next?: string | null } } | null)?.links?.next;
      if (next) reply.header('link', `<${next}>; rel="next"`);
      return payload;
    });
  },
  { name: 'http' },
);
