/**
 * Property-based fuzzing of the whole public contract. Each operation of the app's own
 * /openapi.json gets up to three properties, all sent through app.inject:
 *
 * - query: valid path parameters, generated query strings (real values, edge numbers, wrong
 *   types, empty, repeated and unknown parameters, unicode, lone surrogates, NUL, SQL and FTS5
 *   syntax, traversal, very long strings) and an Accept header;
 * - path: the same for the path parameters;
 * - representation: a few valid requests asked for again and again as JSON or CSV (format= and
 *   Accept, with q-values), so that answers kept between requests are checked too.
 *
 * Each operation that reads a body (POST /check) gets bodies: its own shape with claims, figures at
 * the edges (huge, tiny, stacked magnitudes), hostile and mixed-script text, empty text; wrong
 * shapes, JSON that does not parse, other content types, bodies past the limit. Each MCP tool gets
 * arguments through the SDK's own Client: valid ones, and hostile, mistyped, missing and unknown ones.
 *
 * Every answer must be a 2xx, or a 4xx problem+json whose status is the HTTP status; never a 5xx.
 * A tool answers a result with text, or a tool error; never a protocol error, never a 5xx.
 * A JSON 2xx must validate against the operation's documented 200 schema (Ajv, draft 2020-12);
 * CSV and citations must come with their own content type. Seeds are fixed: a failure replays.
 *
 * test/fuzz/generators.ts makes the requests, test/fuzz/requests.ts sends them and
 * test/fuzz/oracle.ts judges the answers; this file only lays out the tests.
 */
import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMcpServer } from '../src/mcp/server.ts';
import {
  anyAccept,
  COLLECTIONS,
  checkBodyArb,
  fewQueries,
  mcpMessageArb,
  type Pools,
  pathArb,
  queryArb,
  type RealRows,
  SEED,
  simpleAccept,
  type ToolSchema,
  toolArgumentsArb,
  valuePools,
} from './fuzz/generators.ts';
import { bodyOperationsOf, createOracle, type OpenApi, operationsOf, type Route, type ToolAnswer, toolVerdict } from './fuzz/oracle.ts';
import { type Checked, createSender, everyRow, fetchJson, type Pair, printable, type Request, raw, type Sender } from './fuzz/requests.ts';
import { useApp } from './helper.ts';

// vitest collects the tests at import, before any hook has run, so which tests there are comes from the
// committed snapshot: static, so the list is deterministic, and held equal to the live document by openapi.test.ts.
const snapshot: OpenApi = JSON.parse(readFileSync(new URL('./__snapshots__/openapi.json', import.meta.url), 'utf8'));
const operations = operationsOf(snapshot);
const bodyOperations = bodyOperationsOf(snapshot);
/** The MCP tools fuzzed; tools/list must list exactly these. */
const TOOLS = ['search', 'list_indicators', 'list_projects', 'compare', 'get_record', 'check_claim', 'cite'];

// Rate limiting off: thousands of requests from one client in a few seconds are the point here.
const app = useApp({ rateLimitMax: 0 });

type Fuzz = {
  routes: Route[];
  pools: Pools;
  sender: Sender;
  oracle: ReturnType<typeof createOracle>;
  mcp: Client;
  tools: Map<string, ToolSchema>;
};
let fuzz: Fuzz | undefined;

beforeAll(async () => {
  // Parameters, schemas and validators come from the live /openapi.json, not the snapshot: answers are held to
  // what the app documents as it runs, so a schema changed in src/ is checked before the snapshot catches up.
  const doc = await fetchJson<OpenApi>(app(), '/openapi.json');
  const rows = {} as RealRows;
  for (const collection of COLLECTIONS) rows[collection] = await everyRow(app(), `/${collection}`);
  const oracle = createOracle(doc);
  // The MCP server over the SDK's in-memory transport: the same server and Client as over HTTP or stdio, without a socket.
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await buildMcpServer(app()).connect(serverSide);
  const mcp = new Client({ name: 'fuzz', version: '1.0.0' });
  await mcp.connect(clientSide);
  const tools = new Map((await mcp.listTools()).tools.map((t) => [t.name, t.inputSchema as ToolSchema]));
  fuzz = { routes: oracle.routes, pools: valuePools(rows, doc), sender: createSender(app(), oracle.verdict), oracle, mcp, tools };
});

afterAll(async () => {
  if (fuzz) console.log(fuzz.sender.summary(SEED));
  await fuzz?.mcp.close();
});

function setup(): Fuzz {
  if (!fuzz) throw new Error('the fuzzer is set up in beforeAll: use it inside a test');
  return fuzz;
}

function routeOf(template: string): Route {
  const route = setup().routes.find((r) => r.template === template);
  if (!route) throw new Error(`${template} is in test/__snapshots__/openapi.json but not in the live /openapi.json`);
  return route;
}

/** Runs per property: many for the operations with many parameters, few for the ones that take none. */
function runs(route: Route, kind: Checked['kind']): number {
  if (kind === 'representation') return 30;
  if (kind === 'path') return 60;
  return Math.min(260, 30 + 22 * route.query.length);
}

