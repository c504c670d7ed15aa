/**
 * buildApp: the one factory every consumer goes through (tests, the server,
 * benchmarks). It builds the Fastify instance over an open database and
 * never listens.
 */
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Db, readMeta } from './db/open.ts';
import docs from './plugins/docs.ts';
import errors from './plugins/errors.ts';
import cityRoutes from './routes/cities/index.ts';
import complaintRoutes from './routes/complaints/index.ts';
import conflictRoutes from './routes/conflicts/index.ts';
import indicatorRoutes from './routes/indicators/index.ts';
import initiativeRoutes from './routes/initiatives/index.ts';
import metaRoutes from './routes/meta/index.ts';
import sourceRoutes from './routes/sources/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export type AppOptions = { db: Db; logger?: FastifyServerOptions['logger'] };

export async function buildApp({ db, logger = false }: AppOptions) {
  const app = Fastify({ logger, routerOptions: { maxParamLength: 200 } }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', db);
  await app.register(errors);
  await app.register(docs, { version: readMeta(db).dataset_version ?? 'unknown' });
  await app.register(metaRoutes);
  await app.register(cityRoutes);
  await app.register(indicatorRoutes);
  await app.register(initiativeRoutes);
  await app.register(complaintRoutes);
  await app.register(sourceRoutes);
  await app.register(conflictRoutes);
  await app.ready();
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
