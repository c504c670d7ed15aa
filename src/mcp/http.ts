/**
 * POST /mcp: the MCP server over Streamable HTTP, stateless. Each request gets a server and a
 * transport of its own and nothing outlives it, so any instance behind a load balancer answers any
 * request. It is a route like the others: rate limited, shed under load, never cached. The SDK's
 * web-standard transport makes the answer (JSON, not a stream), which is sent as every answer is,
 * with the app's headers and compressed as a POST's is (sec17: 482 KB of JSON had left uncompressed).
 * GET and DELETE, which only a stateful server answers, are 405.
 */
import type { FastifyInstance } from 'fastify';
import { LIMITS } from '../config.ts';
import { utf8Of } from '../http/encoding.ts';
import { sendProblem } from '../http/errors.ts';
import { problemOf } from '../http/problem-types.ts';

/** The MCP SDK and the tools, loaded with the first call to /mcp: a server no agent calls starts without them. */
const loadMcp = async () => {
  const [{ WebStandardStreamableHTTPServerTransport }, { buildMcpServer }, { notAMessage, refuseMisshapen }] = await Promise.all([
    import('@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'),
    import('./server.ts'),
    import('./messages.ts'),
  ]);
  return { WebStandardStreamableHTTPServerTransport, buildMcpServer, notAMessage, refuseMisshapen };
};

/** A body that is no JSON, marked for the handler: JSON-RPC's parse error, not the API's problem. */
const NOT_JSON = Symbol('not JSON');
/** Bytes that are no UTF-8, which JSON is (RFC 8259 §8.1): the same parse error, saying why. */
const NOT_UTF8 = Symbol('not UTF-8');
/** Whether a text is JSON at all (the default reader refuses some that is: a __proto__ key). */
const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Whether an Accept (lower case) takes both answers a Streamable HTTP server may give, as the SDK requires (else its 406). */
const takesBoth = (accept: string | undefined) => Boolean(accept?.includes('application/json') && accept.includes('text/event-stream'));

/** JSON with a key every route refuses (__proto__, constructor.prototype): no request JSON-RPC can read. */
const REFUSED_KEY = Symbol('a refused key');

/**
 * Why a body is no request this server takes, as JSON-RPC says it. A batch is one: MCP dropped batches
 * in 2025-06-18, and one POST of a hundred tool calls would be a hundred requests the rate limit counts
 * as one, answered at once in one body (36 MB for a hundred pages of 500 figures).
 */
function refusal(body: unknown): { code: number; message: string } | null {
  if (body === NOT_JSON) return { code: -32700, message: 'Parse error: the body is not JSON' };
  if (body === NOT_UTF8) return { code: -32700, message: 'Parse error: the body is not UTF-8, so not JSON' };
  if (body === REFUSED_KEY)
    return { code: -32600, message: 'Invalid Request: a __proto__ or constructor.prototype key, which this server refuses' };
  if (Array.isArray(body)) return { code: -32600, message: 'Invalid Request: a batch; send each JSON-RPC message as a POST of its own' };
  return null;
}

/**
 * Whether a request's Origin may call the server. A browser names the page whose script sends it; a
 * page of a name rebound to this machine (DNS rebinding) names its own, so only the origins configured
 * pass (MCP's Streamable HTTP transport: an Origin present and not allowed is a 403). A client that is no
 * browser sends none. The Host is not judged: a proxy in front passes the public one.
 */
const originAllowed = (origin: string | undefined, allowed: readonly string[] | '*') =>
  origin === undefined || allowed === '*' || allowed.includes(URL.canParse(origin) ? new URL(origin).origin : origin);

export default async function mcpRoutes(app: FastifyInstance, { origins }: { origins: readonly string[] | '*' }) {
  // Not in the OpenAPI document: its body is JSON-RPC, described by the MCP specification (README, "For agents").
  const hidden = { hide: true };
  // In this plugin's context only: JSON read as every route reads it (a __proto__ key refused), and a
  // body that is none answered as JSON-RPC says (-32700), as the SDK would had it read the body itself.
  const json = app.getDefaultJsonParser('error', 'error');
  // A JSON-RPC message is sent as application/json alone: text/plain, which Fastify reads by default, is a 415.
  app.removeContentTypeParser('text/plain');
  // Bytes that are no UTF-8 are no JSON (RFC 8259 §8.1), not a text of U+FFFD.
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const text = utf8Of(body as Buffer);
    if (text === undefined) return done(null, NOT_UTF8);
    json(request, text, (error, value) => done(null, error ? (parses(text) ? REFUSED_KEY : NOT_JSON) : value));
  });
  app.post('/mcp', { bodyLimit: LIMITS.mcpBodyBytes, config: { uncached: true }, schema: hidden }, async (request, reply) => {
    const answer = (code: number, body: object) => reply.code(code).header('cache-control', 'no-store').type('application/json').send(body);
    const { origin } = request.headers;
    if (!originAllowed(origin, origins)) {
      const message = `Forbidden: scripts of ${JSON.stringify(origin?.slice(0, LIMITS.echoedValue))} may not call this server; its operator may allow them with MCP_ALLOWED_ORIGINS`;
      return answer(403, { jsonrpc: '2.0', error: { code: -32000, message }, id: null });
    }
    const refused = refusal(request.body);
    if (refused) return answer(400, { jsonrpc: '2.0', error: refused, id: null });
    const { WebStandardStreamableHTTPServerTransport, buildMcpServer, notAMessage, refuseMisshapen } = await loadMcp();
    // A media type's name is case-insensitive (RFC 9110 §8.3.1), which the SDK's check of Accept is not (mcp18:
    // Application/JSON was a 406): Accept is read, and handed on, in lower case.
    const accept = request.headers.accept?.toLowerCase();
    // After the SDK's first check, of what the client takes (406), as the SDK would answer it.
    const unread = takesBoth(accept) ? notAMessage(request.body) : null;
    if (unread) return answer(400, unread);
    const server = buildMcpServer(app);
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    // The request as the transport reads it: its headers (what the client takes, its protocol version), its body read already.
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
    if (accept !== undefined) headers.set('accept', accept);
    try {
      await server.connect(transport);
      refuseMisshapen(transport);
      const asked = new Request(new URL(request.url, 'http://mcp.invalid'), { method: 'POST', headers });
      const answered = await transport.handleRequest(asked, { parsedBody: request.body });
      // Its own headers but the body's length, which Fastify sets for the bytes it sends (compressed or not).
      answered.headers.forEach((value, name) => {
        if (name !== 'content-length') reply.header(name, value);
      });
      const body = await answered.text();
      return reply
        .code(answered.status)
        .header('cache-control', 'no-store')
        .send(body === '' ? undefined : body);
    } catch (error) {
      request.log.error({ err: error }, 'mcp: the request failed');
      // With the id its log line carries, as a 500 of the API's has (request_id).
      return answer(500, {
        jsonrpc: '2.0',
        error: { code: -32603, message: 'Internal error', data: { request_id: String(request.id) } },
        id: null,
      });
    } finally {
      await transport.close();
      await server.close();
    }
  });
  for (const method of ['GET', 'DELETE'] as const) {
    app.route({
      method,
      url: '/mcp',
      config: { uncached: true, refused: true },
      schema: hidden,
      handler: async (request, reply) => {
        reply.header('allow', 'OPTIONS, POST');
        return sendProblem(reply, {
          ...problemOf('method-not-allowed'),
          detail: 'The MCP server is stateless: send each JSON-RPC message as a POST to /mcp.',
          instance: request.url,
        });
      },
    });
  }
}
