/**
 * Stopping without dropping a request, in two steps (stopServing below runs them). Once told it will
 * stop, a server answers /readyz with 503, so a load balancer stops sending it new connections,
 * and goes on serving keep-alive connections as usual. Once it has stopped accepting, it drains:
 * every answer (answers already being computed included) says `Connection: close`, so each client
 * finishes its request and opens its next connection elsewhere, refused here rather than reset.
 */
import { Server, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { LIMITS, SERVING } from '../config.ts';
import { ProblemError } from './errors.ts';
import { REFUSAL_HEADERS } from './security-headers.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Readiness fails from now on. */
    stopping: () => void;
    readonly isStopping: boolean;
    /** Answers close their connections from now on. */
    drain: () => void;
    /** The connections open now (stopServing reads them). */
    readonly connections: ReadonlySet<Socket>;
  }
}

/**
 * A socket with the answer Node's own closeIdleConnections reads (in flight until it has finished), and
 * its handle's write queue: the bytes libuv has yet to hand the kernel, which shrink as a client reads.
 * writableLength alone counts a large write whole until all of it is written (a 48 MB answer stays
 * 48 MB while the client reads 40 of it), so it cannot say that a reader is reading.
 */
export type AnswerSocket = Socket & {
  _httpMessage?: { finished: boolean; headersSent: boolean; req?: { url?: string } } | null;
  _handle?: { writeQueueSize?: number } | null;
  /** The request the parser read the headers of last (its body complete or not). */
  parser?: { incoming?: { complete: boolean } | null } | null;
};

/** A connection's requests whose answers wait behind another's (the onRequest hook below). */
const WAITING = Symbol('waiting');
/** Of a connection refused one request too many (it closes after that refusal), the requests after it, never answered. */
const IGNORED = Symbol('ignored');
type QueueingSocket = Socket & { [WAITING]?: number; [IGNORED]?: number };

/** How much of a socket's answer is still to be written: what Node holds, and what libuv has yet to write of it. */
type Pending = { length: number; queue: number };
const pendingOf = (socket: AnswerSocket): Pending => ({ length: socket.writableLength, queue: socket._handle?.writeQueueSize ?? 0 });

/**
 * Connections with a finished answer still in their socket's buffer (a slow reader's): Node's
 * closeIdleConnections counts them idle and destroys them, cutting the answer off while the log says
 * 200. Each is ended instead, so it closes once written, and counted as writing while its client reads
 * on; one whose pending bytes (Node's and libuv's) have not shrunk since the last look (`seen`, a second before) has a client that
 * stopped reading, and is destroyed, so it cannot hold the stop to its hard limit.
 */
function stillWriting(connections: ReadonlySet<AnswerSocket>, seen: Map<Socket, Pending>): { writing: number; stalled: number } {
  let writing = 0;
  let stalled = 0;
  for (const socket of connections) {
    const answer = socket._httpMessage;
    if (!((answer == null || answer.finished) && socket.writableLength > 0)) continue;
    const before = seen.get(socket);
    const now = pendingOf(socket);
    seen.set(socket, now);
    if (before !== undefined && now.length >= before.length && now.queue >= before.queue) {
      socket.destroy();
      stalled++;
    } else {
      writing++;
      if (!socket.writableEnded) socket.end();
    }
  }
  return { writing, stalled };
}

export default fp(
  async function lifecycle(app: FastifyInstance) {
    let stopping = false;
    let draining = false;
    app.decorate('stopping', () => {
      stopping = true;
    });
    app.decorate('isStopping', {
      getter: () => stopping,
    });
    app.decorate('drain', () => {
      stopping = true;
      draining = true;
    });
    const connections = new Set<Socket>();
    app.decorate('connections', { getter: () => connections });
    app.server.on('connection', (socket: Socket) => {
      connections.add(socket);
      socket.once('close', () => connections.delete(socket));
    });
    app.addHook('onSend', function closeWhenDraining(_request, reply, payload, done) {
      if (draining) reply.header('connection', 'close');
      done(null, payload);
    });
    // Node reads every request of a chunk at once, and answers a connection's requests in order: an
    // answer made while one before it is still being written waits, whole, in memory, and has no
    // socket until its turn. A client that sends hundreds in one write and reads none would hold
    // hundreds of answers. Past LIMITS.pipelinedRequests waiting, the next is refused and closes the
    // connection once the answers before it are written; those after it are never made.
    app.addHook('onRequest', function boundPipelinedRequests(request, reply, done) {
      if (reply.raw.socket !== null) return done();
      const socket = request.raw.socket as QueueingSocket;
      const waiting = (socket[WAITING] ?? 0) + 1;
      socket[WAITING] = waiting;
      if (waiting <= LIMITS.pipelinedRequests) {
        // Its turn: Node gives the answer the socket (ServerResponse emits 'socket'), and it waits no more.
        reply.raw.once('socket', () => {
          socket[WAITING] = (socket[WAITING] ?? 1) - 1;
        });
        return done();
      }
      // Those read with it or after it, before the refusal is written, are never answered: past as
      // many again, the connection is cut off, as a client that reads nothing would keep sending.
      const ignored = socket[IGNORED];
      if (ignored !== undefined) {
        socket[IGNORED] = ignored + 1;
        if (ignored >= LIMITS.pipelinedRequests) socket.destroy();
        return void reply.hijack();
      }
      socket[IGNORED] = 0;
      request.log.warn({ limit: LIMITS.pipelinedRequests }, 'a connection sent more requests than it read answers: closing it');
      // Refused before the hooks that set them: the headers of every answer, and readable by a script as every refusal is.
      reply.headers({ ...REFUSAL_HEADERS, connection: 'close' });
      done(
        new ProblemError(
          'pipeline-too-deep',
          `This connection sent more than ${LIMITS.pipelinedRequests} requests ahead of the answers it has read. The requests before this one are answered; this one and those after it are not, and the connection closes. Read an answer before sending more than ${LIMITS.pipelinedRequests} ahead, or open another connection.`,
        ),
      );
    });
  },
  { name: 'lifecycle' },
);

