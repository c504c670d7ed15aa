/**
 * Benchmark child: the ceiling sending our headers too. The bare route of ceiling.ts, answering with
 * every header our server sends on the hot path (read from it before the run), so the difference
 * between the two ceilings is what the headers cost, and the rest of ours is what the hooks cost.
 *
 *   node --import tsx bench/servers/ceiling-headers.ts <body file> <headers JSON file>
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';

const body = readFileSync(process.argv[2]);
const headers = JSON.parse(readFileSync(process.argv[3], 'utf8')) as Record<string, string>;
const app = Fastify({ logger: false });
app.get('/cities/wuwei/indicators', (_request, reply) => {
  reply.headers(headers).send(body);
});
await app.listen({ host: '127.0.0.1', port: 0 });
process.send?.({ port: (app.server.address() as AddressInfo).port });
