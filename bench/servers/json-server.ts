/**
 * Benchmark child: json-server 0.17.4 over a JSON file of our indicators, set up as its CLI sets it
 * up when run with --quiet (its default middlewares without the request logger, then the router).
 *
 *   node --import tsx bench/servers/json-server.ts <db.json>
 */

import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

type JsonServer = {
  create(): {
    use(handler: unknown): void;
    listen(port: number, host: string, done: () => void): { address(): AddressInfo | string | null };
  };
  router(file: string): unknown;
  defaults(options: { logger: boolean; bodyParser: boolean }): unknown;
};
const jsonServer = createRequire(import.meta.url)('json-server') as JsonServer;

const server = jsonServer.create();
server.use(jsonServer.defaults({ logger: false, bodyParser: true }));
server.use(jsonServer.router(process.argv[2]));
const listener = server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (listener.address() as AddressInfo).port });
});
