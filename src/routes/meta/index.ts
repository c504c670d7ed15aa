/** / (what this is, its version, counts and links) and /healthz. */

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../schemas.ts';
import { datasetCounts } from '../sources/query.ts';

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
    }),
    links: z.record(z.string(), z.string()),
  })
  .meta({ id: 'Dataset' });

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
        sources: '/sources',
        metrics: '/metrics',
        example: '/cities/wuwei/indicators',
      },
    }),
  );

  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['dataset'],
        summary: 'Liveness: the database answers',
        querystring: z.strictObject({}),
        response: { 200: z.object({ status: z.literal('ok'), version: z.string() }), 400: problemSchema },
      },
    },
    async () => {
      app.db.$client.prepare('select 1').get();
      return { status: 'ok' as const, version };
    },
  );
};

export default metaRoutes;
