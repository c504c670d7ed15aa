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
 * Every answer must be a 2xx, or a 4xx problem+json whose status is the HTTP status; never a 5xx.
 * A JSON 2xx must validate against the operation's documented 200 schema (Ajv, draft 2020-12);
 * CSV and citations must come with their own content type. Seeds are fixed: a failure replays.
 *
 * test/fuzz/generators.ts makes the requests, test/fuzz/requests.ts sends them and
 * test/fuzz/oracle.ts judges the answers; this file only lays out the tests.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  anyAccept,
  COLLECTIONS,
  fewQueries,
  type Pools,
  pathArb,
  queryArb,
  type RealRows,
  SEED,
  simpleAccept,
  valuePools,
} from './fuzz/generators.ts';
import { createOracle, type OpenApi, operationsOf, type Route } from './fuzz/oracle.ts';
import { type Checked, createSender, everyRow, fetchJson, type Pair, printable, type Request, raw, type Sender } from './fuzz/requests.ts';
import { useApp } from './helper.ts';

// vitest collects the tests at import, before any hook has run, so which tests there are comes from the
// committed snapshot: static, so the list is deterministic, and held equal to the live document by openapi.test.ts.
const snapshot: OpenApi = JSON.parse(readFileSync(new URL('./__snapshots__/openapi.json', import.meta.url), 'utf8'));
const operations = operationsOf(snapshot);

// Rate limiting off: thousands of requests from one client in a few seconds are the point here.
const app = useApp({ rateLimitMax: 0 });

type Fuzz = { routes: Route[]; pools: Pools; sender: Sender };
let fuzz: Fuzz | undefined;

beforeAll(async () => {
  // Parameters, schemas and validators come from the live /openapi.json, not the snapshot: answers are held to
  // what the app documents as it runs, so a schema changed in src/ is checked before the snapshot catches up.
  const doc = await fetchJson<OpenApi>(app(), '/openapi.json');
  const rows = {} as RealRows;
  for (const collection of COLLECTIONS) rows[collection] = await everyRow(app(), `/${collection}`);
  const { routes, verdict } = createOracle(doc);
  fuzz = { routes, pools: valuePools(rows, doc), sender: createSender(app(), verdict) };
});

afterAll(() => {
  if (fuzz) console.log(fuzz.sender.summary(SEED));
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
