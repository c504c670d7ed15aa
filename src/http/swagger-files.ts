/**
 * Swagger UI's own files (its script bundle is 1.7 MB) answered as bytes instead of the file stream
 * @fastify/static gives: the answer cache (src/http/cache.ts) compresses bytes and keeps them with
 * an ETag, as it does every other answer, but passes a stream on as it is, so /docs sent its 2.5 MB
 * of scripts and styles uncompressed to every browser that opened it.
 *
 * @fastify/swagger-ui registers its static route itself and has no option for this, so the route's
 * handler is replaced as the route is declared (Fastify's onRoute hook). A name that is not one of
 * the files known here goes to @fastify/static's own handler, which answers it as before. The cost:
 * the first request for each encoding compresses the bundle, and with an
 * answer cache too small to keep it (an answer is kept up to an eighth of ANSWER_CACHE_MB) every one
 * does; the code version counts Swagger UI's, so an upgrade changes the files' ETags (src/db/version.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import type { FastifyInstance, RouteHandlerMethod } from 'fastify';

// Found through Node's resolver rather than the plugin's own __dirname, which points into dist/ when
// the server runs bundled (scripts/start.mjs).
export const SWAGGER_UI_FILES = join(dirname(createRequire(import.meta.url).resolve('@fastify/swagger-ui/package.json')), 'static');

/** The media types of Swagger UI's files, as @fastify/static names them. */
const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves the files under `${prefix}/static/` as bytes; call before @fastify/swagger-ui is registered. */
export function swaggerFilesAsBytes(app: FastifyInstance, prefix: string): void {
  const files = new Map(readdirSync(SWAGGER_UI_FILES).flatMap((name) => (TYPES[extname(name)] ? [[name, TYPES[extname(name)]]] : [])));
  const route = `${prefix}/static/*`;
  app.addHook('onRoute', (options) => {
    if (options.url !== route) return;
    const streamed = options.handler as RouteHandlerMethod;
    options.handler = function (request, reply) {
      const name = (request.params as { '*': string })['*'];
      const type = files.get(name);
      // Read when asked for, not held: the answer cache keeps what is asked for again.
      if (type) return reply.type(type).send(readFileSync(join(SWAGGER_UI_FILES, name)));
      return streamed.call(this, request, reply);
    };
  });
}
