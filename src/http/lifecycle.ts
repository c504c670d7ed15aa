/**
 * Stopping without dropping a request, in two steps (src/server.ts runs them). Once told it will
 * stop, a server answers /readyz with 503, so a load balancer stops sending it new connections,
 * and goes on serving keep-alive connections as usual. Once it has stopped accepting, it drains:
 * every answer (answers already being computed included) says `Connection: close`, so each client
 * finishes its request and opens its next connection elsewhere, refused here rather than reset.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** Readiness fails from now on. */
    stopping: () => void;
    readonly isStopping: boolean;
    /** Answers close their connections from now on. */
    drain: () => void;
  }
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
    app.addHook('onSend', (_request, reply, payload, done) => {
      if (draining) reply.header('connection', 'close');
      done(null, payload);
    });
  },
  { name: 'lifecycle' },
);
