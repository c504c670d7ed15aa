/** The MCP server's one way to the data: the app asked over HTTP, as a client would ask it. */
import type { App } from '../app.ts';

/** An answer of the app to a GET, as a tool reads it. */
export type Answer = { url: string; status: number; type: string; body: string; json?: unknown };

/** Asks the app a question as a client would, counted by the rate limit once, as the request that made it. */
export async function ask(app: App, url: string): Promise<Answer> {
  const response = await app.inject({ method: 'GET', url, headers: { accept: 'application/json', ...app.internalHeaders } });
  const type = String(response.headers['content-type'] ?? '');
  let json: unknown;
  if (/json/.test(type)) {
    try {
      json = JSON.parse(response.body);
    } catch {}
  }
  return { url, status: response.statusCode, type, body: response.body, json };
}
