/**
 * Benchmark child: our API over one database, rate limiting and load shedding off, on a free port of
 * 127.0.0.1. Tells the parent its port over IPC.
 *
 *   node --import tsx bench/servers/ours.ts <database>
 */
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/app.ts';
import { openDatabase } from '../../src/db/open.ts';

const app = await buildApp({ db: openDatabase(process.argv[2]), rateLimitMax: 0, maxEventLoopDelay: 0 });
await app.listen({ host: '127.0.0.1', port: 0 });
process.send?.({ port: (app.server.address() as AddressInfo).port });

// Exit on SIGTERM (after closing), so a run under --cpu-prof writes its profile.
process.once('SIGTERM', () => {
  app.close().then(() => process.exit(0));
});
