/**
 * Fastify's lines of each request, made only where they are written. Fastify logs "incoming request"
 * and "request completed" at info for every request; at a level above info pino drops them, but
 * Fastify still made them, a measurable part of a cached answer's cost (docs/PERFORMANCE.md, "The
 * gap to the ceiling"). Every other line Fastify writes (a request that errored, a stream or header
 * failure) is written as before.
 */

import { randomBytes } from 'node:crypto';
import { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';
import { LIMITS } from '../config.ts';

/**
 * Request ids of one start: `req-<start>-<n>`, the start seven random base-36 characters, n counted in base 36
 * from 1. Fastify's own count (req-1, req-2 …) begins again at every start, so a 500's `request_id` a reader
 * quotes matched a line of every start and every replica (ops13).
 */
export function requestIds(): () => string {
  const start = randomBytes(4).readUInt32BE(0).toString(36).padStart(7, '0');
  let count = 0;
  return () => `req-${start}-${(++count).toString(36)}`;
}

/** Whether a logger option writes info lines: a logger at trace, debug or info (Fastify's default level). */
export function writesInfo(logger: FastifyServerOptions['logger']): boolean {
  if (!logger) return false;
  const level = typeof logger === 'object' && 'level' in logger ? logger.level : undefined;
  return level === undefined || ['trace', 'debug', 'info'].includes(level);
}

/** A text cut to `longest` characters, saying how long it was: a refused 15,000-character target is one line, not 15 KB. */
const cut = (text: string | undefined, longest: number) =>
  text === undefined || text.length <= longest ? text : `${text.slice(0, longest)}… (${text.length} characters)`;

/** A request as its lines give it (Fastify's fields), its target and Host no longer than any served request's. */
function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: cut(request.url, LIMITS.urlLength),
    host: cut(request.host, LIMITS.hostLength),
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** A logger option with the request serializer above; `false` stays no logger, and a serializer given stays. */
export function withRequestSerializer(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return logger;
  const options = typeof logger === 'object' ? logger : {};
  return { ...options, serializers: { req: requestForLog, ...('serializers' in options ? options.serializers : {}) } };
}

/** Fastify's log controller, skipping a request's two info lines when the logger would drop them. */
export class RequestLines extends LogController {
  constructor(private readonly infoWritten: boolean) {
    super();
  }

  override incomingRequest(request: FastifyRequest, reply: FastifyReply, metadata?: Record<string, unknown>): void {
    if (this.infoWritten) super.incomingRequest(request, reply, metadata);
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
    metadata?: Record<string, unknown>,
  ): void {
    // A request that errored is an error line, written at any level that writes errors.
    if (this.infoWritten || error) super.requestCompleted(error, request, reply, metadata);
  }

  /** A request the router refused before any route (an undecodable or overlong path): its "request completed" once answered. */
  completedUnrouted(reply: FastifyReply): void {
    if (!this.infoWritten) return;
    const started = performance.now();
    reply.raw.once('finish', () => reply.log.info({ res: reply, responseTime: performance.now() - started }, 'request completed'));
  }
}
