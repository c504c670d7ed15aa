/** / (what this is, its version, counts and links), /healthz (liveness) and /readyz (readiness). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemError } from '../../http/errors.ts';
import { RESOURCES } from '../../resources/index.ts';
import { problemSchema } from '../../resources/schemas.ts';
import { datasetCounts, readiness } from './query.ts';

const rootSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    version: z.string().describe('Dataset version: a content hash of everything under seed/.'),
    schema_version: z.string(),
    counts: z.object({
      sources: z.number().int(),
      passages: z.number().int(),
      cities: z.number().int(),
      metrics: z.number().int(),
      initiatives: z.number().int(),
      indicators: z.number().int(),
      complaints: z.number().int(),
      projects: z.number().int(),
    }),
    links: z.record(z.string(), z.string()),
  })
  .meta({ id: 'Dataset' });

const statusSchema = z.object({ status: z.literal('ok'), version: z.string() });

const metaRoutes: FastifyPluginAsyncZod = async (app) => {
  // The dataset is immutable while the process runs: describe it once.
  const { title, version, schemaVersion } = app.datasetMeta;
  const counts = datasetCounts(app.db);

  app.get(
    '/',
    {
      schema: {
        operationId: 'getDataset',
        tags: ['dataset'],
        summary: 'The dataset: title, version, counts and links',
        querystring: z.strictObject({}),
        response: { 200: rootSchema, 400: problemSchema },
      },
    },
    async () => ({
      title,
      description:
        'Hand-verified records from Chinese government reporting on Gansu’s 三抓三促 campaign and the investment drives of Wuwei, Zhangye and Jiuquan; every number carries its verbatim evidence.',
      version,
      schema_version: schemaVersion,
      counts,
      links: {
        self: '/',
        docs: '/docs',
        openapi: '/openapi.json',
        cities: '/cities',
        indicators: '/indicators',
        initiatives: '/initiatives',
        complaints: '/complaints',
        projects: '/projects',
        sources: '/sources',
        passages: '/passages',
        metrics: '/metrics',
        scopes: '/scopes',
        conflicts: '/conflicts',
        search: '/search',
        check: '/check',
        mcp: '/mcp',
        example: '/cities/wuwei/indicators',
      },
    }),
  );

  // Liveness: the process answers. Never cached, rate limited or shed: an orchestrator restarting a
  // busy pod would make it busier.
  app.get(
    '/healthz',
    {
      config: { uncached: true, neverShed: true },
      schema: {
        operationId: 'getHealth',
        tags: ['dataset'],
        summary: 'Liveness: the process answers',
        querystring: z.strictObject({}),
        response: { 200: statusSchema, 400: problemSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { status: 'ok' as const, version };
    },
  );

  // Readiness: the database answers a query of every table the API reads, now.
  app.get(
    '/readyz',
    {
      config: { uncached: true },
      schema: {
        operationId: 'getReadiness',
        tags: ['dataset'],
        summary: 'Readiness: the database answers a query of every table, search included',
        querystring: z.strictObject({}),
        response: { 200: statusSchema, 400: problemSchema, 503: problemSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      if (app.isStopping) {
        reply.header('retry-after', '10');
        throw new ProblemError(503, 'draining', 'Service Unavailable', 'This instance is stopping; send requests to another.');
      }
      try {
        readiness(app.db, RESOURCES);
      } catch (error) {
        app.log.error({ err: error }, 'readiness: the database does not answer');
        reply.header('retry-after', '10');
        throw new ProblemError(503, 'not-ready', 'Service Unavailable', 'The database does not answer; this instance is not ready.');
      }
      return { status: 'ok' as const, version };
    },
  );
};

export default metaRoutes;
