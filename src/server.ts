/**
 * npm start: build the database when it is missing or was built from another
 * seed or schema, open it read-only, serve, and close gracefully on signals.
 */
import closeWithGrace from 'close-with-grace';
import { SeedError } from '../seed/problems.ts';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/open.ts';
import { ensureDatabase } from './db/ready.ts';

async function main() {
  const config = loadConfig();
  ensureDatabase(config, (line) => console.log(line));
  const db = openDatabase(config.DATABASE_PATH);
  const app = await buildApp({
    db,
    logger: { level: config.LOG_LEVEL },
    rateLimitMax: config.RATE_LIMIT_MAX,
    maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    answerCacheBytes: config.ANSWER_CACHE_MB * 1024 * 1024,
    recordCacheBytes: config.RECORD_CACHE_MB * 1024 * 1024,
  });
  closeWithGrace({ delay: config.SHUTDOWN_DELAY_MS + 10_000 }, async ({ err, signal }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    // Requests a client sent just before the signal may still sit unread in socket buffers; closing
    // now would reset those connections as idle. Keep serving briefly (as a load balancer drains the
    // instance), then stop accepting, finish what is in flight, and exit.
    if (signal) await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DELAY_MS));
    await app.close();
    db.$client.close();
  });
  await app.listen({ port: config.PORT, host: config.HOST });
}

/** Settles once the server listens (scripts/start.mjs then caches the compiled code). */
export const listening = main().catch((error) => {
  // One line a person or an orchestrator can act on; a seed error lists its problems after it.
  console.error(error instanceof SeedError ? `cannot start: ${error.message}` : `cannot start: ${(error as Error).message.split('\n')[0]}`);
  process.exit(1);
});
