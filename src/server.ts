/**
 * npm start: build the database when it is missing, was built from another seed or schema, or is
 * not the file its build wrote; open it read-only; serve with the connections capped below the
 * file-descriptor limit; and on a signal drain, then stop without dropping an accepted request.
 */
import { readFileSync } from 'node:fs';
import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { SeedError } from '../seed/problems.ts';
import { buildApp } from './app.ts';
import { type Config, loadConfig, SERVING } from './config.ts';
import { openDatabase } from './db/open.ts';
import { stopServing } from './http/lifecycle.ts';
import { ensureDatabase } from './start-database.ts';

/** Where the log's lines go: standard output, written as pino does by default (a write to a full pipe, a busy reader's, waits). */
const logDestination = () => pino.destination({ fd: 1, sync: false });

/**
 * Once every line the log holds is written and standard output closed, or after a second:
 * close-with-grace exits the process as soon as the stop returns. Ended here, not left to pino's
 * exit hook, which writes what is left synchronously and retries a write that fails for good
 * forever (EPIPE: the reader of `npm start | pino-pretty`, stopped by the same Ctrl-C, is gone), so
 * the process never exited and a second signal went unheard. Only this stop ends it: a second
 * signal or the cut-off exits at once, through that hook, which can still wait on a reader that
 * died in that moment (SIGKILL ends it).
 */
function ended(destination: ReturnType<typeof logDestination>): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 1000).unref();
    destination.once('close', () => resolve());
    destination.once('error', () => resolve());
    destination.end();
  });
}

/** The process's limits as Linux gives them; none where there is no /proc (macOS, Windows). */
const limitsText = () => {
  try {
    return readFileSync('/proc/self/limits', 'utf8');
  } catch {
    return '';
  }
};

/**
 * Connections served at once: MAX_CONNECTIONS, or three quarters of the file descriptors the
 * process may open (Node raises its soft limit to the hard one), leaving the rest for SQLite, logs
 * and the accept that must close what the cap refuses, at most 4,096; 4,096 where the limit cannot
 * be read. Never 0: on Node 24 that refuses everything.
 */
function connectionCap(config: Config): number {
  if (config.MAX_CONNECTIONS > 0) return config.MAX_CONNECTIONS;
  const line = /^Max open files\s+(\d+|unlimited)/m.exec(limitsText());
  const descriptors = line && line[1] !== 'unlimited' ? Number(line[1]) : SERVING.descriptorsUnread;
  return Math.max(SERVING.fewestConnections, Math.min(SERVING.mostConnections, Math.floor(descriptors * 0.75)));
}

async function main() {
  const config = loadConfig();
  await ensureDatabase(config, (line) => console.log(line));
  const db = openDatabase(config.DATABASE_PATH);
  const destination = logDestination();
  const app = await buildApp({
    db,
    logger: { level: config.LOG_LEVEL, stream: destination },
    rateLimitMax: config.RATE_LIMIT_MAX,
    checkRateLimitMax: config.CHECK_RATE_LIMIT_MAX,
    maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS,
    checkCpuPercent: config.CHECK_CPU_PERCENT,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT_MS,
    answerCacheBytes: config.ANSWER_CACHE_MB * 1024 * 1024,
    recordCacheBytes: config.RECORD_CACHE_MB * 1024 * 1024,
    trustProxy: config.TRUST_PROXY,
    publicUrl: config.PUBLIC_URL,
    mcpOrigins: config.MCP_ALLOWED_ORIGINS,
  });
  closeWithGrace({ delay: config.SHUTDOWN_DELAY_MS + config.REQUEST_TIMEOUT_MS + SERVING.shutdownMarginMs }, async ({ err, signal }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    // Which signal, and when it was told: a supervisor's stop and a stray hangup read alike otherwise.
    else if (signal) app.log.info({ signal }, `told to stop (${signal}): failing readiness, then draining`);
    else app.log.info('stopping: nothing is left to do');
    // Readiness fails, so a load balancer stops sending new connections; requests a client sent just
    // before the signal may still sit unread in socket buffers: serve as usual for a while, then drain.
    await stopServing(app, { delayMs: signal ? config.SHUTDOWN_DELAY_MS : 0 });
    db.$client.close();
    app.log.info('stopped');
    await ended(destination);
  });
  await app.listen({ port: config.PORT, host: config.HOST });
  app.server.maxConnections = connectionCap(config);
  // What this instance serves, beside Fastify's "Server listening" line: which data, which code, from which file.
  const { version, schemaVersion, codeVersion } = app.datasetMeta;
  app.log.info(
    { dataset: version, schema: schemaVersion, code: codeVersion, database: config.DATABASE_PATH },
    `serving dataset ${version}`,
  );
  // A connection past the cap is closed as it is accepted, with no answer: say so at once, then
  // count the minute's others and say how many, so a flood is one line a minute, not one a connection.
  let dropped = 0;
  app.server.on('drop', () => {
    if (dropped++ > 0) return;
    const { maxConnections } = app.server;
    app.log.warn({ maxConnections }, 'connections refused past MAX_CONNECTIONS (closed unanswered)');
    setTimeout(() => {
      if (dropped > 1) app.log.warn({ more: dropped - 1, maxConnections }, 'connections refused past MAX_CONNECTIONS in the minute since');
      dropped = 0;
    }, 60_000).unref();
  });
  // An accept that fails (out of descriptors) is logged, never fatal.
  app.server.on('error', (error) => app.log.error({ err: error }, 'server error'));
}

/** Settles once the server listens (scripts/start.mjs then caches the compiled code). */
export const listening = main().catch((error) => {
  // One line a person or an orchestrator can act on; a seed error lists its problems after it.
  console.error(error instanceof SeedError ? `cannot start: ${error.message}` : `cannot start: ${(error as Error).message.split('\n')[0]}`);
  process.exit(1);
});
