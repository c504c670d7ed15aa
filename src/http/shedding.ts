/**
 * Load shedding that bounds how long a request can wait. Every request the server cannot start on
 * within `maxDelay` of its turn is answered 503 with Retry-After at once, cheaply, so a backlog
 * drains in well under a request's timeout instead of every queued request waiting its turn.
 *
 * A timer ticks every few milliseconds. While the event loop is busy (answers are computed
 * synchronously: SQLite and serialization), the tick is overdue by as long as the loop has been
 * busy; a request read from the socket while the tick is overdue by more than `maxDelay` has been
 * waiting at least that long, and is shed. Unlike @fastify/under-pressure this reads no averaged
 * histogram a second late, and calls nothing (process.memoryUsage) that can throw when the process
 * runs out of file descriptors, which crashed the process under a connection flood.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { PROBLEM_TYPE_BASE, sendProblem } from './errors.ts';

/** How often the tick is expected. */
const TICK_MS = 10;
/** Seconds a shed client is asked to wait. */
export const RETRY_AFTER_SECONDS = 10;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A route that must answer however busy the server is (liveness). */
    neverShed?: boolean;
  }
}

export type SheddingOptions = { maxDelay: number };

export default fp(
  async function shedding(app: FastifyInstance, { maxDelay }: SheddingOptions) {
    if (maxDelay <= 0) return;
    let due = performance.now() + TICK_MS;
    const timer = setInterval(() => {
      due = performance.now() + TICK_MS;
    }, TICK_MS);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
    app.addHook('onRequest', (request, reply, done) => {
      const overdue = performance.now() - due;
      if (overdue <= maxDelay || reply.routeOptions.config.neverShed) return done();
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      sendProblem(reply, {
        type: `${PROBLEM_TYPE_BASE}overloaded`,
        title: 'Service Unavailable',
        status: 503,
        detail: `The server is shedding load; retry in ${RETRY_AFTER_SECONDS} seconds. The limit is set by MAX_EVENT_LOOP_DELAY_MS.`,
        instance: request.url.split('?')[0],
      });
    });
  },
  { name: 'shedding' },
);
