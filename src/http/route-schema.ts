/** What a route's zod schemas declare, read off the route: its query string's (or body's) parameters by name, in order. */
import type { FastifyRequest } from 'fastify';

/**
 * The parameters a route's query string (or body) schema declares, by name in its order, each as the
 * caller reads a schema (`T`); empty for a route that declares none.
 */
export function routeShape<T = unknown>(request: FastifyRequest, part: 'querystring' | 'body' = 'querystring'): Record<string, T> {
  return (request.routeOptions.schema?.[part] as { shape?: Record<string, T> } | undefined)?.shape ?? {};
}
