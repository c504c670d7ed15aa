/**
 * What Node's HTTP parser refuses before Fastify sees a request, answered as a problem like every
 * other error.
 */
import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { LIMITS } from '../config.ts';
import type { AnswerSocket } from './lifecycle.ts';
import { problemOf, statusKind } from './problem-types.ts';
import { REFUSAL_HEADERS } from './security-headers.ts';

const NOT_IMPLEMENTED = 'The request method is not one this server implements: GET, HEAD, POST or OPTIONS.';

/** Node's own refusals (the HTTP parser's, its timeouts) by error code: status and why. */
const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, `The request line and headers are larger than the server accepts (${LIMITS.headerBytes / 1024} KB).`],
  // Raw UTF-8 in a URL (curl 'http://…/search?q=張掖' sends it so): HTTP allows only ASCII there.
  HPE_INVALID_URL: [
    400,
    'The request target is not a valid URL: percent-encode what is not ASCII (curl -G --data-urlencode "q=張掖", or encodeURIComponent).',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request did not arrive in time.'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'The request body chunk extensions are too large.'],
  // A method no server of HTTP knows (FOO): not implemented, as RFC 9110 §15.6.2 has it (a known one on the wrong path is a 405).
  HPE_INVALID_METHOD: [501, NOT_IMPLEMENTED],
};

/**
 * The path a raw request line asks for, as the problem's `instance` (every other problem names the
 * path asked): what is not a printable ASCII byte (raw UTF-8, 張掖) percent-encoded, so it is a URI
 * reference. Undefined when the packet starts with no request line of a path.
 */
function pathOfRequestLine(packet: Buffer | undefined): string | undefined {
  if (!packet) return undefined;
  const start = packet.indexOf(0x20) + 1;
  if (start === 0 || packet[start] !== 0x2f) return undefined;
  let path = '';
  // No longer than any target served (a flood of 180 KB request lines is no 180 KB log line, nor problem).
  for (let i = start; i < packet.length && path.length < LIMITS.urlLength; i++) {
    const byte = packet[i];
    if (byte === 0x20 || byte === 0x3f || byte === 0x0d || byte === 0x0a) break;
    path += byte > 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return path;
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (headers too large, a malformed
 * request line or header, a NUL, a timeout), answered as problem+json like everything else, on the
 * socket itself, which is then closed, and logged at info (`this`: the Fastify instance, which binds it).
 */
export function clientErrorHandler(
  this: { log?: { info(fields: object, msg: string): void } } | undefined,
  error: NodeJS.ErrnoException,
  socket: Socket,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  // Read before the answer is written: a destroyed socket has no address.
  const remoteAddress = socket.remoteAddress;
  // A method is a token of capitals (RFC 9110 §9.1): anything else (get, a TLS handshake on the plain port) is no method at all.
  const packet = (error as { rawPacket?: Buffer }).rawPacket;
  const method = /^[A-Z]+ /.test(String(packet?.subarray(0, 24) ?? ''));
  const code = error.code === 'HPE_INVALID_METHOD' && !method ? undefined : error.code;
  const instance = pathOfRequestLine(packet);
  // A target that is neither a path nor an absolute URL (GET cities) is told so, not to percent-encode.
  const pathless =
    code === 'HPE_INVALID_URL' && instance === undefined && !/^[A-Z]+ https?:\/\//i.test(String(packet?.subarray(0, 24) ?? ''));
  const [status, detail] = pathless
    ? [400, 'The request target is not a path: ask for one beginning with /, such as /indicators.']
    : (CLIENT_ERRORS[code ?? ''] ?? [400, 'The request is not valid HTTP.']);
  // A target that is no path is the kind safety.ts names for one Node lets through (*, on another method than OPTIONS).
  const kind = pathless ? problemOf('invalid-target') : statusKind(status);
  writeProblem(socket, { ...kind, status, detail }, instance);
  // No request reaches Fastify, so none of its lines is written: one line, at info, as a request's would be.
  this?.log?.info({ res: { statusCode: status }, code: error.code, remoteAddress, url: instance }, 'request refused by the HTTP parser');
}

/**
 * CONNECT asks a proxy for a tunnel: Node hands it to the server's 'connect' listeners, and with none
 * closes the socket unanswered. This server is no proxy: a 501, as for a method it does not know.
 */
export function refuseConnect(request: IncomingMessage, socket: Socket): void {
  writeProblem(socket, { ...statusKind(501), status: 501, detail: NOT_IMPLEMENTED }, pathOf(request.url));
}

/** A request's path, as `instance`: none for a target that is no path (CONNECT's authority, example.com:443). */
const pathOf = (url: string | undefined) => (url?.startsWith('/') ? url.split('?')[0] : undefined);

/** A refusal's headers (./security-headers.ts), as lines of a response written on the socket. */
const RAW_REFUSAL_HEADERS = Object.entries(REFUSAL_HEADERS)
  .map(([name, value]) => `${name}: ${value}\r\n`)
  .join('');

/**
 * A problem written on the socket itself, which is then closed: no response of Node's carries it. Not
 * where an answer to a request before it on the connection is unfinished (pipelined): a client would
 * read the problem as that request's answer, so the connection is closed with nothing written. The
 * answer pending may be the refused request's own, whose body the parser refused (chunk extensions too
 * large): nothing of it written yet, the problem is its answer.
 */
function writeProblem(socket: Socket, problem: { type: string; title: string; status: number; detail: string }, instance?: string): void {
  const { status } = problem;
  const { _httpMessage: pending, parser } = socket as AnswerSocket;
  // The request being read, its body unfinished, is the refused one; with its body read, the refusal is of the next request's line.
  const reading = parser?.incoming;
  const own = pending != null && !pending.headersSent && reading != null && !reading.complete && pending.req === reading;
  // The refused request's own path, its request line read before: the packet holds its body, whose bytes are no path.
  const path = own ? pathOf(pending.req?.url) : instance;
  const body = JSON.stringify({ ...problem, ...(path ? { instance: path } : {}) });
  if (socket.writable && (pending == null || pending.finished || own)) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Cache-Control: no-store\r\n${RAW_REFUSAL_HEADERS}` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/**
 * A Host: a name (RFC 3986's reg-name), an IPv4 address, or a bracketed IPv6 one (with a zone, as
 * Node's client writes [fe80::1%lo], or RFC 6874's %25) or IPvFuture, and an optional port.
 */
const VALID_HOST =
  /^(?:\[(?:[0-9A-Fa-f:.]+(?:%(?:25)?[A-Za-z0-9\-._~%]+)?|v[0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+)\]|[A-Za-z0-9\-._~%!$&'()*+,;=]*)(?::\d*)?$/;

/** Whether the raw headers (name, value, name, value …) hold one Host line. */
function onlyHost(raw: readonly string[]): boolean {
  let seen = 0;
  for (let k = 0; k < raw.length; k += 2) if (raw[k].length === 4 && raw[k].toLowerCase() === 'host') seen++;
  return seen === 1;
}

/** Why a request's Host is refused: missing from HTTP/1.1, given twice, or no host and port; undefined when it is sound. */
export function hostProblem(raw: IncomingMessage): string | undefined {
  const { host } = raw.headers;
  if (host === undefined) return raw.httpVersion === '1.1' ? 'An HTTP/1.1 request must say its Host.' : undefined;
  if (host.length <= LIMITS.hostLength && VALID_HOST.test(host) && onlyHost(raw.rawHeaders)) return undefined;
  return `A request must say its Host once, as a host name or address and an optional port, in at most ${LIMITS.hostLength} characters.`;
}
