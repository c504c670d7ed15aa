/** The MCP server's one way to the data: the app asked over HTTP, as a client would ask it. */
import type { FastifyInstance as App } from 'fastify';

/** An answer of the app to a GET, as a tool reads it. */
export type Answer = { url: string; status: number; type: string; body: string; json?: unknown };

/**
 * Asks the app a question as a client would, counted by the rate limit once, as the request that made it;
 * a permanent redirect within the API (a retired metric key: 308 to its current one) is followed once, as a client would.
 */
export async function ask(app: App, url: string, redirected = false): Promise<Answer> {
  const response = await app.inject({ method: 'GET', url, headers: { accept: 'application/json', ...app.internalHeaders } });
  const location = response.headers.location;
  if (!redirected && [301, 308].includes(response.statusCode) && typeof location === 'string' && location.startsWith('/'))
    return ask(app, location, true);
  const type = String(response.headers['content-type'] ?? '');
  let json: unknown;
  if (/json/.test(type)) {
    try {
      json = JSON.parse(response.body);
    } catch {}
  }
  return { url, status: response.statusCode, type, body: response.body, json };
}