describe('fuzzing every operation of /openapi.json', () => {
  it('finds operations to fuzz', ({ expect }) => {
    const { routes, pools } = setup();
    expect(routes.length).toBeGreaterThan(10);
    expect(pools.byCollection.cities.length).toBeGreaterThan(3);
    // The tests are laid out from the snapshot: an operation only the live document has would go unfuzzed.
    expect(routes.map((r) => `${r.op.operationId} ${r.template}`)).toEqual(
      operations.map(({ template, op }) => `${op.operationId} ${template}`),
    );
  });

  for (const { template, op } of operations) {
    const operation = op.operationId;
    const hasPathParams = (op.parameters ?? []).some((p) => p.in === 'path');

    it(`${operation} (${template}): generated queries`, { timeout: 60_000 }, async () => {
      const { pools, sender } = setup();
      const route = routeOf(template);
      const arb = fc
        .record({ path: pathArb(route.template, false, pools), pairs: queryArb(route.query, pools), accept: simpleAccept })
        .map(printable);
      await fc.assert(
        fc.asyncProperty(arb, (request) => sender.send(request, { operation, kind: 'query' })),
        { seed: SEED, numRuns: runs(route, 'query') },
      );
    });

    if (hasPathParams) {
      it(`${operation} (${template}): generated path parameters`, { timeout: 60_000 }, async () => {
        const { pools, sender } = setup();
        const route = routeOf(template);
        const arb = fc
          .record({
            path: pathArb(route.template, true, pools),
            pairs: fc.oneof(fc.constant<Pair[]>([]), queryArb(route.query, pools)),
            accept: simpleAccept,
          })
          .map(printable);
        await fc.assert(
          fc.asyncProperty(arb, (request) => sender.send(request, { operation, kind: 'path' })),
          { seed: SEED, numRuns: runs(route, 'path') },
        );
      });
    }

    it(`${operation} (${template}): JSON or CSV as asked, asked again and again`, { timeout: 60_000 }, async () => {
      const { pools, sender } = setup();
      const route = routeOf(template);
      const formats = route.query.find((p) => p.name === 'format')?.schema.enum?.filter((v): v is string => typeof v === 'string') ?? [];
      const arb = fc
        .record({
          path: fc.constantFrom(...fc.sample(pathArb(route.template, false, pools), { seed: SEED, numRuns: 3 })),
          base: fc.constantFrom(...fewQueries(operation, route.query, pools)),
          format: fc.constantFrom(undefined, ...formats),
          accept: anyAccept,
        })
        .map(
          ({ path, base, format, accept }): Request =>
            printable({ path, pairs: format === undefined ? base : [...base, { name: raw('format'), value: raw(format) }], accept }),
        );
      await fc.assert(
        fc.asyncProperty(arb, (request) => sender.send(request, { operation, kind: 'representation' })),
        { seed: SEED, numRuns: runs(route, 'representation') },
      );
    });
  }
});

describe('fuzzing every operation of /openapi.json that reads a body', () => {
  it('finds them', () => {
    expect(bodyOperations.map(({ method, template }) => `${method} ${template}`)).toEqual(['POST /check']);
  });

  for (const { template, method, op } of bodyOperations) {
    it(`${op.operationId} (${method} ${template}): generated bodies`, { timeout: 120_000 }, async () => {
      const { sender, oracle } = setup();
      await fc.assert(
        fc.asyncProperty(checkBodyArb, (request) =>
          sender.sendBody({ method, path: template, ...request }, (answer) => oracle.bodyVerdict(template, answer), op.operationId),
        ),
        { seed: SEED, numRuns: 300 },
      );
    });
  }
});

describe('fuzzing the arguments of every MCP tool', () => {
  it('finds the tools', () => {
    expect([...setup().tools.keys()].sort()).toEqual([...TOOLS].sort());
  });

  for (const tool of TOOLS) {
    it(`${tool}: generated arguments`, { timeout: 120_000 }, async () => {
      const { mcp, tools, pools, sender } = setup();
      const schema = tools.get(tool) ?? {};
      await fc.assert(
        fc.asyncProperty(toolArgumentsArb(schema, pools), async (args) => {
          // A protocol error rejects: fast-check reports it with the arguments that caused it.
          const answer = (await mcp.callTool({ name: tool, arguments: args })) as ToolAnswer;
          sender.tally(`mcp ${tool}`, answer.isError ? 400 : 200);
          const why = toolVerdict(answer);
          if (why) throw new Error(`${tool}: ${why}\n${JSON.stringify(args).slice(0, 400)}\n${JSON.stringify(answer).slice(0, 400)}`);
        }),
        { seed: SEED, numRuns: 120 },
      );
      // And the server is still there.
      expect((await mcp.listTools()).tools.length).toBe(TOOLS.length);
    });
  }
});

describe('fuzzing POST /mcp with JSON-RPC messages', () => {
  it('answers every message with JSON, never a server error', { timeout: 120_000 }, async () => {
    const { sender } = setup();
    await fc.assert(
      fc.asyncProperty(
        mcpMessageArb,
        fc.constantFrom('application/json, text/event-stream', 'application/json', undefined),
        async (body, accept) => {
          const response = await app().inject({
            method: 'POST',
            url: '/mcp',
            payload: body,
            headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
          });
          sender.tally('mcp over HTTP', response.statusCode);
          if (response.statusCode >= 500)
            throw new Error(`POST /mcp ${body.slice(0, 300)}\n  → ${response.statusCode} ${response.body.slice(0, 300)}`);
          if (response.statusCode !== 202 && !/json/.test(String(response.headers['content-type'])))
            throw new Error(`POST /mcp answered no JSON: ${body.slice(0, 300)}`);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