/** A poll whose callbacks took longer than this may have let requests arrive unread. */
const QUICK_POLL_MS = 5;
/** How many slow polls a close waits through before it closes anyway. */
const SLOW_POLLS_AWAITED = 20;
/**
 * How many polls that accepted a connection a close waits through: Node accepts one connection the
 * kernel has completed per poll of the event loop (measured on Node 20 and 24, libuv 1.46 and 1.52),
 * and the kernel holds about this many for it (Node's listen backlog). Clients that go on connecting
 * to a stopping server hold its close back by at most as many polls.
 */
const ACCEPT_QUEUE = 511;

/**
 * Runs `then` after a poll of the event loop that took less than QUICK_POLL_MS and in which
 * `accepted` (a count of connections accepted) did not grow; after SLOW_POLLS_AWAITED slow polls and
 * ACCEPT_QUEUE accepting ones at most. A setImmediate runs in the check phase, after the poll of its
 * turn of the loop; queued from the poll phase itself (a signal's handler, a socket's callback) it
 * runs before any further poll, so the first poll measured is the one between two of them, and each
 * next one follows it.
 */
function afterQuickPoll(then: () => void, accepted: () => number = () => 0): void {
  let slow = 0;
  let accepting = 0;
  const measure = () => {
    const before = performance.now();
    const acceptedBefore = accepted();
    setImmediate(() => {
      if (accepted() !== acceptedBefore && accepting < ACCEPT_QUEUE) {
        accepting++;
        measure();
      } else if (performance.now() - before > QUICK_POLL_MS && slow < SLOW_POLLS_AWAITED) {
        slow++;
        measure();
      } else then();
    });
  };
  setImmediate(measure);
}

type StopOptions = {
  /** How long to go on serving as usual once readiness fails (SHUTDOWN_DELAY_MS); 0 on a stop not asked by a signal. */
  delayMs: number;
  /** How long draining connections have to take their last answer before idle ones are closed. */
  graceMs?: number;
};

/**
 * Stops serving without resetting a request a client has sent: readiness fails, the server goes on
 * serving for `delayMs`, accepts what has connected meanwhile, stops accepting (without reaping
 * idle keep-alive connections as http.Server.close does: a request may be on its way on one) and
 * drains, each connection closing after its next answer. After `graceMs` the connections still
 * idle are closed, and again every second, until the last is gone; then the app closes. A
 * connection whose finished answer is still being written to a slow reader is ended (it closes once
 * written), and the idle ones wait while its client reads on; one that stops reading for a second is
 * cut off (and logged), so a client that vanished cannot hold the stop to its hard limit.
 *
 * Node counts a connection as idle until it has read a request from it, and after a stall (a busy
 * or starved process) the event loop runs its expired timers before the poll that reads what
 * arrived meanwhile: closing idle connections from a timer would reset requests already sent. Each
 * close waits for a poll of the loop to read what has arrived (setImmediate runs after the next
 * poll), and for another while that poll's callbacks took long, since a request may have arrived
 * as they ran; a client may still send in the instant before its idle connection closes.
 */
export async function stopServing(app: FastifyInstance, { delayMs, graceMs = SERVING.drainGraceMs }: StopOptions): Promise<void> {
  app.stopping();
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  // A connection the kernel has completed but the loop has not yet accepted is reset when the
  // listener closes, and a busy server can hold many (one is accepted per turn of the loop): the
  // loop turns until a quick poll accepts none.
  let accepted = 0;
  const count = () => {
    accepted++;
  };
  app.server.on('connection', count).on('drop', count);
  await new Promise<void>((resolve) => afterQuickPoll(resolve, () => accepted));
  app.server.off('connection', count).off('drop', count);
  const closed = new Promise<void>((resolve) => Server.prototype.close.call(app.server, () => resolve()));
  app.drain();
  // When, against the signal, is what a reset reported by a client needs to be read against.
  app.log.info('stopped accepting connections; draining');
  let waitSaid = false;
  const seen = new Map<Socket, Pending>();
  const closeIdle = () =>
    afterQuickPoll(() => {
      const { writing, stalled } = stillWriting(app.connections, seen);
      if (stalled > 0) app.log.warn({ stalled }, 'draining: cut off answers whose clients stopped reading');
      if (writing === 0) app.server.closeIdleConnections();
      else if (!waitSaid) {
        waitSaid = true;
        app.log.warn({ writing }, 'draining: waiting for answers still being written to slow readers');
      }
    });
  let idle: NodeJS.Timeout | undefined;
  const grace = setTimeout(() => {
    closeIdle();
    idle = setInterval(closeIdle, 1000);
  }, graceMs);
  await closed;
  clearTimeout(grace);
  clearInterval(idle);
  await app.close();
}
