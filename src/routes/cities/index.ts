/** /cities, /cities/{slug}, and the lists of one area: its indicators, initiatives, complaints and projects. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cityResource, RESOURCES } from '../../resources/index.ts';
import { resourceRoutes, scopedListRoute } from '../resources.ts';

const cityRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(resourceRoutes(cityResource));
  // Every list a resource declares for one area: a new record type with a scoped operation gets its route here.
  for (const resource of RESOURCES) if (resource.operations.scoped) scopedListRoute(app, resource, cityResource);
};

export default cityRoutes;
