/**
 * npm run --silent mcp: the MCP server over stdio, on the built database (built first when it is
 * missing or stale, as npm start does). stdout carries the protocol and nothing else: the build's
 * note and the app's log go to stderr.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { ensureDatabase } from '../start-database.ts';
import { inFlight } from './in-flight.ts';
import { refuseMisshapen } from './messages.ts';
import { buildMcpServer } from './server.ts';

async function main() {
  const config = loadConfig();
  await ensureDatabase(config, (line) => process.stderr.write(`${line}\n`));
  const db = openDatabase(config.DATABASE_PATH);
  const app = await buildApp({
    db,
    // One client, the process that started this one: no rate limit, and a log of warnings unless asked for more.
    logger: { level: process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn', stream: process.stderr },
    rateLimitMax: 0,
    maxEventLoopDelay: 0,
    // Its checks share the process with no other client's: a share of the time would refuse its own
    // checks, one after another, whenever the machine is busy.
    checkCpuPercent: 0,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    answerCacheBytes: config.ANSWER_CACHE_MB * 1024 * 1024,
    recordCacheBytes: config.RECORD_CACHE_MB * 1024 * 1024,
    // Its cite tool answers as GET /{type}s/{id}/cite does, links included.
    publicUrl: config.PUBLIC_URL,
  });
  const server = buildMcpServer(app);
  const transport = new StdioServerTransport();
  // Each answer the pipe cannot take at once waits for its 'drain' (the SDK's send), one listener an
  // answer: a client with more than ten large answers unread is not a leak, and Node's warning of one
  // on stderr would say it is.
  process.stdout.setMaxListeners(0);
  // A line that is no JSON-RPC message (not JSON, a batch, no method) is answered as JSON-RPC answers one,
  // -32700 or -32600 with no id (the SDK hands on the error, not the line, so an id it had is not known here), and
  // said on stderr: the SDK would drop it and leave the client waiting.
  transport.onerror = (error) => {
    const notJson = error instanceof SyntaxError;
    if (!notJson && error.name !== 'ZodError') return;
    const message = notJson
      ? 'Parse error: the line is not JSON'
      : 'Invalid Request: not a JSON-RPC message (a batch is refused: send each message on a line of its own)';
    process.stderr.write(`mcp: ${message}\n`);
    void transport.send({ jsonrpc: '2.0', id: null, error: { code: notJson ? -32700 : -32600, message } } as never);
  };
  await server.connect(transport);
  // A request whose params are not its method's is answered -32602, as over HTTP (./messages.ts).
  refuseMisshapen(transport);
  const answering = inFlight(transport);
  // The client closing stdin ends the session, once every request it sent is answered and written
  // (a script piping its requests in closes stdin before the answers come): then the app and its
  // database close, and the process leaves.
  process.stdin.on('end', async () => {
    await answering.settled();
    await new Promise((resolve) => process.stdout.write('', resolve));
    await server.close();
    await app.close();
    db.$client.close();
    process.exit(0);
  });
}

main().catch((error) => {
  process.stderr.write(`cannot start the MCP server: ${(error as Error).message.split('\n')[0]}\n`);
  process.exit(1);
});
