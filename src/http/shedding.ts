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
 *
 * Requests whose cost grows with what they send (`cpuBound`: a claim or a paragraph checked) share
 * a part of the server's time, whoever sends them: each client has an allowance of its own
 * (CHECK_RATE_LIMIT_MAX), but a few clients within theirs could keep the one thread checking texts
 * while every other request waits behind them. Past the share, such a request is 503 at once.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, onSendHookHandler, preHandlerHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './errors.ts';
import { inSeconds, problemOf } from './problem-types.ts';

/** How often the tick is expected. */
const TICK_MS = 10;
/** Seconds a shed client is asked to wait. */
const RETRY_AFTER_SECONDS = 10;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A route that must answer however busy the server is (liveness; what a refusal's type explains). */
    neverShed?: boolean;
    /** A route whose answer costs in proportion to what it is sent (a text checked): such routes share a part of the server's time. */
    cpuBound?: boolean;
  }
}

/** Half-life of the time checks are remembered to have taken. */
const HALF_LIFE_MS = 500;

/**
 * The time answers of cpuBound routes took, halved each half second that passes: in a steady state where
 * a fraction f of the time goes to them it settles at f × HALF_LIFE_MS / ln 2, so a request is
 * admitted while it is under `fraction` of that.
 */
export class CpuShare {
  private spent = 0;
  private at = 0;
  private readonly bound: number;

  constructor(fraction: number) {
    this.bound = (fraction * HALF_LIFE_MS) / Math.LN2;
  }

  private decayed(now: number): number {
    this.spent *= 2 ** (-(now - this.at) / HALF_LIFE_MS);
    this.at = now;
    return this.spent;
  }

  /** Whether a request may start now. */
  admits(now: number): boolean {
    return this.decayed(now) <= this.bound;
  }

  /** Counts what an answer took. */
  took(ms: number, now: number): void {
    this.spent = this.decayed(now) + ms;
  }

  /** Whole seconds until a request would be admitted again. */
  secondsUntilAdmitted(now: number): number {
    const spent = this.decayed(now);
    return spent <= this.bound ? 0 : Math.max(1, Math.ceil((HALF_LIFE_MS * Math.log2(spent / this.bound)) / 1000));
  }
}

/** The arrays of a route's hooks, whichever way the route gave them. */
const hooksOf = <H>(given: H | H[] | undefined): H[] => (given === undefined ? [] : Array.isArray(given) ? given : [given]);

/** A 503 for load, saying when to ask again (shedding and the checks' share alike). */
function overloaded(request: FastifyRequest, reply: FastifyReply, seconds: number, detail: string): void {
  reply.header('retry-after', String(seconds));
  sendProblem(reply, {
    ...problemOf('overloaded'),
    detail,
    instance: request.url.split('?')[0],
  });
}

type SheddingOptions = {
  maxDelay: number;
  /** Percent of the server's time cpuBound routes may take together; 0: no share. */
  cpuPercent: number;
};

export default fp(
  async function shedding(app: FastifyInstance, { maxDelay, cpuPercent }: SheddingOptions) {
    if (cpuPercent > 0) shareTime(app, cpuPercent);
    if (maxDelay <= 0) return;
    let due = performance.now() + TICK_MS;
    const timer = setInterval(() => {
      due = performance.now() + TICK_MS;
    }, TICK_MS);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
    app.addHook('onRequest', function shedLoad(request, reply, done) {
      const overdue = performance.now() - due;
      if (overdue <= maxDelay || reply.routeOptions.config.neverShed) return done();
      overloaded(
        request,
        reply,
        RETRY_AFTER_SECONDS,
        `The server is shedding load; retry in ${inSeconds(RETRY_AFTER_SECONDS)}. The limit is set by MAX_EVENT_LOOP_DELAY_MS.`,
      );
    });
  },
  { name: 'shedding' },
);

/** The cpuBound routes' hooks: each of their requests admitted while the routes are within their share, and timed. */
function shareTime(app: FastifyInstance, percent: number): void {
  const share = new CpuShare(percent / 100);
  const started = new WeakMap<FastifyRequest, number>();
  const admit: preHandlerHookHandler = (request, reply, done) => {
    const now = performance.now();
    if (share.admits(now)) {
      started.set(request, now);
      return done();
    }
    const seconds = share.secondsUntilAdmitted(now);
    overloaded(
      request,
      reply,
      seconds,
      `Checks of texts, whoever sent them (yours too), have taken their share of the server's time lately; retry in ${inSeconds(seconds)}. Checks may take ${percent}% of its time, set by CHECK_CPU_PERCENT.`,
    );
  };
  const account: onSendHookHandler = (request, _reply, payload, done) => {
    const start = started.get(request);
    const now = performance.now();
    if (start !== undefined) share.took(now - start, now);
    done(null, payload);
  };
  // Hooks of those routes alone: no other request passes through them.
  app.addHook('onRoute', (route) => {
    if (!route.config?.cpuBound) return;
    route.preHandler = [...hooksOf(route.preHandler), admit];
    route.onSend = [...hooksOf(route.onSend), account];
  });
}
