/**
 * / (what this is, its version, counts and links, or with Accept: application/ld+json its
 * schema.org Dataset metadata), /healthz (liveness) and /readyz (readiness).
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOWNLOADS } from '../../dataset/about.ts';
import { MANIFEST_PATH } from '../../dataset/files.ts';
import { datasetJsonLd } from '../../dataset/jsonld.ts';
import { everyRecord } from '../../dataset/tables.ts';
import { FileReplacedError } from '../../db/open.ts';
import { ProblemError } from '../../http/errors.ts';
import { representation } from '../../http/negotiation.ts';
import { problemSchema } from '../../http/problem-schema.ts';
import { RESOURCES, sourceResource } from '../../resources/index.ts';
import type { Source } from '../../resources/sources.ts';
import { coverage, datasetCounts, readiness } from './query.ts';

const rootSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    version: z
      .string()
      .describe(
        'Dataset version: a content hash of everything under seed/ and of the documents the zip carries (docs/CURATION.md, DATASHEET.md, SQLITE.md, LICENSE).',
      ),
    schema_version: z.string(),
    // Every resource's records, by its path: a new record type is counted and linked as it is declared.
    counts: z.object(Object.fromEntries(RESOURCES.map((resource) => [resource.path, z.number().int()]))),
    links: z
      .record(z.string(), z.string())
      .describe(
        'Where to go next, by name: each a path a plain GET answers, but search, which wants its words (/search?q=武威), and mcp, the MCP server, which takes POST only (Streamable HTTP).',
      ),
  })
  .meta({ id: 'Dataset' });

const jsonLdSchema = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('Dataset'),
    name: z.array(z.string()),
    version: z.string(),
    distribution: z.array(z.object({ '@type': z.literal('DataDownload'), contentUrl: z.string(), encodingFormat: z.string() }).loose()),
  })
  .loose()
  .meta({
    id: 'DatasetJsonLd',
    description:
      'The dataset as a schema.org Dataset (JSON-LD): names and descriptions in English and Chinese, version, licence, creator, spatial and temporal coverage, the five articles it is based on, and a distribution for every download. URLs are relative to this server, or absolute under PUBLIC_URL where the deployment sets it.',
  });

const statusSchema = z.object({
  status: z.literal('ok'),
  version: z.string().describe('The dataset version: a hash of seed/ and of the documents the zip carries.'),
  code: z
    .string()
    .describe(
      'The code version: a hash of the code answering (its bundle and static files, or src/ and the lockfile) and the schema; every ETag is made with it.',
    ),
});

const metaRoutes: FastifyPluginAsyncZod = async (app) => {
  // The dataset is immutable while the process runs: describe it once.
  const { title, version, schemaVersion, codeVersion: code } = app.datasetMeta;
  const counts = datasetCounts(app.db, RESOURCES);
  const { about } = app.datasetMeta;
  const covered = about ? coverage(app.db, about.area) : null;
  // A database built without its description (the benchmarks') has no schema.org metadata to give.
  const jsonLd =
    about && covered
      ? JSON.stringify(datasetJsonLd(about, version, everyRecord(app.db, sourceResource) as Source[], covered, app.publicUrl))
      : null;

  app.get(
    '/',
    {
      schema: {
        operationId: 'getDataset',
        tags: ['dataset'],
        summary: 'The dataset: title, version, counts and links; its schema.org metadata with Accept: application/ld+json',
        querystring: z.strictObject({}),
        response: {
          200: { content: { 'application/json': { schema: rootSchema }, 'application/ld+json': { schema: jsonLdSchema } } },
          400: problemSchema,
        },
      },
    },
    async (request, reply) => {
      if (representation(request) === 'jsonld' && jsonLd) {
        return (reply as FastifyReply).type('application/ld+json; charset=utf-8').send(jsonLd);
      }
      const dataset = {
        title,
        // As the data package and the schema.org metadata describe it (seed/dataset.json); a database built without it (the benchmarks') gives its title.
        description: about?.description_en ?? title,
        version,
        schema_version: schemaVersion,
        counts,
        links: {
          self: '/',
          docs: '/docs',
          openapi: '/openapi.json',
          ...Object.fromEntries(RESOURCES.map((resource) => [resource.path, `/${resource.path}`])),
          conflicts: '/conflicts',
          search: '/search',
          check: '/check',
          problems: '/problems',
          mcp: '/mcp',
          example: '/cities/wuwei/indicators',
          datapackage: DOWNLOADS.package.path,
          download_zip: DOWNLOADS.zip.path,
          download_sqlite: DOWNLOADS.sqlite.path,
          download_csv: '/downloads/indicators.csv',
          // The zip's and the SQLite file's sizes and SHA-256 (the CSVs' are in the data package's resources).
          download_manifest: MANIFEST_PATH,
        },
      };
      if (representation(request) === 'html') return reply.sendPage({ ...dataset, jsonLd });
      reply.type('application/json; charset=utf-8');
      return dataset;
    },
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
      return { status: 'ok' as const, version, code };
    },
  );

  // Readiness: the database answers a query of every table the API reads, now. Not rate limited: a load
  // balancer probing from its clients' address (TRUST_PROXY unset) would take the instance out when they
  // are busy. It may be shed: an instance too busy to serve is not ready.
  let replacedSaid = false;
  const causesSaid = new Set<string>();
  app.get(
    '/readyz',
    {
      config: { uncached: true, unlimited: true },
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
        throw new ProblemError('draining', 'This instance is stopping; send requests to another.');
      }
      try {
        readiness(app.db, RESOURCES);
        // A cause that goes and comes back is said again.
        causesSaid.clear();
      } catch (error) {
        reply.header('retry-after', '10');
        // A rebuild under a running server: said once, and what to do, not a stack at every probe.
        if (error instanceof FileReplacedError) {
          if (!replacedSaid) app.log.warn(`readiness: ${error.message}; restart this instance to serve the new file`);
          replacedSaid = true;
          throw new ProblemError(
            'not-ready',
            'The database file was replaced after this instance opened it; it answers from the old one until it is restarted.',
          );
        }
        // Each cause once with its stack, not again at every probe (every 5 s under Kubernetes).
        const cause = (error as Error).message.replace(/\d+/g, '#');
        if (!causesSaid.has(cause)) app.log.error({ err: error }, 'readiness: the database does not answer');
        causesSaid.add(cause);
        throw new ProblemError('not-ready', 'The database does not answer; this instance is not ready.');
      }
      return { status: 'ok' as const, version, code };
    },
  );
};

export default metaRoutes;
