/**
 * Benchmark child: the ceiling. A bare Fastify route answering the hot path with bytes computed
 * before the run (our own answer, byte for byte) and its content type: the least any Fastify server
 * can do for this request.
 *
 *   node --import tsx bench/servers/ceiling.ts <body file> <content type>
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';

const body = readFileSync(process.argv[2]);
const contentType = process.argv[3];
const app = Fastify({ logger: false });
app.get('/cities/wuwei/indicators', (_request, reply) => {
  reply.header('content-type', contentType).send(body);
});
await app.listen({ host: '127.0.0.1', port: 0 });
process.send?.({ port: (app.server.address() as AddressInfo).port });
