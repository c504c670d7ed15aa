/**
 * buildApp: the one factory every consumer goes through (tests, the server,
 * benchmarks). It builds the Fastify instance over an open database and
 * never listens.
 */
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Db, readMeta } from './db/open.ts';
import { TOTAL_COUNTED_UP_TO } from './db/totals.ts';
import docs from './plugins/docs.ts';
import errors, { PROBLEM_TYPE_BASE, sendProblem } from './plugins/errors.ts';
import http from './plugins/http.ts';
import safety, { type SafetyOptions } from './plugins/safety.ts';
import citeRoutes from './routes/cite/index.ts';
import cityRoutes from './routes/cities/index.ts';
import compareRoutes from './routes/compare/index.ts';
import complaintRoutes from './routes/complaints/index.ts';
import conflictRoutes from './routes/conflicts/index.ts';
import indicatorRoutes from './routes/indicators/index.ts';
import initiativeRoutes from './routes/initiatives/index.ts';
import metaRoutes from './routes/meta/index.ts';
import { RecordCache } from './routes/records.ts';
import searchRoutes from './routes/search/index.ts';
import sourceRoutes from './routes/sources/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    /** What the served database says of itself; it cannot change while the process runs. */
    datasetMeta: { title: string; version: string; schemaVersion: string };
    /** Rows an indicator list counts before its total becomes a lower bound. */
    totalCountedUpTo: number;
  }
}

/** Longest path parameter (slug or id) the router accepts. */
export const MAX_PARAM_LENGTH = 200;

export type AppOptions = {
  db: Db;
  logger?: FastifyServerOptions['logger'];
  /** Requests per minute per client (0: off). Default 600. */
  rateLimitMax?: SafetyOptions['rateLimitMax'];
  /** Event-loop delay in ms above which load is shed with 503 (0: off). Default 1000. */
  maxEventLoopDelay?: SafetyOptions['maxEventLoopDelay'];
  /** Longest a request may take, in ms. Default 10000. */
  requestTimeout?: number;
  /** Bytes of whole answers kept (0: none). Default 32 MiB. */
  answerCacheBytes?: number;
  /** Bytes of serialized records kept (0: none). Default 16 MiB. */
  recordCacheBytes?: number;
  /** Rows an indicator list counts before its total becomes a lower bound. Default TOTAL_COUNTED_UP_TO (10,000). */
  totalCountedUpTo?: number;
};

export async function buildApp({
  db,
  logger = false,
  rateLimitMax = 600,
  maxEventLoopDelay = 1000,
  requestTimeout = 10_000,
  answerCacheBytes = 32 * 1024 * 1024,
  recordCacheBytes = 16 * 1024 * 1024,
  totalCountedUpTo = TOTAL_COUNTED_UP_TO,
}: AppOptions) {
  const app = Fastify({
    logger,
    requestTimeout,
    connectionTimeout: requestTimeout,
    bodyLimit: 1024,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // The router's own refusals (an undecodable or overlong path) are problems like every other error.
    frameworkErrors: (error, request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      sendProblem(reply, {
        type: `${PROBLEM_TYPE_BASE}invalid-parameter`,
        title: 'Invalid Parameter',
        status: 400,
        detail: tooLong
          ? `A path parameter is longer than ${MAX_PARAM_LENGTH} characters.`
          : 'The path is not validly percent-encoded UTF-8.',
        instance: request.url.split('?')[0].slice(0, 2048),
      });
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', db);
  const meta = readMeta(db);
  const version = meta.dataset_version ?? 'unknown';
  app.decorate('datasetMeta', { title: meta.title ?? 'Gansu Campaign Ledger', version, schemaVersion: meta.schema_version ?? 'unknown' });
  await app.register(errors);
  await app.register(safety, { rateLimitMax, maxEventLoopDelay });
  await app.register(http, { version, cacheBytes: answerCacheBytes });
  app.decorate('recordCache', new RecordCache(recordCacheBytes));
  app.decorate('totalCountedUpTo', totalCountedUpTo);
  await app.register(docs, { version });
  await app.register(metaRoutes);
  await app.register(cityRoutes);
  await app.register(indicatorRoutes);
  await app.register(initiativeRoutes);
  await app.register(complaintRoutes);
  await app.register(sourceRoutes);
  await app.register(conflictRoutes);
  await app.register(searchRoutes);
  await app.register(compareRoutes);
  await app.register(citeRoutes);
  await app.ready();
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
